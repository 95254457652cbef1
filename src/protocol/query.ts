/**
 * The awsQuery protocol (CloudFormation): every operation is `POST /` with a form body
 * (`application/x-www-form-urlencoded`) naming it in `Action` and the API `Version`; members are flattened into
 * dotted keys (`Parameters.member.1.ParameterKey`, a map as `Tags.entry.1.key` / `.value`), lists numbered from 1;
 * the answer is XML, `<{Op}Response><{Op}Result>…</{Op}Result><ResponseMetadata><RequestId>`, an error
 * `<ErrorResponse><Error><Type>Sender</Type><Code>…</Code><Message>…</Message></Error><RequestId>`.
 * https://smithy.io/2.0/aws/protocols/aws-query-protocol.html (request and response bodies, errors);
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/CommonErrors.html (InvalidAction, 400).
 * The members are bound by the model (src/protocol/model.ts) as parse.ts binds JSON: handlers see the same input.
 */
import type { MemberRef, ServiceModel } from './model.js';
import { ServiceError, type RenderedError } from './errors.js';
import type { Input } from './parse.js';
import type { HttpResponseParts } from './serialize.js';

/** The form's parameters (the body) and the URL's (a GET carries them there), the body's winning. */
export function queryParams(query: URLSearchParams, body: Buffer): URLSearchParams {
  const out = new URLSearchParams(query);
  for (const [k, v] of new URLSearchParams(body.toString('utf8'))) out.set(k, v);
  return out;
}

/** The operation `Action` names; InvalidAction when the model has none such (CommonErrors: 400). */
export function queryAction(model: ServiceModel, params: URLSearchParams): string {
  const action = params.get('Action') ?? '';
  if (!model.operations[action]) {
    throw new ServiceError('InvalidAction', `Could not find operation ${action} for version ${model.apiVersion ?? ''}`, {}, 400);
  }
  return action;
}

const invalidValue = (key: string, raw: string, what: string): ServiceError =>
  new ServiceError('ValidationError', `Value '${raw}' at '${key}' could not be read as ${what}`, {}, 400);

function readScalar(raw: string, ref: MemberRef, key: string): unknown {
  switch (ref.t) {
    case 'integer':
      if (!/^-?\d+$/.test(raw)) throw invalidValue(key, raw, 'an integer');
      return Number(raw);
    case 'double': {
      const n = Number(raw);
      if (raw.trim() === '' || Number.isNaN(n)) throw invalidValue(key, raw, 'a number');
      return n;
    }
    case 'boolean':
      if (raw !== 'true' && raw !== 'false') throw invalidValue(key, raw, 'a boolean');
      return raw === 'true';
    case 'timestamp': {
      const ms = Date.parse(raw);
      if (Number.isNaN(ms)) throw invalidValue(key, raw, 'a timestamp');
      return ms / 1000;
    }
    case 'blob':
      return Buffer.from(raw, 'base64');
    default:
      return raw;
  }
}

/** The form's keys, for the "is anything under this prefix" questions lists and structures ask. */
class Form {
  readonly keys: string[];
  constructor(readonly params: URLSearchParams) {
    this.keys = [...params.keys()];
  }
  has(prefix: string): boolean {
    return this.keys.some((k) => k === prefix || k.startsWith(`${prefix}.`));
  }
}

function readValue(model: ServiceModel, form: Form, key: string, ref: MemberRef): unknown {
  switch (ref.t) {
    case 'list': {
      // An empty list travels as the bare key with an empty value (smithy: "Empty lists are serialized").
      if (form.params.get(key) === '') return [];
      const out: unknown[] = [];
      for (let i = 1; form.has(`${key}.member.${i}`); i++) out.push(readValue(model, form, `${key}.member.${i}`, ref.member!));
      return out.length ? out : undefined;
    }
    case 'map': {
      const out: Record<string, unknown> = {};
      for (let i = 1; form.has(`${key}.entry.${i}`); i++) {
        const k = form.params.get(`${key}.entry.${i}.key`);
        if (k !== null) out[k] = readValue(model, form, `${key}.entry.${i}.value`, ref.member!);
      }
      return Object.keys(out).length ? out : undefined;
    }
    case 'structure':
      return form.has(key) ? readStructure(model, form, ref.shape!, `${key}.`) : undefined;
    case 'document':
      return form.params.get(key) ?? undefined;
    default: {
      const raw = form.params.get(key);
      return raw === null ? undefined : readScalar(raw, ref, key);
    }
  }
}

