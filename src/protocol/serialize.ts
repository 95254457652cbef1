/**
 * Operation output → HTTP response by the model: the success code, header-bound members, a blob
 * payload or a JSON body with wire names (`items` travels as `item`). Doubles keep a decimal point
 * (AWS sends `10000.0` for rateLimit; aws-behavior.md "Doubles"), timestamps are epoch seconds.
 */
import { APIGATEWAY_MODEL } from '../services/apigateway/generated/model.js';
import type { MemberRef } from '../model/types.js';

export interface HttpResponseParts { status: number; headers: Record<string, string>; body: string | Buffer }

function writeValue(v: unknown, ref: MemberRef): string | undefined {
  if (v === undefined || v === null) return undefined;
  switch (ref.t) {
    case 'double': {
      const n = v as number;
      return Number.isInteger(n) ? `${n}.0` : JSON.stringify(n);
    }
    case 'timestamp':
      return String(v instanceof Date ? Math.floor(v.getTime() / 1000) : v);
    case 'blob':
      return JSON.stringify(Buffer.isBuffer(v) ? v.toString('base64') : String(v));
    case 'list': {
      const parts = (v as unknown[]).map((x) => writeValue(x, ref.member!)).filter((x) => x !== undefined);
      return `[${parts.join(',')}]`;
    }
    case 'map': {
      const parts: string[] = [];
      for (const [k, x] of Object.entries(v)) parts.push(`${JSON.stringify(k)}:${writeValue(x, ref.member!) ?? 'null'}`);
      return `{${parts.join(',')}}`;
    }
    case 'structure':
      return writeStructure(v as Record<string, unknown>, ref.shape!);
    default:
      return JSON.stringify(v);
  }
}

function writeStructure(obj: Record<string, unknown>, shapeName: string): string {
  const shape = APIGATEWAY_MODEL.shapes[shapeName];
  const parts: string[] = [];
  for (const [member, ref] of Object.entries(shape.members)) {
    if (ref.loc === 'header' || ref.loc === 'payload') continue;
    const w = writeValue(obj[member], ref);
    if (w !== undefined) parts.push(`${JSON.stringify(ref.loc ? member : ref.name ?? member)}:${w}`);
  }
  return `{${parts.join(',')}}`;
}

export function serializeOutput(operation: string, output: Record<string, unknown> | undefined): HttpResponseParts {
  const op = APIGATEWAY_MODEL.operations[operation];
  const shape = APIGATEWAY_MODEL.shapes[op.output];
  const headers: Record<string, string> = {};
  let payload: string | Buffer | undefined;
  for (const [member, ref] of Object.entries(shape.members)) {
    const v = output?.[member];
    if (v === undefined || v === null) continue;
    if (ref.loc === 'header') headers[ref.name ?? member] = String(v);
    else if (ref.loc === 'payload') payload = Buffer.isBuffer(v) ? v : String(v);
  }
  if (payload !== undefined) return { status: op.code, headers, body: payload };
  if (op.output === 'Unit') return { status: op.code, headers, body: '' };
  headers['Content-Type'] = 'application/json';
  return { status: op.code, headers, body: writeStructure(output ?? {}, op.output) };
}
