/**
 * Mapping templates: Velocity (velocityjs) with API Gateway's variables — `$input`, `$util`,
 * `$context`, `$stageVariables` (DG:mapping-template-reference). Templates are parsed once per
 * deployment (compileTemplate) and rendered per request.
 */
import { JSONPath } from 'jsonpath-plus';
import velocity from 'velocityjs';

export interface TemplateInput {
  body: string;
  path: Record<string, string>;
  querystring: Record<string, string>;
  header: Record<string, string>;
}

export interface TemplateEnv {
  input: TemplateInput;
  context: Record<string, unknown>;
  stageVariables: Record<string, string>;
}

export class TemplateError extends Error {}

/** Templates are limited to 300 KB (DG:api-gateway-known-issues). */
export const MAX_TEMPLATE_BYTES = 300 * 1024;

function parseBody(body: string): unknown {
  if (body.trim() === '') return {};
  try { return JSON.parse(body); } catch { throw new TemplateError('Unable to parse the request body as JSON'); }
}

function jsonPath(body: string, path: string): unknown {
  const json = parseBody(body);
  if (path === '$' || path === '') return json;
  return JSONPath({ path, json: json as object, wrap: false });
}

/** `$util` (DG:mapping-template-reference, "$util variables"). */
export const util = {
  escapeJavaScript: (s: unknown): string => JSON.stringify(String(s)).slice(1, -1).replace(/'/g, "\\'"),
  parseJson: (s: unknown): unknown => JSON.parse(String(s)),
  toJson: (v: unknown): string => JSON.stringify(v),
  urlEncode: (s: unknown): string => encodeURIComponent(String(s)).replace(/%20/g, '+'),
  urlDecode: (s: unknown): string => decodeURIComponent(String(s).replace(/\+/g, ' ')),
  base64Encode: (s: unknown): string => Buffer.from(String(s)).toString('base64'),
  base64Decode: (s: unknown): string => Buffer.from(String(s), 'base64').toString('utf8'),
};

function inputVariable(input: TemplateInput): Record<string, unknown> {
  return {
    body: input.body,
    json: (path: string) => JSON.stringify(jsonPath(input.body, path) ?? null),
    path: (path: string) => jsonPath(input.body, path),
    params: (name?: string) => {
      if (name === undefined) return { path: input.path, querystring: input.querystring, header: input.header };
      return input.path[name] ?? input.querystring[name] ?? input.header[name] ?? findHeader(input.header, name) ?? '';
    },
  };
}

function findHeader(headers: Record<string, string>, name: string): string | undefined {
  const lower = name.toLowerCase();
  for (const [k, v] of Object.entries(headers)) if (k.toLowerCase() === lower) return v;
  return undefined;
}

export class CompiledTemplate {
  readonly #compiled: InstanceType<typeof velocity.Compile>;
  constructor(source: string) {
    if (Buffer.byteLength(source) > MAX_TEMPLATE_BYTES) throw new TemplateError('Mapping template exceeds 300 KB');
    try {
      this.#compiled = new velocity.Compile(velocity.parse(source), { escape: false });
    } catch (e) {
      throw new TemplateError(`Invalid mapping template: ${(e as Error).message}`);
    }
  }

  render(env: TemplateEnv): string {
    try {
      return this.#compiled.render({
        input: inputVariable(env.input),
        util,
        context: env.context,
        stageVariables: env.stageVariables,
      });
    } catch (e) {
      if (e instanceof TemplateError) throw e;
      throw new TemplateError(`Mapping template failed: ${(e as Error).message}`);
    }
  }
}

export function compileTemplate(source: string): CompiledTemplate {
  return new CompiledTemplate(source);
}
