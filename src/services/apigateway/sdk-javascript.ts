/**
 * The JavaScript client GetSdk generates for a deployed stage: one dependency-free ES module
 * (`apigClient.js`, fetch-based, Node 18+ and browsers) in the `apiGateway-js-sdk/` folder AWS's
 * archives use. As in AWS's generated client (DG:how-to-generate-sdk-javascript), `newClient(config)`
 * returns an object with one function per method, named `{path segments in camelCase}{Verb}`
 * (`/pets/{petId}` GET → `petsPetIdGet`, `/` → `rootGet`), or after the method's operationName when it
 * has one, each called as `fn(params, body, additionalParams)`: `params` by name for the path, query
 * and header parameters the method declares, `additionalParams` {headers, queryParams} for anything
 * else. Unlike AWS's client (which targets execute-api on AWS), the invoke URL defaults to Tollgate's
 * `{endpoint}/_aws/execute-api/{apiId}/{stage}`; `invokeUrl` overrides it whole.
 */
import type { DeploymentSnapshot } from '../../domain/deployment.js';
import { HTTP_METHODS } from './methods.js';
import { pathVariables } from './openapi/export-operation.js';

export const SDK_FOLDER = 'apiGateway-js-sdk';

interface Operation {
  name: string;
  method: string;
  path: string;
  pathParams: string[];
  queryParams: string[];
  headerParams: string[];
  required: string[];
}

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const RESERVED = new Set(['invokeUrl', 'constructor', '__proto__', 'prototype', 'toString', 'hasOwnProperty']);

const words = (s: string): string[] => s.split(/[^A-Za-z0-9]+/).filter(Boolean);
const cap = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

/** AWS's naming: each path segment (braces dropped) capitalised, then the verb: `petsPetIdGet`, `rootGet`. */
function defaultName(path: string, verb: string): string {
  const parts = path
    .split('/')
    .filter(Boolean)
    .flatMap((seg) => words(seg.replace(/[{}+]/g, '')));
  const base = parts.length ? parts.map(cap).join('') : 'Root';
  const name = base.charAt(0).toLowerCase() + base.slice(1) + cap(verb.toLowerCase());
  return /^[0-9]/.test(name) ? `_${name}` : name;
}

function operationName(operationId: string | undefined, path: string, verb: string): string {
  if (operationId) {
    const w = words(operationId);
    const candidate = IDENT.test(operationId) ? operationId : w.length ? w[0] + w.slice(1).map(cap).join('') : '';
    if (candidate && IDENT.test(candidate)) return candidate;
  }
  return defaultName(path, verb);
}

export function sdkOperations(snap: DeploymentSnapshot): Operation[] {
  const ops: Operation[] = [];
  const taken = new Set<string>();
  for (const r of [...snap.resources].sort((a, b) => a.path.localeCompare(b.path))) {
    const verbs = Object.keys(r.resourceMethods ?? {}).sort((a, b) => HTTP_METHODS.indexOf(a) - HTTP_METHODS.indexOf(b));
    for (const verb of verbs) {
      const m = r.resourceMethods![verb];
      let name = operationName(m.operationName, r.path, verb);
      if (RESERVED.has(name)) name = `${name}_`;
      for (let i = 2; taken.has(name); i++) name = `${operationName(m.operationName, r.path, verb)}${i}`;
      taken.add(name);
      const op: Operation = {
        name,
        method: verb,
        path: r.path,
        pathParams: pathVariables(r.path),
        queryParams: [],
        headerParams: [],
        required: [],
      };
      op.required.push(...op.pathParams);
      for (const [key, required] of Object.entries(m.requestParameters ?? {})) {
        const p = /^method\.request\.(querystring|multivaluequerystring|header|multivalueheader)\.(.+)$/.exec(key);
        if (!p) continue;
        const list = p[1].endsWith('querystring') ? op.queryParams : op.headerParams;
        if (!list.includes(p[2])) list.push(p[2]);
        if (required && !op.required.includes(p[2])) op.required.push(p[2]);
      }
      ops.push(op);
    }
  }
  return ops;
}

export interface JavaScriptSdkInput {
  apiId: string;
  apiName: string;
  stageName: string;
  deploymentId: string;
  endpoint: string;
}

/**
 * The generated client's runtime, the same for every API: ApiError and newClient up to the API's
 * methods (javascriptClient writes those and the operations table around it).
 */
