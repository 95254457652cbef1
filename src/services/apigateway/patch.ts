/**
 * The patchOperations engine shared by every Update* operation. Each resource declares a table of
 * the paths it accepts (literal paths or `/prefix/*` for a keyed member) and the ops allowed on
 * each; the engine finds the rule, or answers with AWS's texts for a bad path or op
 * (docs.aws.amazon.com/apigateway/latest/api/patch-operations.html; recorded texts in
 * peer-localstack F18–F21, F33, F56). Ops run against a copy: a failing op leaves nothing changed.
 */
import { badRequest } from './errors.js';

export type PatchOpName = 'add' | 'remove' | 'replace' | 'move' | 'copy' | 'test';
export interface PatchOperation {
  op?: PatchOpName;
  path?: string;
  value?: string;
  from?: string;
}

export interface PatchRule<T> {
  /** `/name`, or `/binaryMediaTypes/*` where `*` is the rest of the path (non-empty, unescaped; a bare `/binaryMediaTypes/` matches no rule). */
  path: string;
  ops: PatchOpName[];
  apply: (target: T, op: Required<Pick<PatchOperation, 'op'>> & PatchOperation, key: string) => void;
  /** The message when the path matches but the op is not allowed; default: AWS's generic text. */
  badOp?: (op: PatchOperation) => string;
}

export interface PatchTable<T> {
  rules: PatchRule<T>[];
  /** The message for a path no rule knows; default lists the paths allowed for the op. */
  unknownPath?: (op: PatchOperation, allowedForOp: string[]) => string;
}

/** `~1` is `/` and `~0` is `~` inside a JSON pointer segment (RFC 6901). */
export function unescapePointer(s: string): string {
  return s.replace(/~1/g, '/').replace(/~0/g, '~');
}

export const invalidPatchPath = (op: PatchOperation, allowed: string[]): string =>
  `Invalid patch path  '${op.path}' specified for op '${op.op}'. Must be one of: [${allowed.join(', ')}]`;

export const unsupportedOperation = (op: PatchOperation): string =>
  `Invalid patch path  '${op.path}' specified for op '${op.op}'. Please choose supported operations`;

export const onlyOps = (ops: PatchOpName[]) => (): string => `Invalid patch operation specified. Must be one of: [${ops.join(', ')}]`;

function matchRule<T>(rules: PatchRule<T>[], path: string): { rule: PatchRule<T>; key: string } | undefined {
  for (const rule of rules) {
    if (rule.path.endsWith('/*')) {
      const prefix = rule.path.slice(0, -1);
      if (path.startsWith(prefix) && path.length > prefix.length) return { rule, key: unescapePointer(path.slice(prefix.length)) };
    } else if (rule.path === path) {
      return { rule, key: '' };
    }
  }
  return undefined;
}

export function applyPatch<T>(target: T, ops: PatchOperation[] | undefined, table: PatchTable<T>): T {
  const copy = structuredClone(target);
  for (const op of ops ?? []) {
    const name = op.op ?? 'replace';
    const path = op.path ?? '';
    // A missing path is named as '' in the messages (AWS's text for it is not recorded).
    const named = { ...op, op: name, path };
    const found = matchRule(table.rules, path);
    if (!found) {
      const allowed = table.rules.filter((r) => r.ops.includes(name)).map((r) => r.path.replace(/\/\*$/, '/{key}'));
      throw badRequest(table.unknownPath ? table.unknownPath(named, allowed) : invalidPatchPath(named, allowed));
    }
    if (!found.rule.ops.includes(name)) {
      throw badRequest(found.rule.badOp ? found.rule.badOp(named) : unsupportedOperation(named));
    }
    found.rule.apply(copy, named, found.key);
  }
  return copy;
}

/**
 * Patch values travel as strings; "true" in any case is true and anything else false (F32: "not-a-boolean"
 * is false, not an error). The case as Java's Boolean.parseBoolean, and as Tollgate already takes the
 * stage's and the request validator's flags: Python callers send str(True), "True" (moto's
 * test_update_rest_api patches /disableExecuteApiEndpoint so and expects true).
 */
export const patchBoolean = (v: string | undefined): boolean => (v ?? '').toLowerCase() === 'true';
