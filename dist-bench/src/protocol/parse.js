import { serialization } from './errors.js';
function javaClass(v) {
    if (typeof v === 'boolean')
        return 'java.lang.Boolean';
    // Coral reads every JSON number as one class (rec: test_apigateway_api.py::TestApigatewayIntegrationResponse::test_integration_response_invalid_responsetemplates
    // [put-integration-response-invalid-responseTemplates-1]: 123 where a string belongs).
    if (typeof v === 'number')
        return 'com.amazon.coral.value.json.numbers.TruncatingBigNumber';
    return 'java.lang.String';
}
const JAVA_TARGET = {
    string: 'String',
    integer: 'Integer',
    double: 'Double',
    boolean: 'Boolean',
    timestamp: 'Date',
};
/**
 * Coral's messages for a JSON value of the wrong kind. The scalar form is recorded for a boolean
 * given where a string belongs (peer-localstack F67: "class java.lang.Boolean can not be converted to
 * an String"); the same template is used for the other scalar pairs. The structure/list forms are
 * Coral's standard texts.
 */
function mismatch(v, ref) {
    if (Array.isArray(v))
        throw serialization('Start of list found where not expected');
    if (typeof v === 'object' && v !== null)
        throw serialization('Start of structure or map found where not expected.');
    if (ref.t === 'list')
        throw serialization('Expected list or null');
    if (ref.t === 'map' || ref.t === 'structure')
        throw serialization('Expected map or null');
    throw serialization(`class ${javaClass(v)} can not be converted to an ${JAVA_TARGET[ref.t] ?? 'String'}`);
}
/** A JSON value checked against the member's type; null means absent. */
export function readJson(model, v, ref) {
    if (v === null || v === undefined)
        return undefined;
    switch (ref.t) {
        case 'string':
            if (typeof v !== 'string')
                mismatch(v, ref);
            return v;
        case 'boolean':
            if (typeof v !== 'boolean')
                mismatch(v, ref);
            return v;
        case 'integer':
            if (typeof v !== 'number' || !Number.isInteger(v))
                mismatch(v, ref);
            return v;
        case 'double':
        case 'timestamp':
            if (typeof v !== 'number')
                mismatch(v, ref);
            return v;
        case 'document':
            return v;
        case 'blob':
            if (typeof v !== 'string')
                mismatch(v, ref);
            return Buffer.from(v, 'base64');
        case 'list': {
            if (!Array.isArray(v))
                mismatch(v, ref);
            return v.map((x) => readJson(model, x, ref.member)).filter((x) => x !== undefined);
        }
        case 'map': {
            if (typeof v !== 'object' || Array.isArray(v))
                mismatch(v, ref);
            // A null string value is kept: AWS stores `{"application/json": null}` templates (peer-localstack F67).
            // Null lists or structures mean nothing and are dropped.
            const out = {};
            for (const [k, x] of Object.entries(v)) {
                if (x === null) {
                    if (ref.member.t === 'string')
                        out[k] = null;
                    continue;
                }
                out[k] = readJson(model, x, ref.member);
            }
            return out;
        }
        case 'structure': {
            if (typeof v !== 'object' || Array.isArray(v))
                mismatch(v, ref);
            return readStructure(model, v, ref.shape);
        }
    }
}
function readStructure(model, obj, shapeName) {
    const shape = model.shapes[shapeName];
    const out = {};
    for (const [member, ref] of Object.entries(shape.members)) {
        if (ref.loc)
            continue;
        const wire = ref.name ?? member;
        if (!Object.prototype.hasOwnProperty.call(obj, wire))
            continue;
        const v = readJson(model, obj[wire], ref);
        if (v !== undefined)
            out[member] = v;
    }
    return out;
}
function readText(raw, ref, what) {
    switch (ref.t) {
        case 'integer': {
            if (!/^-?\d+$/.test(raw.trim()))
                throw serialization(`Unable to parse ${what} '${raw}' as an integer`);
            return Number(raw);
        }
        case 'double': {
            const n = Number(raw);
            if (raw.trim() === '' || Number.isNaN(n))
                throw serialization(`Unable to parse ${what} '${raw}' as a number`);
            return n;
        }
        // Coral reads query booleans leniently: only "true" is true.
        case 'boolean':
            return raw.toLowerCase() === 'true';
        default:
            return raw;
    }
}
export function parseInput(model, operation, req) {
    const op = model.operations[operation];
    const shape = model.shapes[op.input];
    let input = {};
    const bodyMembers = Object.values(shape.members).some((r) => !r.loc);
    if (bodyMembers && req.body.length > 0) {
        let json;
        try {
            json = JSON.parse(req.body.toString('utf8'));
        }
        catch {
            // The body is not JSON at all; no AWS recording exists for the exact text.
            throw serialization('Unable to parse request body as JSON');
        }
        if (typeof json !== 'object' || json === null || Array.isArray(json))
            mismatch(json, { t: 'structure' });
        input = readStructure(model, json, op.input);
    }
    const boundQuery = new Set(req.staticQueryKeys);
    for (const [member, ref] of Object.entries(shape.members)) {
        switch (ref.loc) {
            case 'label':
                if (req.labels[member] !== undefined)
                    input[member] = req.labels[member];
                break;
            case 'query': {
                const key = ref.name ?? member;
                boundQuery.add(key);
                if (ref.t === 'list') {
                    const all = req.query.getAll(key);
                    if (all.length)
                        input[member] = all.map((v) => readText(v, ref.member, key));
                }
                else {
                    const v = req.query.get(key);
                    if (v !== null)
                        input[member] = readText(v, ref, key);
                }
                break;
            }
            case 'header': {
                const v = req.headers[(ref.name ?? member).toLowerCase()];
                if (v !== undefined)
                    input[member] = readText(Array.isArray(v) ? v.join(',') : v, ref, ref.name ?? member);
                break;
            }
            case 'payload':
                input[member] = ref.t === 'blob' ? req.body : req.body.toString('utf8');
                break;
        }
    }
    for (const [member, ref] of Object.entries(shape.members)) {
        if (ref.loc !== 'queryParams')
            continue;
        const params = {};
        for (const [k, v] of req.query)
            if (!boundQuery.has(k))
                params[k] = v;
        input[member] = params;
    }
    return input;
}
//# sourceMappingURL=parse.js.map