function readStructure(model: ServiceModel, form: Form, shapeName: string, prefix: string): Input {
  const out: Input = {};
  for (const [member, ref] of Object.entries(model.shapes[shapeName].members)) {
    const v = readValue(model, form, `${prefix}${ref.name ?? member}`, ref);
    if (v !== undefined) out[member] = v;
  }
  return out;
}

/** The operation's input from the form, by its model. */
export function parseQueryInput(model: ServiceModel, operation: string, params: URLSearchParams): Input {
  return readStructure(model, new Form(params), model.operations[operation].input, '');
}

const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function isoTime(v: unknown): string {
  const d = v instanceof Date ? v : new Date((v as number) * 1000);
  return d.toISOString();
}

function writeValue(model: ServiceModel, v: unknown, ref: MemberRef): string | undefined {
  if (v === undefined || v === null) return undefined;
  switch (ref.t) {
    case 'timestamp':
      return isoTime(v);
    case 'blob':
      return Buffer.isBuffer(v) ? v.toString('base64') : escapeXml(String(v));
    case 'list':
      return (v as unknown[]).map((x) => `<member>${writeValue(model, x, ref.member!) ?? ''}</member>`).join('');
    case 'map':
      return Object.entries(v)
        .map(([k, x]) => `<entry><key>${escapeXml(k)}</key><value>${writeValue(model, x, ref.member!) ?? ''}</value></entry>`)
        .join('');
    case 'structure':
      return writeStructure(model, v as Record<string, unknown>, ref.shape!);
    case 'document':
      return escapeXml(typeof v === 'string' ? v : JSON.stringify(v));
    default:
      return escapeXml(String(v));
  }
}

function writeStructure(model: ServiceModel, obj: Record<string, unknown>, shapeName: string): string {
  let out = '';
  for (const [member, ref] of Object.entries(model.shapes[shapeName].members)) {
    const w = writeValue(model, obj[member], ref);
    const name = ref.name ?? member;
    if (w !== undefined) out += `<${name}>${w}</${name}>`;
  }
  return out;
}

/** The operation's output as the awsQuery XML answer. */
export function serializeQueryOutput(
  model: ServiceModel,
  operation: string,
  output: Record<string, unknown> | undefined,
  requestId: string,
): HttpResponseParts {
  const op = model.operations[operation];
  const result = op.output === 'Unit' ? '' : `<${operation}Result>${writeStructure(model, output ?? {}, op.output)}</${operation}Result>`;
  const body =
    `<${operation}Response xmlns="${model.xmlNamespace ?? ''}">${result}` +
    `<ResponseMetadata><RequestId>${escapeXml(requestId)}</RequestId></ResponseMetadata></${operation}Response>`;
  return { status: op.code, headers: { 'Content-Type': 'text/xml' }, body };
}

/**
 * An error as the awsQuery XML answer. The framework's input validation (ValidationException elsewhere) is
 * CloudFormation's `ValidationError`, its one validation code ("1 validation error detected: Value null at
 * 'stackName' …" comes as ValidationError: https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/CommonErrors.html).
 * 5XX answers are the Receiver's fault, the rest the Sender's.
 */
export function renderQueryError(err: ServiceError, model: ServiceModel, requestId: string): RenderedError {
  const code = err.code === 'ValidationException' ? 'ValidationError' : err.code;
  const status = err.status ?? model.errors[code] ?? (code === 'ValidationError' ? 400 : 500);
  const body =
    `<ErrorResponse xmlns="${model.xmlNamespace ?? ''}"><Error><Type>${status >= 500 ? 'Receiver' : 'Sender'}</Type>` +
    `<Code>${escapeXml(code)}</Code><Message>${escapeXml(err.message)}</Message></Error>` +
    `<RequestId>${escapeXml(requestId)}</RequestId></ErrorResponse>`;
  return { status, headers: { 'x-amzn-ErrorType': code, 'Content-Type': 'text/xml', ...err.headers }, body };
}
