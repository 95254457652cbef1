/** Readers of OpenAPI JSON values, as the import plan takes them. */
import { isObject } from './parse.js';

export const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined);
export const strList = (v: unknown): string[] | undefined => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : undefined);
/** How Java prints a JSON value in AWS's warnings ("but got 'true'"). */
export const javaText = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v));

export function stringMap(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (isObject(v)) for (const [k, x] of Object.entries(v)) if (typeof x === 'string') out[k] = x;
  return out;
}
