/**
 * The upstream HTTP client for HTTP and HTTP_PROXY integrations: undici Agents, one per TLS profile,
 * built once and reused (keep-alive pools per origin). Backend failures map to gateway errors in one
 * function: timeouts → INTEGRATION_TIMEOUT (504 "Endpoint request timed out"); refused or reset
 * connections → INTEGRATION_FAILURE (504); DNS and TLS certificate failures → API_CONFIGURATION_ERROR
 * (500), as AWS logs them "Execution failed due to configuration error"
 * (repost.aws/knowledge-center/api-gateway-500-error-vpc).
 */
import { Agent, request } from 'undici';
import { GatewayError } from '../gateway-errors.js';

export interface EndpointRequest {
  method: string;
  url: string;
  headers: Record<string, string | string[]>;
  body: Buffer | undefined;
  timeoutMs: number;
  insecureSkipVerification?: boolean;
}

export interface EndpointResponse {
  status: number;
  /** Lower-cased name → values, as the backend sent them. */
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  latencyMs: number;
}

/** API Gateway buffers integration responses; a backend may not answer with more than this. */
export const MAX_RESPONSE_BYTES = 10 * 1024 * 1024;

export class HttpClient {
  readonly #agents = new Map<string, Agent>();

  #agent(insecure: boolean): Agent {
    const key = insecure ? 'insecure' : 'default';
    let a = this.#agents.get(key);
    if (!a) {
      a = new Agent({
        keepAliveTimeout: 4_000,
        connections: 128,
        pipelining: 1,
        connect: insecure ? { rejectUnauthorized: false } : {},
      });
      this.#agents.set(key, a);
    }
    return a;
  }

  async send(req: EndpointRequest): Promise<EndpointResponse> {
    const started = performance.now();
    try {
      const res = await request(req.url, {
        method: req.method as 'GET',
        headers: req.headers,
        body: req.body && req.body.length ? req.body : req.method === 'GET' || req.method === 'HEAD' ? undefined : req.body,
        dispatcher: this.#agent(!!req.insecureSkipVerification),
        headersTimeout: req.timeoutMs,
        bodyTimeout: req.timeoutMs,
      });
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of res.body) {
        size += (chunk as Buffer).length;
        if (size > MAX_RESPONSE_BYTES) {
          res.body.destroy();
          throw new GatewayError('INTEGRATION_FAILURE', { message: 'Internal server error', status: 502 });
        }
        chunks.push(chunk as Buffer);
      }
      return { status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks), latencyMs: performance.now() - started };
    } catch (e) {
      throw toGatewayError(e);
    }
  }

  async close(): Promise<void> {
    await Promise.all([...this.#agents.values()].map((a) => a.close()));
    this.#agents.clear();
  }
}

export function toGatewayError(e: unknown, signal?: AbortSignal): GatewayError {
  if (e instanceof GatewayError) return e;
  const code = (e as { code?: string }).code ?? (e as { cause?: { code?: string } }).cause?.code ?? '';
  const name = (e as { name?: string }).name ?? '';
  if (signal?.aborted || name === 'TimeoutError' || name === 'AbortError' || /TIMEOUT/.test(code)) {
    return new GatewayError('INTEGRATION_TIMEOUT', { cause: e });
  }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS|HOSTNAME/.test(code)) {
    return new GatewayError('API_CONFIGURATION_ERROR', { cause: e });
  }
  return new GatewayError('INTEGRATION_FAILURE', { cause: e });
}