const CLIENT_RUNTIME = `export class ApiError extends Error {
  constructor(response) {
    super(\`\${response.status} \${response.statusText || 'error'}\`);
    this.name = 'ApiError';
    /** {status, statusText, headers, data, body} as a successful call resolves to. */
    this.response = response;
  }
}

function encodePath(value, greedy) {
  const s = String(value);
  return greedy ? s.split('/').map(encodeURIComponent).join('/') : encodeURIComponent(s);
}

/**
 * config: {endpoint, invokeUrl, apiKey, headers, defaultContentType, defaultAcceptType, fetch}.
 * Each method resolves to {status, statusText, headers, data, body} (data: the parsed JSON body, when
 * it is JSON) and rejects with an ApiError carrying the same for a status outside 2xx.
 */
export function newClient(config = {}) {
  const endpoint = String(config.endpoint ?? DEFAULT_ENDPOINT).replace(/\\/+$/, '');
  const invokeUrl = String(config.invokeUrl ?? \`\${endpoint}/_aws/execute-api/\${API_ID}/\${STAGE}\`).replace(/\\/+$/, '');
  const fetchImpl = config.fetch ?? globalThis.fetch;
  if (typeof fetchImpl !== 'function') throw new Error('No fetch available: pass config.fetch');
  const defaultContentType = config.defaultContentType ?? 'application/json';
  const defaultAcceptType = config.defaultAcceptType ?? 'application/json';

  async function call(op, params = {}, body = undefined, additionalParams = {}) {
    params = params ?? {};
    additionalParams = additionalParams ?? {};
    for (const name of op.required) {
      if (params[name] === undefined || params[name] === null) throw new Error(\`Missing required parameter: \${name}\`);
    }
    const path = op.path.replace(/\\{([^}+]+)(\\+?)\\}/g, (_, name, plus) => encodePath(params[name] ?? '', plus === '+'));
    const query = new URLSearchParams();
    for (const name of op.queryParams) {
      const v = params[name];
      if (v === undefined || v === null) continue;
      for (const item of Array.isArray(v) ? v : [v]) query.append(name, String(item));
    }
    for (const [k, v] of Object.entries(additionalParams.queryParams ?? {})) {
      for (const item of Array.isArray(v) ? v : [v]) query.append(k, String(item));
    }
    const headers = { accept: defaultAcceptType, ...(config.headers ?? {}) };
    if (config.apiKey) headers['x-api-key'] = config.apiKey;
    for (const name of op.headerParams) if (params[name] !== undefined && params[name] !== null) headers[name] = String(params[name]);
    Object.assign(headers, additionalParams.headers ?? {});
    let payload;
    if (body !== undefined && body !== null) {
      const raw = typeof body === 'string' || body instanceof Uint8Array || body instanceof ArrayBuffer;
      payload = raw ? body : JSON.stringify(body);
      if (!Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) headers['content-type'] = defaultContentType;
    }
    const qs = query.toString();
    const res = await fetchImpl(\`\${invokeUrl}\${path}\${qs ? \`?\${qs}\` : ''}\`, { method: op.method === 'ANY' ? String(additionalParams.method ?? 'GET').toUpperCase() : op.method, headers, body: payload });
    const text = await res.text();
    let data;
    if ((res.headers.get('content-type') ?? '').toLowerCase().includes('json')) {
      try { data = JSON.parse(text); } catch { data = undefined; }
    }
    const response = { status: res.status, statusText: res.statusText, headers: Object.fromEntries(res.headers), data, body: text };
    if (res.status < 200 || res.status > 299) throw new ApiError(response);
    return response;
  }
`;

export function javascriptClient(snap: DeploymentSnapshot, input: JavaScriptSdkInput): string {
  const ops = sdkOperations(snap);
  const q = (s: string): string => JSON.stringify(s);
  const table = ops
    .map(
      (o) =>
        `  ${q(o.name)}: ${JSON.stringify({ method: o.method, path: o.path, pathParams: o.pathParams, queryParams: o.queryParams, headerParams: o.headerParams, required: o.required })},`,
    )
    .join('\n');
  const methods = ops
    .map(
      (o) =>
        `    /** ${o.method} ${o.path.replace(/\*\//g, '*\\/')} */\n    ${o.name}(params, body, additionalParams) { return call(OPERATIONS[${q(o.name)}], params, body, additionalParams); },`,
    )
    .join('\n');
  return `// Generated by Tollgate (GetSdk) for the REST API ${q(input.apiName)} (${input.apiId}),
// stage ${q(input.stageName)}, deployment ${input.deploymentId}. No dependencies: needs a global fetch
// (Node 18+, browsers) or config.fetch.

export const API_ID = ${q(input.apiId)};
export const STAGE = ${q(input.stageName)};
/** Where newClient sends requests when given neither endpoint nor invokeUrl. */
export const DEFAULT_ENDPOINT = ${q(input.endpoint)};

/** Every method of the deployed API: its verb, resource path and declared parameters. */
export const OPERATIONS = {
${table}
};

${CLIENT_RUNTIME}
  return {
    invokeUrl,
${methods}
  };
}

export default { newClient };
`;
}

export function javascriptReadme(input: JavaScriptSdkInput, snap: DeploymentSnapshot): string {
  const ops = sdkOperations(snap);
  return `# JavaScript client for ${input.apiName}

Generated by Tollgate's GetSdk for API \`${input.apiId}\`, stage \`${input.stageName}\`
(deployment \`${input.deploymentId}\`). One ES module, no dependencies; it needs \`fetch\` (Node 18+,
browsers) or \`config.fetch\`.

\`\`\`js
import { newClient } from './apigClient.js';

const client = newClient({ endpoint: '${input.endpoint}' });
// or newClient({ invokeUrl: 'https://…/stage' }), plus apiKey, headers, defaultContentType, defaultAcceptType
const res = await client.${ops[0]?.name ?? 'rootGet'}({ /* path, query and header parameters */ }, /* body */ undefined);
console.log(res.status, res.data);
\`\`\`

Each method takes \`(params, body, additionalParams)\` and resolves to \`{status, statusText, headers, data, body}\`;
a status outside 2xx rejects with an \`ApiError\` whose \`response\` has the same fields. For ANY methods,
\`additionalParams.method\` picks the verb (GET by default).

${ops.map((o) => `- \`${o.name}\`: ${o.method} ${o.path}`).join('\n')}
`;
}
