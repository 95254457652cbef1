function compile(operation, method, uri) {
    const [path, query = ''] = uri.split('?');
    const segments = path
        .split('/')
        .filter(Boolean)
        .map((s) => {
        const m = /^\{(\w+)(\+)?\}$/.exec(s);
        if (!m)
            return { kind: 'literal', value: s };
        return m[2] ? { kind: 'greedy', name: m[1] } : { kind: 'label', name: m[1] };
    });
    const staticQuery = query ? query.split('&').map((kv) => kv.split('=')) : [];
    return { operation, method, segments, staticQuery };
}
const RANK = { literal: 0, label: 1, greedy: 2 };
function compareRoutes(a, b) {
    const n = Math.min(a.segments.length, b.segments.length);
    for (let i = 0; i < n; i++) {
        const d = RANK[a.segments[i].kind] - RANK[b.segments[i].kind];
        if (d)
            return d;
    }
    if (a.segments.length !== b.segments.length)
        return b.segments.length - a.segments.length;
    return b.staticQuery.length - a.staticQuery.length;
}
function decode(s) {
    try {
        return decodeURIComponent(s);
    }
    catch {
        return undefined;
    }
}
export class OperationRouter {
    #byMethod = new Map();
    constructor(operations) {
        for (const [name, op] of Object.entries(operations)) {
            const route = compile(name, op.method, op.uri);
            const list = this.#byMethod.get(op.method) ?? [];
            list.push(route);
            this.#byMethod.set(op.method, list);
        }
        for (const list of this.#byMethod.values())
            list.sort(compareRoutes);
    }
    /** `rawPath` is still percent-encoded, so an encoded `/` inside a label (an ARN) stays in it. */
    match(method, rawPath, query) {
        const routes = this.#byMethod.get(method);
        if (!routes)
            return undefined;
        const parts = rawPath.split('/').filter(Boolean);
        for (const route of routes) {
            const labels = this.#matchSegments(route.segments, parts);
            if (!labels)
                continue;
            if (!route.staticQuery.every(([k, v]) => query.get(k) === v))
                continue;
            return { operation: route.operation, labels, staticQueryKeys: route.staticQuery.map(([k]) => k) };
        }
        return undefined;
    }
    #matchSegments(segments, parts) {
        const labels = {};
        for (let i = 0; i < segments.length; i++) {
            const seg = segments[i];
            if (seg.kind === 'greedy') {
                if (i >= parts.length)
                    return undefined;
                const v = decode(parts.slice(i).join('/'));
                if (v === undefined)
                    return undefined;
                labels[seg.name] = v;
                return labels;
            }
            if (i >= parts.length)
                return undefined;
            if (seg.kind === 'literal') {
                if (parts[i] !== seg.value)
                    return undefined;
            }
            else {
                const v = decode(parts[i]);
                if (v === undefined)
                    return undefined;
                labels[seg.name] = v;
            }
        }
        return parts.length === segments.length ? labels : undefined;
    }
}
