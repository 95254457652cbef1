/**
 * `method-request`: request validation for a method with a `requestValidatorId`
 * (DG:api-gateway-method-request-validation, DG:api-gateway-request-validation-test).
 *
 * Parameters (`validateRequestParameters`): every `method.request.{path|querystring|header}.NAME`
 * marked required must be present and non-blank (DG: "included and non-blank"; `?q1=` fails like a
 * missing q1). Failure → 400 BAD_REQUEST_PARAMETERS `Missing required request parameters: [a, b]`.
 * The names are listed in the order of their `method.request.…` keys sorted as strings — header,
 * then path, then querystring — which is what AWS answered in F84: `[x-header-param, issuer, qs1]`
 * (LS-snap test_apigateway_common#test_api_gateway_request_validator); the order within one location
 * is not recorded (sorted here too).
 *
 * Body (`validateRequestBody`): the model is chosen by the request's Content-Type (MIME type only;
 * none means application/json), else the `$default` entry of `requestModels`; no model, no check.
 * An empty body is validated as `{}` (a GET without a body fails a model with required properties:
 * same LS-snap test, "GET request with an empty body"); a body that is not JSON fails. Failure →
 * 400 BAD_REQUEST_BODY `Invalid request body` (F84), with the validator's messages in
 * `$context.error.validationErrorString`.
 *
 * validationErrorString: AWS validates with a draft-04 validator whose messages are those of
 * java-json-tools/json-schema-validator, joined as a Java list — e.g.
 * `[object has missing required properties (["email"])]` (a BAD_REQUEST_BODY template's output
 * quoted in a public project's docs) and `instance value ("bird") not found in enum (possible
 * values: ["dog","cat","fish"])` (the library's own wording). The ajv errors are rewritten in that
 * wording below; texts for keywords nobody has shown from AWS follow the library's message bundle.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import ajvDraft04 from 'ajv-draft-04';
import type { CompiledDeployment } from './deployments.js';
import { GatewayError } from './gateway-errors.js';
import { header, type Invocation } from './invocation.js';

const Ajv04 = ajvDraft04.default;
type AjvType = InstanceType<typeof Ajv04>;

const MODEL_URL = (apiId: string, name: string): string => `https://apigateway.amazonaws.com/restapis/${apiId}/models/${name}`;

interface DeploymentValidators {
  ajv: AjvType;
  validators: Map<string, { validateRequestBody: boolean; validateRequestParameters: boolean }>;
  /** Compiled model validators by model name; an Error when the model cannot be compiled. */
  compiled: Map<string, ValidateFunction | Error>;
  models: Set<string>;
}

const MEMO_KEY = 'val\u0000deployment';

function deploymentValidators(d: CompiledDeployment): DeploymentValidators {
  let v = d.memo.get(MEMO_KEY) as DeploymentValidators | undefined;
  if (v) return v;
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
  const models = new Set<string>();
  for (const m of d.snapshot.models) {
    let schema: unknown;
    try {
      schema = JSON.parse(m.schema ?? '');
    } catch {
      continue;
    }
    if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) continue;
    // The model's URL is its identity: drop a top-level `id` or `$schema` that would fight it
    // (CDK writes draft-07's `$schema`; the schema is read as draft-04 regardless).
    const copy = { ...(schema as Record<string, unknown>) };
    delete copy.id;
    delete copy.$schema;
    try {
      ajv.addSchema(copy, MODEL_URL(apiId, m.name));
      models.add(m.name);
    } catch {
      // A schema ajv refuses is reported when a method uses it (compile → API configuration error).
    }
  }
  const validators = new Map(d.snapshot.requestValidators.map((r) => [r.id, r]));
  v = { ajv, validators, compiled: new Map(), models };
  d.memo.set(MEMO_KEY, v);
  return v;
}

function modelValidator(v: DeploymentValidators, apiId: string, name: string): ValidateFunction | Error {
  let fn = v.compiled.get(name);
  if (fn) return fn;
  try {
    if (!v.models.has(name)) throw new Error(`model ${name} is not defined or not valid`);
    fn = v.ajv.getSchema(MODEL_URL(apiId, name));
    if (!fn) throw new Error(`model ${name} did not compile`);
  } catch (e) {
    fn = e as Error;
  }
  v.compiled.set(name, fn);
  return fn;
}

