/**
 * `tollgate serve --openapi api.yaml [--stage dev] [--stage-variable K=V]`: each file imported and deployed
 * at start, before the listeners open, through API Gateway's own operations called in-process
 * (ServedService.call: ImportRestApi, PutRestApi, CreateDeployment with their validation and their errors,
 * as `aws apigateway import-rest-api` would meet them).
 *
 * Idempotent over restarts with a file or PostgreSQL store: the API is found by its name, which
 * ImportRestApi takes from the document's `info.title`
 * (https://docs.aws.amazon.com/apigateway/latest/api/API_ImportRestApi.html). None: ImportRestApi. One:
 * PutRestApi with `mode=overwrite` (https://docs.aws.amazon.com/apigateway/latest/api/API_PutRestApi.html),
 * so that the API keeps its id (and its invoke URL) and takes the file as it is now. Several: refused, as
 * Tollgate cannot tell which one the file means. Then CreateDeployment to the stage (a new deployment on
 * every start, as `create-deployment` would make).
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { ServiceError } from '../protocol/errors.js';
import type { ManagementContext, ServedService } from '../services/served-service.js';

export interface OpenApiStart {
  /** Absolute paths, in the order given. */
  files: string[];
  stage: string;
  /** The stage's variables (CreateDeployment `variables`); empty = the stage keeps its own. */
  variables: Record<string, string>;
}

export interface DeployedOpenApi {
  file: string;
  restApiId: string;
  name: string;
  stage: string;
  /** `imported` (a new API) or `overwritten` (the API of that name, found in the store). */
  action: 'imported' | 'overwritten';
  warnings: string[];
}

/** A file that cannot be deployed: its one-line reason, the file named (main.ts prints it and exits 1). */
export class OpenApiFileError extends Error {}

interface RestApiOut {
  id?: string;
  name?: string;
  warnings?: string[];
}

/** The document's `info.title`, if it parses; a file that does not is left to ImportRestApi's own refusal. */
function titleOf(body: Buffer): string | undefined {
  try {
    const doc = parse(body.toString('utf8')) as { info?: { title?: unknown } } | null;
    return typeof doc?.info?.title === 'string' ? doc.info.title : undefined;
  } catch {
    return undefined;
  }
}

export async function deployOpenApiFiles(
  apigateway: ServedService,
  start: OpenApiStart,
  base: Omit<ManagementContext, 'requestId'>,
): Promise<DeployedOpenApi[]> {
  const call = (op: string, input: Record<string, unknown>): Promise<unknown> => apigateway.call(op, input, { ...base, requestId: randomUUID() });
  const out: DeployedOpenApi[] = [];
  const seen = new Map<string, string>();
  for (const file of start.files) {
    const fail = (why: string): OpenApiFileError => new OpenApiFileError(`--openapi ${file}: ${why}`);
    let body: Buffer;
    try {
      body = readFileSync(file);
    } catch (e) {
      throw fail(`cannot read it (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
    const title = titleOf(body);
    if (title !== undefined && seen.has(title)) throw fail(`its title '${title}' is also ${seen.get(title)}'s: each file must name its own API`);
    if (title !== undefined) seen.set(title, file);
    try {
      const ids = title === undefined ? [] : await idsNamed(call, title);
      if (ids.length > 1)
        throw fail(`${ids.length} REST APIs are named '${title}' (${[...ids].sort().join(', ')}): delete all but one, or rename the document's info.title`);
      const api = (
        ids.length === 1 ? await call('PutRestApi', { restApiId: ids[0], mode: 'overwrite', body }) : await call('ImportRestApi', { body })
      ) as RestApiOut;
      const variables = Object.keys(start.variables).length ? { variables: start.variables } : {};
      await call('CreateDeployment', { restApiId: api.id, stageName: start.stage, ...variables });
      out.push({
        file,
        restApiId: api.id!,
        name: api.name ?? '',
        stage: start.stage,
        action: ids.length === 1 ? 'overwritten' : 'imported',
        warnings: api.warnings ?? [],
      });
    } catch (e) {
      // One line: ImportRestApi lists its errors on lines of their own ("Errors found during import:\n\t…").
      if (e instanceof ServiceError) throw fail(`${e.code}: ${e.message.replace(/\s*\n\s*/g, ' ')}`);
      throw e;
    }
  }
  return out;
}

/** The ids of the region's REST APIs named `name`, every page read. */
async function idsNamed(call: (op: string, input: Record<string, unknown>) => Promise<unknown>, name: string): Promise<string[]> {
  const ids: string[] = [];
  let position: string | undefined;
  do {
    const page = (await call('GetRestApis', position ? { limit: 500, position } : { limit: 500 })) as { items?: RestApiOut[]; position?: string };
    for (const api of page.items ?? []) if (api.name === name && api.id) ids.push(api.id);
    position = page.position;
  } while (position);
  return ids;
}
