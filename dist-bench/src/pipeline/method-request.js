import ajvDraft04 from 'ajv-draft-04';
import { GatewayError } from './gateway-errors.js';
import { header } from './invocation.js';
const Ajv04 = ajvDraft04.default;
const MODEL_URL = (apiId, name) => `https://apigateway.amazonaws.com/restapis/${apiId}/models/${name}`;
const MEMO_KEY = 'val\u0000deployment';
function deploymentValidators(d) {
    let v = d.memo.get(MEMO_KEY);
    if (v)
        return v;
    // `pattern` and `patternProperties` stay ECMA 262 regexes, not Java ones: AWS's draft-04 validator
    // (java-json-tools json-schema-validator, whose message wording this file reproduces) runs them
    // through json-schema-core's RegexECMA262Helper (a JavaScript engine), matching anywhere in the
    // value as draft-04 says. Without the `u` flag, as that engine (ES5) reads them: `\_` or `\-`
    // outside a class are identity escapes there, not errors.
    const ajv = new Ajv04({
        strict: false,
        validateFormats: false,
        validateSchema: false,
        allErrors: true,
        verbose: true,
        unicodeRegExp: false,
    });
    const apiId = d.snapshot.api.id;
    const models = new Set();
    for (const m of d.snapshot.models) {
        let schema;
        try {
            schema = JSON.parse(m.schema ?? '');
        }
        catch {
            continue;
        }
        if (typeof schema !== 'object' || schema === null || Array.isArray(schema))
            continue;
        // The model's URL is its identity: drop a top-level `id` or `$schema` that would fight it
        // (CDK writes draft-07's `$schema`; the schema is read as draft-04 regardless).
        const copy = { ...schema };
        delete copy.id;
        delete copy.$schema;
        try {
            ajv.addSchema(copy, MODEL_URL(apiId, m.name));
            models.add(m.name);
        }
        catch {
            // A schema ajv refuses is reported when a method uses it (compile → API configuration error).
        }
    }
    const validators = new Map(d.snapshot.requestValidators.map((r) => [r.id, r]));
    v = { ajv, validators, compiled: new Map(), models };
    d.memo.set(MEMO_KEY, v);
    return v;
}
function modelValidator(v, apiId, name) {
    let fn = v.compiled.get(name);
    if (fn)
        return fn;
    try {
        if (!v.models.has(name))
            throw new Error(`model ${name} is not defined or not valid`);
        fn = v.ajv.getSchema(MODEL_URL(apiId, name));
        if (!fn)
            throw new Error(`model ${name} did not compile`);
    }
    catch (e) {
        fn = e;
    }
    v.compiled.set(name, fn);
    return fn;
}
const blank = (s) => s === undefined || s.trim() === '';
/** The names of the required parameters that are missing or blank, in AWS's order (see above). */
export function missingParameters(inv) {
    const required = Object.entries(inv.method?.requestParameters ?? {})
        .filter(([, req]) => req === true)
        .map(([k]) => k)
        .sort();
    const missing = [];
    for (const key of required) {
        const m = /^method\.request\.(path|querystring|header)\.(.+)$/.exec(key);
        if (!m)
            continue;
        const [, where, name] = m;
        let value;
        if (where === 'path')
            value = Object.prototype.hasOwnProperty.call(inv.pathParameters, name) ? inv.pathParameters[name] : undefined;
        else if (where === 'querystring') {
            const list = inv.request.query.get(name);
            value = list?.[list.length - 1];
        }
        else
            value = header(inv.request, name);
        if (blank(value))
            missing.push(name);
    }
    return missing;
}
/** The request's MIME type for model selection; a missing Content-Type counts as JSON. */
function contentType(inv) {
    return (header(inv.request, 'content-type') ?? 'application/json').split(';')[0].trim().toLowerCase();
}
/** Validates the request as the method's request validator says; throws the gateway error AWS answers. */
export function validateRequest(inv) {
    const method = inv.method;
    if (!method?.requestValidatorId)
        return;
    const v = deploymentValidators(inv.served.deployment);
    const validator = v.validators.get(method.requestValidatorId);
    if (!validator)
        return;
    if (validator.validateRequestParameters) {
        const missing = missingParameters(inv);
        if (missing.length) {
            throw new GatewayError('BAD_REQUEST_PARAMETERS', { message: `Missing required request parameters: [${missing.join(', ')}]` });
        }
    }
    if (validator.validateRequestBody) {
        const models = method.requestModels ?? {};
        const ct = contentType(inv);
        const modelName = Object.prototype.hasOwnProperty.call(models, ct) ? models[ct] : models.$default;
        if (!modelName)
            return;
        const fn = modelValidator(v, inv.served.deployment.snapshot.api.id, modelName);
        if (fn instanceof Error)
            throw new GatewayError('API_CONFIGURATION_ERROR', { cause: fn });
        const text = inv.request.body.toString('utf8');
        let body;
        if (text.trim() === '') {
            body = {};
        }
        else {
            try {
                body = JSON.parse(text);
            }
            catch (e) {
                // Not recorded: the wording follows the validator library's parse failure.
                const reason = e.message;
                throw new GatewayError('BAD_REQUEST_BODY', { message: 'Invalid request body', validationErrorString: `[Invalid JSON: ${reason}]` });
            }
        }
        if (!fn(body)) {
            throw new GatewayError('BAD_REQUEST_BODY', {
                message: 'Invalid request body',
                validationErrorString: formatErrors(fn.errors ?? [], body),
            });
        }
    }
}
// ---------------------------------------------------------------------------------------------
// ajv errors in json-schema-validator's wording.
const json = (v) => JSON.stringify(v);
function typeName(v) {
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return 'array';
    if (typeof v === 'number')
        return Number.isInteger(v) ? 'integer' : 'number';
    return typeof v;
}
function valueAt(root, pointer) {
    if (pointer === '')
        return root;
    let v = root;
    for (const raw of pointer.split('/').slice(1)) {
        const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
        if (v === null || typeof v !== 'object')
            return undefined;
        v = v[key];
    }
    return v;
}
/** One message per failed keyword (required properties grouped per object, as the library does). */
export function formatErrors(errors, data) {
    const messages = [];
    const required = new Map();
    for (const e of errors) {
        const p = e.params;
        if (e.keyword === 'required') {
            const key = `${e.instancePath}\u0000${e.schemaPath}`;
            const group = required.get(key);
            if (group)
                group.missing.push(String(p.missingProperty));
            else {
                required.set(key, { index: messages.length, missing: [String(p.missingProperty)] });
                messages.push('');
            }
        }
        else if (e.keyword === 'additionalProperties') {
            const message = additionalPropertiesMessage(errors, e, p);
            if (message)
                messages.push(message);
        }
        else
            messages.push(keywordMessage(e, p, 'data' in e ? e.data : valueAt(data, e.instancePath)));
    }
    for (const { index, missing } of required.values()) {
        messages[index] = `object has missing required properties (${json([...new Set(missing)].sort())})`;
    }
    return `[${messages.join(', ')}]`;
}
/** The properties not allowed in one object, as one message (at the first of its errors). */
function additionalPropertiesMessage(errors, e, p) {
    const extra = errors
        .filter((x) => x.keyword === 'additionalProperties' && x.instancePath === e.instancePath && x.schemaPath === e.schemaPath)
        .map((x) => String(x.params.additionalProperty));
    if (extra[0] !== String(p.additionalProperty))
        return undefined;
    return `object instance has properties which are not allowed by the schema: ${json([...new Set(extra)].sort())}`;
}
/** The message of one failed keyword (other than required and additionalProperties). */
function keywordMessage(e, p, instance) {
    switch (e.keyword) {
        case 'type': {
            const t = e.schema ?? p.type;
            const allowed = Array.isArray(t) ? t : String(t).split(',');
            return `instance type (${typeName(instance)}) does not match any allowed primitive type (allowed: ${json(allowed)})`;
        }
        case 'enum':
            return `instance value (${json(instance)}) not found in enum (possible values: ${json(p.allowedValues)})`;
        case 'maximum':
        case 'exclusiveMaximum':
            return p.comparison === '<'
                ? `numeric instance is not strictly lower than the required maximum ${p.limit}`
                : `numeric instance is greater than the required maximum (maximum: ${p.limit}, found: ${instance})`;
        case 'minimum':
        case 'exclusiveMinimum':
            return p.comparison === '>'
                ? `numeric instance is not strictly greater than the required minimum ${p.limit}`
                : `numeric instance is lower than the required minimum (minimum: ${p.limit}, found: ${instance})`;
        case 'maxLength':
            return `string ${json(instance)} is too long (length: ${[...String(instance)].length}, maximum allowed: ${p.limit})`;
        case 'minLength':
            return `string ${json(instance)} is too short (length: ${[...String(instance)].length}, required minimum: ${p.limit})`;
        case 'pattern':
            return `ECMA 262 regex ${json(p.pattern)} does not match input string ${json(instance)}`;
        case 'maxItems':
            return `array is too long: must have at most ${p.limit} elements but instance has ${Array.isArray(instance) ? instance.length : '?'} elements`;
        case 'minItems':
            return `array is too short: must have at least ${p.limit} elements but instance has ${Array.isArray(instance) ? instance.length : '?'} elements`;
        case 'uniqueItems':
            return 'array must not contain duplicate elements';
        case 'maxProperties':
            return `object has too many properties (found ${instance && typeof instance === 'object' ? Object.keys(instance).length : '?'}, maximum allowed: ${p.limit})`;
        case 'minProperties':
            return `object has too few properties (found ${instance && typeof instance === 'object' ? Object.keys(instance).length : '?'}, required minimum: ${p.limit})`;
        case 'multipleOf':
            return `remainder of division is not zero (${instance} / ${p.multipleOf})`;
        case 'oneOf': {
            const passing = Array.isArray(p.passingSchemas) ? p.passingSchemas.length : 0;
            return `instance failed to match exactly one schema (matched ${passing} out of ${schemaCount(e)})`;
        }
        case 'anyOf':
            return `instance failed to match at least one required schema among ${schemaCount(e)}`;
        case 'not':
            return 'instance matched a schema which it should not have';
        case 'dependencies':
            return `property ${json(p.property)} of object has missing property dependencies (schema requires ${json(String(p.deps).split(', '))}; missing: ${json([p.missingProperty])})`;
        default:
            return e.message ?? e.keyword;
    }
}
function schemaCount(e) {
    const s = e.schema;
    return Array.isArray(s) ? String(s.length) : '?';
}
//# sourceMappingURL=method-request.js.map