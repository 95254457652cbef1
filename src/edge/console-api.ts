/**
 * The console's live-requests API on the management listener (issue 22; the contract both the page and
 * this back end follow is README "Web console: the live-requests API"):
 *   GET /_tollgate/console/api/requests?apiId=&stage=&status=&apiKeyId=&limit=   → {"requests": [Summary…]}, newest first
 *   GET /_tollgate/console/api/requests/stream?apiId=&stage=&status=&apiKeyId=&rate= → text/event-stream, a `request` event per answer
 *                                                                                   (at most `rate` a second), a `dropped` event a second for the rest
 *   GET /_tollgate/console/api/requests/{id}                                     → the Trace, or 404
 * Protected as the management API is (src/auth/management.ts): SigV4 for the `apigateway` service
 * against the configured credentials when there are any, open otherwise; failures are rendered as the
 * management API renders its framework errors (src/protocol/errors.ts).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ManagementAuth } from '../auth/management.js';
import type { CredentialStore } from '../config/credentials.js';
import { renderError, ServiceError } from '../protocol/errors.js';
import { requestId as newRequestId } from '../shared/ids.js';
import { DEFAULT_RATE, MAX_RATE, RING_SIZE, type LiveRequests, type RequestFilter } from './live-requests.js';

export const CONSOLE_REQUESTS_PATH = '/_tollgate/console/api/requests';
const DEFAULT_LIMIT = 100;
const NO_BODY = Buffer.alloc(0);

/** The handler: true when it took the request (a path under CONSOLE_REQUESTS_PATH), false to leave it to the next. */
export function consoleRequestsRoutes(live: LiveRequests, credentials: CredentialStore | undefined): (req: IncomingMessage, res: ServerResponse) => boolean {
  const auth = credentials?.size ? new ManagementAuth(credentials) : undefined;
  return (req, res) => {
    const url = req.url ?? '/';
    if (url !== CONSOLE_REQUESTS_PATH && !url.startsWith(`${CONSOLE_REQUESTS_PATH}/`) && !url.startsWith(`${CONSOLE_REQUESTS_PATH}?`)) return false;
    const requestId = newRequestId();
    try {
      // SigV4 as the management API verifies it; a GET's payload is empty.
      auth?.verify(req, NO_BODY, 'apigateway');
      serve(live, req, res, new URL(url, 'http://localhost'), requestId);
    } catch (e) {
      const err = e instanceof ServiceError ? e : new ServiceError('InternalFailure', 'An internal error occurred. Please try again later.');
      const r = renderError(err);
      if (!res.headersSent) {
        res.writeHead(r.status, { ...r.headers, 'x-amzn-RequestId': requestId, 'Content-Length': String(Buffer.byteLength(r.body)) });
        res.end(r.body);
      } else res.destroy();
    }
    return true;
  };
}

function serve(live: LiveRequests, req: IncomingMessage, res: ServerResponse, url: URL, requestId: string): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    throw new ServiceError('UnknownOperationException', `No operation matches ${req.method} ${url.pathname}`);
  }
  const rest = url.pathname.slice(CONSOLE_REQUESTS_PATH.length);
  if (rest === '' || rest === '/') {
    const limit = limitOf(url.searchParams.get('limit'));
    json(res, req, 200, { requests: live.list(filterOf(url.searchParams), limit) }, requestId);
    return;
  }
  if (rest === '/stream') {
    const filter = filterOf(url.searchParams);
    if (!live.open(res, filter, rateOf(url.searchParams.get('rate'))))
      throw new ServiceError('ServiceUnavailableException', 'Tollgate is shutting down', {}, 503);
    return;
  }
  const id = decodeURIComponent(rest.slice(1));
  const trace = id.includes('/') ? undefined : live.trace(id);
  if (!trace) throw new ServiceError('NotFoundException', `No trace for request id ${id}`, {}, 404);
  json(res, req, 200, trace, requestId);
}

/** The filters of a query; a status that is neither a number nor a class (`4xx`) is refused. */
export function filterOf(q: URLSearchParams): RequestFilter {
  const f: RequestFilter = {};
  const apiId = q.get('apiId');
  const stage = q.get('stage');
  const apiKeyId = q.get('apiKeyId');
  const status = q.get('status');
  if (apiId) f.apiId = apiId;
  if (stage) f.stage = stage;
  if (apiKeyId) f.apiKeyId = apiKeyId;
  if (status) {
    if (/^[1-5][0-9]{2}$/.test(status)) f.status = { exact: Number(status) };
    else if (/^[1-5]xx$/i.test(status)) f.status = { class: Number(status[0]) };
    else throw new ServiceError('BadRequestException', `Invalid status filter '${status}': give a status (403) or a class (4xx)`, {}, 400);
  }
  return f;
}

/** A stream's events a second: 1 to MAX_RATE, DEFAULT_RATE when not given. */
function rateOf(v: string | null): number {
  if (v === null || v === '') return DEFAULT_RATE;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > MAX_RATE)
    throw new ServiceError('BadRequestException', `Invalid rate '${v}': give a whole number of events a second from 1 to ${MAX_RATE}`, {}, 400);
  return n;
}

function limitOf(v: string | null): number {
  if (v === null || v === '') return DEFAULT_LIMIT;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new ServiceError('BadRequestException', `Invalid limit '${v}': give a whole number from 1 to ${RING_SIZE}`, {}, 400);
  return Math.min(n, RING_SIZE);
}

function json(res: ServerResponse, req: IncomingMessage, status: number, body: unknown, requestId: string): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json',
    'Content-Length': String(Buffer.byteLength(text)),
    'Cache-Control': 'no-store',
    'x-amzn-RequestId': requestId,
  });
  res.end(req.method === 'HEAD' ? undefined : text);
}
