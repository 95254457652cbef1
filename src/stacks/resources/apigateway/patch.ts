/**
 * Updates in place through API Gateway's Update* operations: the patch operations that take a resource
 * from its previous properties to its new ones (https://docs.aws.amazon.com/apigateway/latest/api/patch-operations.html).
 */
import type { PatchOperation } from '../../../services/apigateway/generated/types.js';
import type { Props } from '../provider.js';

/** A property and the patch path that sets it; `text` turns the property's value into the patch value. */
export type PatchField = [property: string, path: string, text?: (v: unknown) => string];

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** `replace` for each field whose value changed (`remove` when it was dropped and the API allows it, else replaced by ''). */
export function replaceOps(prev: Props, next: Props, fields: PatchField[]): PatchOperation[] {
  const ops: PatchOperation[] = [];
  for (const [prop, path, text = String] of fields) {
    if (same(prev[prop], next[prop])) continue;
    ops.push({ op: 'replace', path, value: next[prop] === undefined ? '' : text(next[prop]) });
  }
  return ops;
}

/** Escapes a name for a patch path (JSON Pointer: `~` as `~0`, `/` as `~1`). */
export function pointer(name: string): string {
  return name.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** `add` / `remove` for the members a list property gained or lost (`/binaryMediaTypes/image~1png`). */
export function listOps(prev: unknown, next: unknown, base: string): PatchOperation[] {
  const a = Array.isArray(prev) ? prev.map(String) : [];
  const b = Array.isArray(next) ? next.map(String) : [];
  return [
    ...a.filter((x) => !b.includes(x)).map((x): PatchOperation => ({ op: 'remove', path: `${base}/${pointer(x)}` })),
    ...b.filter((x) => !a.includes(x)).map((x): PatchOperation => ({ op: 'add', path: `${base}/${pointer(x)}` })),
  ];
}

/** Ops for a string map (stage variables): replace the changed and added keys, remove the dropped ones. */
export function mapOps(prev: unknown, next: unknown, base: string): PatchOperation[] {
  const a = (prev ?? {}) as Record<string, unknown>;
  const b = (next ?? {}) as Record<string, unknown>;
  const ops: PatchOperation[] = [];
  for (const k of Object.keys(a)) if (!(k in b)) ops.push({ op: 'remove', path: `${base}/${pointer(k)}` });
  for (const [k, v] of Object.entries(b)) if (a[k] !== v) ops.push({ op: 'replace', path: `${base}/${pointer(k)}`, value: String(v) });
  return ops;
}