const blank = (s: string | undefined): boolean => s === undefined || s.trim() === '';

/** The names of the required parameters that are missing or blank, in AWS's order (see above). */
export function missingParameters(inv: Invocation): string[] {
  const required = Object.entries(inv.method?.requestParameters ?? {})
    .filter(([, req]) => req === true)
    .map(([k]) => k)
    .sort();
  const missing: string[] = [];
  for (const key of required) {
    const m = /^method\.request\.(path|querystring|header)\.(.+)$/.exec(key);
    if (!m) continue;
    const [, where, name] = m;
    let value: string | undefined;
    if (where === 'path') value = Object.prototype.hasOwnProperty.call(inv.pathParameters, name) ? inv.pathParameters[name] : undefined;
    else if (where === 'querystring') {
      const list = inv.request.query.get(name);
      value = list?.[list.length - 1];
    } else value = header(inv.request, name);
    if (blank(value)) missing.push(name);
  }
  return missing;
}

/** The request's MIME type for model selection; a missing Content-Type counts as JSON. */
function contentType(inv: Invocation): string {
  return (header(inv.request, 'content-type') ?? 'application/json').split(';')[0].trim().toLowerCase();
}

/** Validates the request as the method's request validator says; throws the gateway error AWS answers. */
export function validateRequest(inv: Invocation): void {
  const method = inv.method;
  if (!method?.requestValidatorId) return;
  const v = deploymentValidators(inv.served.deployment);
  const validator = v.validators.get(method.requestValidatorId);
  if (!validator) return;

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
    if (!modelName) return;
    const fn = modelValidator(v, inv.served.deployment.snapshot.api.id, modelName);
    if (fn instanceof Error) throw new GatewayError('API_CONFIGURATION_ERROR', { cause: fn });
    const text = inv.request.body.toString('utf8');
    let body: unknown;
    if (text.trim() === '') {
      body = {};
    } else {
      try {
        body = JSON.parse(text);
      } catch (e) {
        // Not recorded: the wording follows the validator library's parse failure.
        const reason = (e as Error).message;
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

const json = (v: unknown): string => JSON.stringify(v);

function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

function valueAt(root: unknown, pointer: string): unknown {
  if (pointer === '') return root;
  let v: unknown = root;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
}

/** One message per failed keyword (required properties grouped per object, as the library does). */
export function formatErrors(errors: ErrorObject[], data?: unknown): string {
  const messages: string[] = [];
  const required = new Map<string, { index: number; missing: string[] }>();
  for (const e of errors) {
    const p = e.params as Record<string, unknown>;
    if (e.keyword === 'required') {
      const key = `${e.instancePath}\u0000${e.schemaPath}`;
      const group = required.get(key);
      if (group) group.missing.push(String(p.missingProperty));
      else {
        required.set(key, { index: messages.length, missing: [String(p.missingProperty)] });
        messages.push('');
      }
    } else if (e.keyword === 'additionalProperties') {
      const message = additionalPropertiesMessage(errors, e, p);
      if (message) messages.push(message);
    } else messages.push(keywordMessage(e, p, 'data' in e ? e.data : valueAt(data, e.instancePath)));
  }
  for (const { index, missing } of required.values()) {
    messages[index] = `object has missing required properties (${json([...new Set(missing)].sort())})`;
  }
  return `[${messages.join(', ')}]`;
}

/** The properties not allowed in one object, as one message (at the first of its errors). */
function additionalPropertiesMessage(errors: ErrorObject[], e: ErrorObject, p: Record<string, unknown>): string | undefined {
  const extra = errors
    .filter((x) => x.keyword === 'additionalProperties' && x.instancePath === e.instancePath && x.schemaPath === e.schemaPath)
    .map((x) => String((x.params as Record<string, unknown>).additionalProperty));
  if (extra[0] !== String(p.additionalProperty)) return undefined;
  return `object instance has properties which are not allowed by the schema: ${json([...new Set(extra)].sort())}`;
}

/** The message of one failed keyword (other than required and additionalProperties). */
function keywordMessage(e: ErrorObject, p: Record<string, unknown>, instance: unknown): string {
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

function schemaCount(e: ErrorObject): string {
  const s = e.schema;
  return Array.isArray(s) ? String(s.length) : '?';
}
