/**
 * `--config FILE` (TOLLGATE_CONFIG): the same settings as the flags, in a YAML (or JSON) file whose keys
 * are the flags' names without `--` (`port: 8080`, `data-dir: /var/lib/tollgate`, `access-log: [ARN=PATH]`).
 * Precedence: flags over environment over file, so the file's entries are read as environment variables
 * that the real environment overrides (options.ts reads `flag ?? TOLLGATE_X`).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { ConfigError } from './errors.js';

/** Repeatable flags: their variable and its separator. */
const LISTS: Record<string, [string, string]> = {
  'aws-endpoint': ['TOLLGATE_AWS_ENDPOINTS', ','],
  'access-log': ['TOLLGATE_ACCESS_LOG', ','],
  certificate: ['TOLLGATE_CERTIFICATES', ';'],
  truststore: ['TOLLGATE_TRUSTSTORES', ';'],
  'cognito-jwks': ['TOLLGATE_COGNITO_JWKS', ';'],
  openapi: ['TOLLGATE_OPENAPI', ','],
  'stage-variable': ['TOLLGATE_STAGE_VARIABLES', ','],
};

/** The file's settings as TOLLGATE_* variables; `flags` are the options a file may set (every flag but help and config). */
export function envFromConfigFile(path: string, flags: ReadonlySet<string>): Record<string, string> {
  let doc: unknown;
  try {
    doc = parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new ConfigError(`--config ${path}: ${(e as Error).message}`);
  }
  if (doc === null || doc === undefined) return {};
  if (typeof doc !== 'object' || Array.isArray(doc)) throw new ConfigError(`--config ${path}: expected a mapping of option names to values`);
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(doc as Record<string, unknown>)) {
    if (!flags.has(key) || key === 'help' || key === 'config') throw new ConfigError(`--config ${path}: unknown option '${key}'`);
    const list = LISTS[key];
    if (list) {
      const items = Array.isArray(value) ? value : [value];
      if (items.some((i) => typeof i !== 'string')) throw new ConfigError(`--config ${path}: '${key}' takes a string or a list of strings`);
      env[list[0]] = items.join(list[1]);
      continue;
    }
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean')
      throw new ConfigError(`--config ${path}: '${key}' takes a string, a number or a boolean`);
    env[`TOLLGATE_${key.toUpperCase().replace(/-/g, '_')}`] = String(value);
  }
  return env;
}
