/**
 * Operation output → HTTP response by the model: the success code, header-bound members, a blob
 * payload or a JSON body with wire names (`items` travels as `item`). Doubles keep a decimal point
 * (AWS sends `10000.0` for rateLimit; aws-behavior.md "Doubles"), timestamps are epoch seconds.
 */
import type { MemberRef, ServiceModel } from './model.js';

export interface HttpResponseParts {
  status: number;
  headers: Record<string, string>;
  body: string | Buffer;
}

function writeValue(model: ServiceModel, v: unknown, ref: MemberRef): string | undefined {
  if (v === undefined || v === null) return undefined;
  switch (ref.t) {
    case 'double': {
      // An integral double past 1e21 prints in exponent form ("1e+21"), which takes no ".0": "1e+21.0" is
      // not JSON, and a client could not read the answer (a rateLimit of 1e21 is a valid double).
      const text = JSON.stringify(v);
      return /^-?\d+$/.test(text) ? `${text}.0` : text;
    }
    case 'timestamp':
      return String(v instanceof Date ? Math.floor(v.getTime() / 1000) : v);
    case 'blob':
      return JSON.stringify(Buffer.isBuffer(v) ? v.toString('base64') : String(v));
    case 'list': {
      const parts = (v as unknown[]).map((x) => writeValue(model, x, ref.member!)).filter((x) => x !== undefined);
      return `[${parts.join(',')}]`;
    }
    case 'map': {
      const parts: string[] = [];
      for (const [k, x] of Object.entries(v)) parts.push(`${JSON.stringify(k)}:${writeValue(model, x, ref.member!) ?? 'null'}`);
      return `{${parts.join(',')}}`;
    }
    case 'structure':
      return writeStructure(model, v as Record<string, unknown>, ref.shape!);
    default:
      return JSON.stringify(v);
  }
}

function writeStructure(model: ServiceModel, obj: Record<string, unknown>, shapeName: string): string {
  const shape = model.shapes[shapeName];
  const parts: string[] = [];
  for (const [member, ref] of Object.entries(shape.members)) {
    if (ref.loc === 'header' || ref.loc === 'payload' || ref.loc === 'responseCode') continue;
    const w = writeValue(model, obj[member], ref);
    if (w !== undefined) parts.push(`${JSON.stringify(ref.loc ? member : (ref.name ?? member))}:${w}`);
  }
  return `{${parts.join(',')}}`;
}

export function serializeOutput(model: ServiceModel, operation: string, output: Record<string, unknown> | undefined): HttpResponseParts {
  const op = model.operations[operation];
  const shape = model.shapes[op.output];
  let status = op.code;
  const headers: Record<string, string> = {};
  let payload: string | Buffer | undefined;
  for (const [member, ref] of Object.entries(shape.members)) {
    const v = output?.[member];
    if (v === undefined || v === null) continue;
    if (ref.loc === 'header') headers[ref.name ?? member] = String(v);
    // A member bound to the status (Lambda's Invoke `StatusCode`) replaces the operation's code.
    else if (ref.loc === 'responseCode' && typeof v === 'number') status = v;
    else if (ref.loc === 'payload') payload = Buffer.isBuffer(v) ? v : String(v);
  }
  if (payload !== undefined) return { status, headers, body: payload };
  if (op.output === 'Unit') return { status, headers, body: '' };
  headers['Content-Type'] = 'application/json';
  return { status, headers, body: writeStructure(model, output ?? {}, op.output) };
}
