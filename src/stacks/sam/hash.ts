/**
 * The SAM translator's logical-id hashes: SHA-1 of Python's `json.dumps(data, separators=(",", ":"),
 * sort_keys=True)` (ASCII-escaped, as Python's default), the first 10 hex digits appended to a prefix. Lambda
 * versions (AutoPublishAlias), layer versions and custom domains are named this way, so the ids here equal
 * AWS's for the same input (checked against the translator's fixtures in test/stacks/sam/).
 * https://github.com/aws/serverless-application-model/blob/develop/samtranslator/translator/logical_id_generator.py
 */
import { createHash } from 'node:crypto';

/** Python's json.dumps(…, separators=(",", ":"), sort_keys=True, ensure_ascii=True). */
export function pythonJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : JSON.stringify(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (Array.isArray(value)) return `[${value.map(pythonJson).join(',')}]`;
  const o = value as Record<string, unknown>;
  return `{${Object.keys(o)
    .sort()
    .map((k) => `${pythonJson(k)}:${pythonJson(o[k])}`)
    .join(',')}}`;
}

export const sha1Hex = (text: string): string => createHash('sha1').update(text, 'utf8').digest('hex');

/** LogicalIdGenerator(prefix, data).gen(): a string is hashed as is, anything else as its sorted JSON; no data, no suffix. */
export function logicalId(prefix: string, data?: unknown): string {
  if (data === undefined || data === null || data === '' || (typeof data === 'object' && Object.keys(data).length === 0)) return prefix;
  return prefix + sha1Hex(typeof data === 'string' ? data : pythonJson(data)).slice(0, 10);
}
