const newNode = (resource) => ({ resource, statics: new Map(), param: undefined, greedy: undefined });
export class ResourceRouter {
    #root;
    constructor(resources) {
        const byParent = new Map();
        let root;
        for (const r of resources) {
            if (r.parentId === undefined)
                root = r;
            else
                byParent.set(r.parentId, [...(byParent.get(r.parentId) ?? []), r]);
        }
        this.#root = newNode(root);
        const build = (node, id) => {
            for (const child of byParent.get(id) ?? []) {
                const part = child.pathPart ?? '';
                if (part.startsWith('{') && part.endsWith('+}')) {
                    node.greedy = { name: part.slice(1, -2), resource: child };
                }
                else if (part.startsWith('{') && part.endsWith('}')) {
                    const n = newNode(child);
                    node.param = { name: part.slice(1, -1), node: n };
                    build(n, child.id);
                }
                else {
                    const n = newNode(child);
                    node.statics.set(part, n);
                    build(n, child.id);
                }
            }
        };
        if (root)
            build(this.#root, root.id);
    }
    match(path) {
        const params = {};
        let node = this.#root;
        // Segment by segment, without splitting the path into arrays; empty segments (`//`, a trailing
        // `/`) are skipped.
        for (let i = 0; i < path.length;) {
            if (path.charCodeAt(i) === 47 /* / */) {
                i++;
                continue;
            }
            let end = path.indexOf('/', i);
            if (end < 0)
                end = path.length;
            const seg = path.slice(i, end);
            const next = node.statics.get(seg);
            if (next) {
                node = next;
                i = end;
                continue;
            }
            if (node.param) {
                params[node.param.name] = seg;
                node = node.param.node;
                i = end;
                continue;
            }
            if (node.greedy) {
                // The rest of the path as sent, inner `//` kept, trailing slashes left out (rec:
                // test_apigateway_lambda.py::test_lambda_aws_proxy_integration [invocation-payload-with-double-slash],
                // [invocation-payload-with-trailing-slash]).
                let last = path.length;
                while (last > i && path.charCodeAt(last - 1) === 47)
                    last--;
                params[node.greedy.name] = path.slice(i, last);
                return { resource: node.greedy.resource, pathParameters: params };
            }
            return undefined;
        }
        return node.resource ? { resource: node.resource, pathParameters: params } : undefined;
    }
}
/** An explicit method wins over ANY on the same resource (LS-code:handlers/resource_router.py). */
export function pickMethod(resource, httpMethod) {
    const methods = resource.resourceMethods;
    if (!methods)
        return undefined;
    return methods[httpMethod] ?? methods.ANY;
}
//# sourceMappingURL=router.js.map