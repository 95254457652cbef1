/**
 * Payload parsing and JSONPath for mapping templates, as API Gateway does them with json-smart and
 * Jayway JsonPath (see java.ts): objects keep their key order (LinkedHashMap), integers stay integers,
 * decimals become Doubles, arrays are JSONArrays.
 *
 * json-smart runs in permissive mode: a payload that is not JSON but does not start like an object
 * or an array is read as a plain string (`a=b` → "a=b", `null{` → "null{"), while a broken object or
 * array is a parse error (`{a`, `[a`) — recorded against API Gateway in
 * ToQoz/api-gateway-mapping-template test/_.md (examples 12f77fd5, 0dce6fa3, 122ff6ce, 2b1f2df4,
 * a7361ae0). Permissive JSON beyond that (single quotes, unquoted keys) is not accepted here.
 */
import { JDouble, JavaException, isJavaMap, jsonArray, mapGet, mapHas, mapValues } from './java.js';
export class JsonParseError extends JavaException {
}
class Parser {
    s;
    i = 0;
    constructor(s) {
        this.s = s;
    }
    fail(what) {
        throw new JsonParseError(`${what} at position ${this.i}`);
    }
    ws() {
        const s = this.s;
        while (this.i < s.length) {
            const c = s.charCodeAt(this.i);
            if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d)
                this.i++;
            else
                break;
        }
    }
    value(depth) {
        if (depth > 512)
            this.fail('Too deeply nested');
        this.ws();
        const c = this.s[this.i];
        switch (c) {
            case '{':
                return this.object(depth);
            case '[':
                return this.array(depth);
            case '"':
                return this.string();
            case 't':
                return this.literal('true', true);
            case 'f':
                return this.literal('false', false);
            case 'n':
                return this.literal('null', null);
            default:
                if (c === '-' || (c >= '0' && c <= '9'))
                    return this.number();
                return this.fail(c === undefined ? 'Unexpected End Of File' : `Unexpected character (${c})`);
        }
    }
    literal(word, v) {
        if (this.s.startsWith(word, this.i)) {
            this.i += word.length;
            return v;
        }
        return this.fail('Unexpected token');
    }
    number() {
        const m = /^-?(?:0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(this.s.slice(this.i, this.i + 400));
        if (!m)
            return this.fail('Invalid number');
        this.i += m[0].length;
        if (m[1] !== undefined || m[2] !== undefined)
            return new JDouble(Number(m[0]));
        const n = Number(m[0]);
        return Number.isSafeInteger(n) ? n : BigInt(m[0]);
    }
    string() {
        const s = this.s;
        let out = '';
        this.i++;
        for (;;) {
            const start = this.i;
            while (this.i < s.length && s[this.i] !== '"' && s[this.i] !== '\\' && s.charCodeAt(this.i) >= 0x20)
                this.i++;
            out += s.slice(start, this.i);
            const c = s[this.i];
            if (c === '"') {
                this.i++;
                return out;
            }
            if (c === undefined)
                this.fail('Unexpected End Of File');
            if (c !== '\\')
                this.fail('Unexpected control character');
            const e = s[this.i + 1];
            this.i += 2;
            switch (e) {
                case '"':
                    out += '"';
                    break;
                case '\\':
                    out += '\\';
                    break;
                case '/':
                    out += '/';
                    break;
                case 'b':
                    out += '\b';
                    break;
                case 'f':
                    out += '\f';
                    break;
                case 'n':
                    out += '\n';
                    break;
                case 'r':
                    out += '\r';
                    break;
                case 't':
                    out += '\t';
                    break;
                case 'u': {
                    const hex = s.slice(this.i, this.i + 4);
                    if (!/^[0-9a-fA-F]{4}$/.test(hex))
                        this.fail('Invalid unicode escape');
                    out += String.fromCharCode(parseInt(hex, 16));
                    this.i += 4;
                    break;
                }
                default:
                    this.fail('Invalid escape');
            }
        }
    }
    object(depth) {
        const m = new Map();
        this.i++;
        this.ws();
        if (this.s[this.i] === '}') {
            this.i++;
            return m;
        }
        for (;;) {
            this.ws();
            if (this.s[this.i] !== '"')
                this.fail('Expected a key');
            const k = this.string();
            this.ws();
            if (this.s[this.i] !== ':')
                this.fail('Expected :');
            this.i++;
            m.set(k, this.value(depth + 1));
            this.ws();
            const c = this.s[this.i++];
            if (c === '}')
                return m;
            if (c !== ',')
                this.fail(c === undefined ? 'Unexpected End Of File' : 'Expected , or }');
        }
    }
    array(depth) {
        const a = [];
        this.i++;
        this.ws();
        if (this.s[this.i] === ']') {
            this.i++;
            return jsonArray(a);
        }
        for (;;) {
            a.push(this.value(depth + 1));
            this.ws();
            const c = this.s[this.i++];
            if (c === ']')
                return jsonArray(a);
            if (c !== ',')
                this.fail(c === undefined ? 'Unexpected End Of File' : 'Expected , or ]');
        }
    }
}
/** Strict JSON into the Java model; throws JsonParseError. */
export function parseJsonStrict(text) {
    const p = new Parser(text);
    const v = p.value(0);
    p.ws();
    if (p.i !== text.length)
        p.fail('Unexpected trailing content');
    return v;
}
/** A payload as json-smart (permissive) reads it; see the file comment. */
export function parsePayload(text) {
    try {
        return parseJsonStrict(text);
    }
    catch (e) {
        const trimmed = text.trim();
        if (trimmed.startsWith('{') || trimmed.startsWith('[') || trimmed.startsWith('"'))
            throw e;
        return trimmed;
    }
}
export class JsonPathError extends JavaException {
}
const pathCache = new Map();
export function compilePath(path) {
    const hit = pathCache.get(path);
    if (hit)
        return hit;
    const compiled = new PathParser(path).parse();
    if (pathCache.size > 5000)
        pathCache.clear();
    pathCache.set(path, compiled);
    return compiled;
}
class PathParser {
    s;
    i = 0;
    constructor(s) {
        this.s = s;
    }
    fail(msg) {
        throw new JsonPathError(`Invalid JSONPath ${JSON.stringify(this.s)}: ${msg}`);
    }
    parse() {
        const s = this.s.trim();
        this.s = s;
        if (s[0] === '$')
            this.i = 1;
        else if (s[0] === '@')
            this.fail('path must start with $');
        const segments = this.segments(false);
        if (this.i < this.s.length)
            this.fail(`unexpected ${this.s[this.i]}`);
        return { segments, definite: segments.every(isDefinite) };
    }
    segments(inFilter) {
        const out = [];
        const s = this.s;
        while (this.i < s.length) {
            const c = s[this.i];
            if (c === '.') {
                if (s[this.i + 1] === '.') {
                    this.i += 2;
                    let then;
                    if (s[this.i] === '[')
                        then = this.bracket();
                    else if (s[this.i] === '*') {
                        this.i++;
                        then = { kind: 'wildcard' };
                    }
                    else
                        then = { kind: 'name', names: [this.name()] };
                    out.push({ kind: 'deep', then });
                }
                else {
                    this.i++;
                    if (s[this.i] === '*') {
                        this.i++;
                        out.push({ kind: 'wildcard' });
                    }
                    else if (s[this.i] === '[')
                        out.push(this.bracket());
                    else
                        out.push({ kind: 'name', names: [this.name()] });
                }
            }
            else if (c === '[') {
                out.push(this.bracket());
            }
            else if (inFilter) {
                break;
            }
            else if (out.length === 0 && this.i === 0) {
                // Jayway also accepts a path without the leading `$` ("a.b").
                out.push({ kind: 'name', names: [this.name()] });
            }
            else {
                break;
            }
        }
        return out;
    }
    name() {
        const m = /^[^.[\]\s()=!<>&|,'"]+/.exec(this.s.slice(this.i));
        if (!m)
            this.fail('expected a property name');
        this.i += m[0].length;
        return m[0];
    }
    quoted() {
        const q = this.s[this.i];
        let out = '';
        this.i++;
        while (this.i < this.s.length && this.s[this.i] !== q) {
            if (this.s[this.i] === '\\' && this.i + 1 < this.s.length) {
                out += this.s[this.i + 1];
                this.i += 2;
                continue;
            }
            out += this.s[this.i++];
        }
        if (this.s[this.i] !== q)
            this.fail('unterminated string');
        this.i++;
        return out;
    }
    skipWs() {
        while (this.s[this.i] === ' ')
            this.i++;
    }
    bracket() {
        this.i++;
        this.skipWs();
        const s = this.s;
        let seg;
        if (s[this.i] === '*') {
            this.i++;
            seg = { kind: 'wildcard' };
        }
        else if (s[this.i] === '?') {
            this.i++;
            this.skipWs();
            if (s[this.i] !== '(')
                this.fail('expected ( after ?');
            this.i++;
            const expr = this.filterOr();
            this.skipWs();
            if (s[this.i] !== ')')
                this.fail('expected )');
            this.i++;
            seg = { kind: 'filter', expr };
        }
        else if (s[this.i] === "'" || s[this.i] === '"') {
            const names = [this.quoted()];
            this.skipWs();
            while (s[this.i] === ',') {
                this.i++;
                this.skipWs();
                names.push(this.quoted());
                this.skipWs();
            }
            seg = { kind: 'name', names };
        }
        else {
            const m = /^\s*(-?\d*)\s*(?::\s*(-?\d*)\s*(?::\s*(-?\d*)\s*)?)?/.exec(s.slice(this.i));
            const text = m ? m[0] : '';
            if (!m || text.trim() === '')
                this.fail('bad bracket expression');
            if (text.includes(':')) {
                this.i += text.length;
                const num = (x) => (x === undefined || x === '' ? undefined : Number(x));
                seg = { kind: 'slice', start: num(m[1]), end: num(m[2]), step: num(m[3]) };
            }
            else {
                const indexes = [];
                for (;;) {
                    this.skipWs();
                    const n = /^-?\d+/.exec(s.slice(this.i));
                    if (!n)
                        this.fail('expected an index');
                    indexes.push(Number(n[0]));
                    this.i += n[0].length;
                    this.skipWs();
                    if (s[this.i] !== ',')
                        break;
                    this.i++;
                }
                seg = { kind: 'index', indexes };
            }
        }
        this.skipWs();
        if (s[this.i] !== ']')
            this.fail('expected ]');
        this.i++;
        return seg;
    }
    filterOr() {
        let left = this.filterAnd();
        for (;;) {
            this.skipWs();
            if (this.s.startsWith('||', this.i)) {
                this.i += 2;
                left = { op: 'or', left, right: this.filterAnd() };
            }
            else
                return left;
        }
    }
    filterAnd() {
        let left = this.filterUnary();
        for (;;) {
            this.skipWs();
            if (this.s.startsWith('&&', this.i)) {
                this.i += 2;
                left = { op: 'and', left, right: this.filterUnary() };
            }
            else
                return left;
        }
    }
    filterUnary() {
        this.skipWs();
        if (this.s[this.i] === '!') {
            this.i++;
            return { op: 'not', expr: this.filterUnary() };
        }
        if (this.s[this.i] === '(') {
            this.i++;
            const e = this.filterOr();
            this.skipWs();
            if (this.s[this.i] !== ')')
                this.fail('expected )');
            this.i++;
            return e;
        }
        const left = this.operand();
        this.skipWs();
        const m = /^(==|!=|<=|>=|<|>|=~)/.exec(this.s.slice(this.i));
        if (!m) {
            if (!('path' in left))
                this.fail('expected a comparison');
            return { op: 'exists', path: left.path };
        }
        this.i += m[0].length;
        const right = this.operand();
        return { op: 'cmp', cmp: m[0], left, right };
    }
    operand() {
        this.skipWs();
        const s = this.s;
        const c = s[this.i];
        if (c === '@' || c === '$') {
            this.i++;
            return { path: this.segments(true), root: c === '$' };
        }
        if (c === "'" || c === '"')
            return { literal: this.quoted() };
        if (c === '/') {
            const end = s.indexOf('/', this.i + 1);
            if (end < 0)
                this.fail('unterminated regex');
            const body = s.slice(this.i + 1, end);
            this.i = end + 1;
            const flags = /^[a-z]*/.exec(s.slice(this.i))[0];
            this.i += flags.length;
            return { literal: new RegExp(body, flags.includes('i') ? 'i' : '') };
        }
        const m = /^(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(s.slice(this.i));
        if (!m)
            this.fail('bad filter operand');
        this.i += m[0].length;
        const t = m[0];
        return { literal: t === 'true' ? true : t === 'false' ? false : t === 'null' ? null : Number(t) };
    }
}
function isDefinite(seg) {
    if (seg.kind === 'name')
        return seg.names.length === 1;
    if (seg.kind === 'index')
        return seg.indexes.length === 1;
    return false;
}
function children(v) {
    if (Array.isArray(v))
        return v;
    if (isJavaMap(v))
        return mapValues(v);
    return [];
}
function step(nodes, seg, root) {
    const out = [];
    for (const node of nodes) {
        switch (seg.kind) {
            case 'name':
                if (isJavaMap(node))
                    for (const n of seg.names)
                        if (mapHas(node, n))
                            out.push(mapGet(node, n));
                break;
            case 'index':
                if (Array.isArray(node)) {
                    for (const idx of seg.indexes) {
                        const i = idx < 0 ? node.length + idx : idx;
                        if (i >= 0 && i < node.length)
                            out.push(node[i]);
                    }
                }
                break;
            case 'slice':
                if (Array.isArray(node)) {
                    const len = node.length;
                    const stepBy = seg.step ?? 1;
                    if (stepBy <= 0)
                        break;
                    const norm = (x, d) => (x === undefined ? d : x < 0 ? Math.max(0, len + x) : Math.min(len, x));
                    for (let i = norm(seg.start, 0); i < norm(seg.end, len); i += stepBy)
                        out.push(node[i]);
                }
                break;
            case 'wildcard':
                out.push(...children(node));
                break;
            case 'deep': {
                const visit = (v) => {
                    out.push(...step([v], seg.then, root));
                    for (const c of children(v))
                        if (c !== null && typeof c === 'object')
                            visit(c);
                };
                visit(node);
                break;
            }
            case 'filter':
                for (const c of children(node))
                    if (evalFilter(seg.expr, c, root))
                        out.push(c);
                break;
        }
    }
    return out;
}
function evalPath(segments, start, root) {
    let nodes = [start];
    for (const seg of segments)
        nodes = step(nodes, seg, root);
    return nodes;
}
function operandValue(o, current, root) {
    if ('literal' in o)
        return { found: true, value: o.literal };
    const r = evalPath(o.path, o.root ? root : current, root);
    return r.length ? { found: true, value: r[0] } : { found: false, value: undefined };
}
function evalFilter(e, current, root) {
    switch (e.op) {
        case 'and':
            return evalFilter(e.left, current, root) && evalFilter(e.right, current, root);
        case 'or':
            return evalFilter(e.left, current, root) || evalFilter(e.right, current, root);
        case 'not':
            return !evalFilter(e.expr, current, root);
        case 'exists':
            return evalPath(e.path, current, root).length > 0;
        case 'cmp': {
            const l = operandValue(e.left, current, root);
            const r = operandValue(e.right, current, root);
            if (!l.found || !r.found)
                return e.cmp === '!=' && l.found !== r.found;
            const a = plain(l.value);
            const b = r.value instanceof RegExp ? r.value : plain(r.value);
            switch (e.cmp) {
                case '==':
                    return a === b;
                case '!=':
                    return a !== b;
                case '<':
                    return typeof a === typeof b && a < b;
                case '<=':
                    return typeof a === typeof b && a <= b;
                case '>':
                    return typeof a === typeof b && a > b;
                case '>=':
                    return typeof a === typeof b && a >= b;
                case '=~':
                    return b instanceof RegExp && typeof a === 'string' && b.test(a);
                default:
                    return false;
            }
        }
    }
}
function plain(v) {
    if (v instanceof JDouble)
        return v.value;
    if (typeof v === 'bigint')
        return Number(v);
    return v;
}
/** Jayway's read(): the single value of a definite path (undefined when absent), else a JSONArray. */
export function readPath(root, path) {
    const compiled = compilePath(path);
    const matches = evalPath(compiled.segments, root, root);
    if (compiled.definite)
        return matches.length ? matches[0] : undefined;
    return jsonArray(matches);
}
