/**
 * Access logs (DG:set-up-logging, "access logging"; variables in DG:api-gateway-mapping-template-reference,
 * "$context Variables for access logging"): a stage with `accessLogSettings.format` gets one line per
 * request, the format with every `$context.x` (or `${context.x}`) replaced by its value; a value that
 * is missing or empty is written `-`, as AWS writes it. Lines go to the file mapped to the stage's
 * destinationArn (`--access-log ARN=PATH`, repeatable), else to stdout.
 *
 * Variables beyond the template ones: status, responseLength, responseLatency (ms),
 * integrationLatency / integration.latency, integrationStatus / integration.integrationStatus /
 * integration.status, integration.error / integrationErrorMessage, integration.requestId,
 * error.message / messageString / responseType, xrayTraceId, isCanaryRequest.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import type { Logger } from '../shared/log.js';
import { clfTime, contextOf, header, valueAt, type GatewayAnswer } from './invocation.js';
import { invocationTraceId, traceId } from './method-response.js';

const VARIABLE = /\$(?:\{context((?:\.[A-Za-z0-9_-]+)+)\}|context((?:\.[A-Za-z0-9_-]+)+))/g;

export function renderAccessLog(format: string, context: Record<string, unknown>): string {
  return format.replace(VARIABLE, (_m, a?: string, b?: string) => {
    const v = valueAt(context, (a ?? b)!.slice(1));
    if (v === undefined || v === null || v === '') return '-';
    return typeof v === 'object' ? JSON.stringify(v) : String(v);
  });
}

export class AccessLogger {
  readonly #files = new Map<string, WriteStream>();
  constructor(
    private readonly destinations: Record<string, string>,
    private readonly log: Logger,
    private readonly stdout: (line: string) => void = (line) => {
      process.stdout.write(line);
    },
  ) {}

  /** Called once per data-plane request, after the answer was written. */
  record(r: GatewayAnswer): void {
    const settings = r.served?.stage.accessLogSettings;
    if (!settings?.format) return;
    try {
      const line = renderAccessLog(settings.format, this.#context(r)).replace(/\n/g, ' ');
      this.#write(settings.destinationArn, `${line}\n`);
    } catch (e) {
      this.log.warn({ err: e, requestId: r.requestId }, 'access log line failed');
    }
  }

  #context(r: GatewayAnswer): Record<string, unknown> {
    const started = r.request.startedAt;
    const base: Record<string, unknown> = r.inv
      ? { ...contextOf(r.inv) }
      : {
          accountId: r.served?.accountId,
          apiId: r.request.target.apiId,
          deploymentId: r.served?.deployment.id,
          extendedRequestId: r.extendedRequestId,
          httpMethod: r.request.method,
          identity: { sourceIp: r.request.sourceIp, userAgent: header(r.request, 'user-agent') },
          path: `/${r.request.target.stage ?? ''}${r.request.target.path}`,
          protocol: `HTTP/${r.request.httpVersion ?? '1.1'}`,
          requestId: r.requestId,
          requestTime: clfTime(started),
          requestTimeEpoch: started,
          stage: r.request.target.stage,
        };
    const err = r.error;
    const integration = r.inv?.integration;
    const declared = r.headers['Content-Length'];
    return {
      ...base,
      status: r.status,
      responseLength: declared === undefined ? undefined : Number(declared),
      responseLatency: Date.now() - started,
      integrationLatency: integration?.latencyMs === undefined ? undefined : Math.round(integration.latencyMs),
      integrationStatus: integration?.status,
      integrationErrorMessage: integration?.error,
      integration: {
        error: integration?.error,
        integrationStatus: integration?.status,
        latency: integration?.latencyMs === undefined ? undefined : Math.round(integration.latencyMs),
        requestId: integration?.requestId,
        status: integration?.status,
      },
      error: err
        ? {
            message: err.gatewayMessage,
            messageString: JSON.stringify(err.gatewayMessage),
            responseType: err.type,
            validationErrorString: err.validationErrorString,
          }
        : {},
      // The request's own trace (a client's X-Amzn-Trace-Id Root included), its Root part.
      xrayTraceId: r.inv ? invocationTraceId(r.inv).split(';')[0] : traceId(started, r.requestId),
    };
  }

  #write(destinationArn: string | undefined, line: string): void {
    const path = destinationArn ? (this.destinations[destinationArn] ?? this.destinations[destinationArn.replace(/:\*$/, '')]) : undefined;
    if (!path) {
      this.stdout(line);
      return;
    }
    let s = this.#files.get(path);
    if (!s) {
      s = createWriteStream(path, { flags: 'a' });
      s.on('error', (e) => this.log.error({ err: e, path }, 'access log file failed'));
      this.#files.set(path, s);
    }
    s.write(line);
  }

  /**
   * SIGHUP (src/main.ts): every file is closed once what was written to it is flushed, and opened again by
   * its path at its next line, so that a rotator that renamed it (logrotate's default `create` mode,
   * https://man7.org/linux/man-pages/man8/logrotate.8.html) sees the old file complete and new lines in a new one.
   */
  async reopen(): Promise<void> {
    const open = [...this.#files.values()];
    this.#files.clear();
    await Promise.all(open.map((s) => new Promise<void>((resolve) => s.end(() => resolve()))));
  }

  async close(): Promise<void> {
    await this.reopen();
  }
}
