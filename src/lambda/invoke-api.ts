/**
 * The Lambda Invoke API for the local functions, on Tollgate's main listener, so that
 * `aws lambda invoke --endpoint-url http://127.0.0.1:4567 --function-name hello out.json` and
 * @aws-sdk/client-lambda work against it (docs.aws.amazon.com/lambda/latest/api/API_Invoke.html):
 *   POST /2015-03-31/functions/{FunctionName}/invocations[?Qualifier=q]
 *   X-Amz-Invocation-Type: RequestResponse (200) | Event (202) | DryRun (204)
 *   X-Amz-Log-Type: Tail → X-Amz-Log-Result (base64, last 4 KB)
 * A failed function is still 200, with `X-Amz-Function-Error: Unhandled` and the error payload.
 * Service errors are rest-json errors: `x-amzn-ErrorType` and `{"Type":"User","message":…}`
 * (404 ResourceNotFoundException "Function not found: {arn}", 400 InvalidRequestContentException,
 * 413 RequestTooLargeException). Only local functions are served here, never the remote invoker.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CredentialStore } from '../config/credentials.js';
import { signedRequestOf, verifySigV4 } from '../auth/sigv4.js';
import { randomUUID } from 'node:crypto';
import type { Logger } from '../shared/log.js';
import { readBounded } from '../shared/read-body.js';
import { functionNotFound, LambdaServiceError, type LambdaInvoker, type LocalRuntime } from './invoker.js';
import { MAX_REQUEST_BYTES } from '../runtime/limits.js';
import { functionArn, parseFunctionRef } from './names.js';

const PATH = /^\/2015-03-31\/functions\/([^/]+)\/invocations\/?$/;

export class LambdaInvokeApi {
  constructor(
    private readonly local: LocalRuntime | undefined,
    private readonly region: string,
    private readonly accountId: string,
    private readonly log: Logger,
    /** When access keys are configured, Invoke calls must be SigV4-signed (service `lambda`) by one. */
    private readonly credentials?: CredentialStore,
  ) {}

  /** Lambda's own 403s for unsigned or badly signed calls (same texts as the management API's). */
  #verify(req: IncomingMessage, body: Buffer): void {
    if (!this.credentials?.size) return;
    const r = verifySigV4(signedRequestOf(req.method ?? 'POST', req.url ?? '/', req.rawHeaders, body), {
      service: 'lambda',
      lookup: (id) => this.credentials!.get(id),
      now: Date.now(),
    });
    if (r.ok) return;
    const code =
      r.kind === 'missing'
        ? 'MissingAuthenticationTokenException'
        : r.kind === 'incomplete'
          ? 'IncompleteSignatureException'
          : r.kind === 'unknown-key'
            ? 'UnrecognizedClientException'
            : 'InvalidSignatureException';
    throw new LambdaServiceError(code, r.message, 403);
  }

  /** Whether this URL path is an Invoke call (any method: a wrong one is answered here too). */
  matches(path: string): boolean {
    return PATH.test(path);
  }

  /** Whether an Invoke path names one of the local (--functions) functions; the others are Lambda's management API's. */
  servesLocal(path: string): boolean {
    const m = PATH.exec(path);
    if (!m) return false;
    let name = m[1];
    try {
      name = decodeURIComponent(name);
    } catch {
      /* as sent */
    }
    const ref = parseFunctionRef(name);
    return ref !== undefined && this.local?.has(ref.name) === true;
  }

  async handle(req: IncomingMessage, res: ServerResponse, path: string, rawQuery: string): Promise<void> {
    const requestId = randomUUID();
    try {
      if (req.method !== 'POST') throw new LambdaServiceError('UnknownOperationException', `No operation matches ${req.method} ${path}`, 404);
      let name = PATH.exec(path)![1];
      try {
        name = decodeURIComponent(name);
      } catch {
        /* as sent */
      }
      const qualifier = new URLSearchParams(rawQuery).get('Qualifier') ?? undefined;
      const region = regionOf(req) ?? this.region;
      const body = await readBody(req, MAX_REQUEST_BYTES);
      this.#verify(req, body);
      const ref = parseFunctionRef(name);
      const functionName = qualifier && ref && !ref.qualifier ? `${name}:${qualifier}` : name;
      if (!ref || !this.local?.has(ref.name)) {
        const arn = ref ? functionArn(ref.region ?? region, ref.accountId ?? this.accountId, ref.name, ref.qualifier ?? qualifier) : name;
        throw functionNotFound(arn);
      }
      const type = String(req.headers['x-amz-invocation-type'] ?? 'RequestResponse');
      if (type !== 'RequestResponse' && type !== 'Event' && type !== 'DryRun') {
        // Not recorded: the text Lambda gives an unknown invocation type.
        throw new LambdaServiceError(
          'InvalidParameterValueException',
          `1 validation error detected: Value '${type}' at 'invocationType' failed to satisfy constraint: Member must satisfy enum value set: [Event, RequestResponse, DryRun]`,
          400,
        );
      }
      const result = await (this.local as LambdaInvoker).invoke({
        functionName,
        region,
        payload: body,
        invocationType: type,
        logType: req.headers['x-amz-log-type'] === 'Tail' ? 'Tail' : 'None',
        clientContext: typeof req.headers['x-amz-client-context'] === 'string' ? req.headers['x-amz-client-context'] : undefined,
      });
      const headers: Record<string, string> = {
        'Content-Type': 'application/json',
        'x-amzn-RequestId': result.requestId ?? requestId,
      };
      if (result.statusCode === 200) headers['X-Amz-Executed-Version'] = result.executedVersion ?? '$LATEST';
      if (result.functionError) headers['X-Amz-Function-Error'] = result.functionError;
      if (result.logResult) headers['X-Amz-Log-Result'] = result.logResult;
      headers['Content-Length'] = String(result.payload.length);
      res.writeHead(result.statusCode, headers);
      res.end(result.payload);
    } catch (e) {
      const err = e instanceof LambdaServiceError ? e : new LambdaServiceError('ServiceException', 'An internal error occurred', 500);
      if (!(e instanceof LambdaServiceError)) this.log.error({ err: e, requestId }, 'lambda invoke failed');
      const body = JSON.stringify({ Type: err.status >= 500 ? 'Service' : 'User', message: err.message });
      if (res.headersSent) {
        res.destroy();
        return;
      }
      res.writeHead(err.status || 500, {
        'Content-Type': 'application/json',
        'x-amzn-ErrorType': err.code,
        'x-amzn-RequestId': requestId,
        'Content-Length': String(Buffer.byteLength(body)),
      });
      res.end(body);
    }
  }
}

function regionOf(req: IncomingMessage): string | undefined {
  const m = /Credential=[^/,\s]+\/\d{8}\/([a-z0-9-]+)\/lambda\/aws4_request/.exec(req.headers.authorization ?? '');
  return m?.[1];
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return readBounded(
    req,
    limit,
    () => new LambdaServiceError('RequestTooLargeException', `Request must be smaller than ${limit} bytes for the InvokeFunction operation`, 413),
  );
}
