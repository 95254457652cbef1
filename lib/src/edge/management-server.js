import { renderError, ServiceError } from '../protocol/errors.js';
import { requestId as newRequestId } from '../shared/ids.js';
import { StoreUnavailable } from '../store/store.js';
import { credentialScope, ManagementAuth } from '../auth/management.js';
export class BodyTooLarge extends Error {
}
export function readBody(req, limit) {
    return new Promise((resolve, reject) => {
        const declared = Number(req.headers['content-length'] ?? 0);
        if (declared > limit) {
            req.resume();
            reject(new BodyTooLarge());
            return;
        }
        const chunks = [];
        let size = 0;
        req.on('data', (c) => {
            size += c.length;
            if (size > limit) {
                req.removeAllListeners('data');
                req.resume();
                reject(new BodyTooLarge());
                return;
            }
            chunks.push(c);
        });
        req.on('end', () => resolve(Buffer.concat(chunks)));
        req.on('error', reject);
    });
}
export class ManagementServer {
    /** The services served, each checked at boot (every operation has a handler or answers NotImplemented). */
    #services;
    #store;
    #config;
    #log;
    /** Set when credentials are configured: every request must then be signed by one of them. */
    #auth;
    constructor(services, store, config, log) {
        if (!services.length)
            throw new Error('the management listener needs a service to serve');
        this.#services = services;
        this.#store = store;
        this.#config = config;
        this.#log = log;
        this.#auth = config.credentials?.size ? new ManagementAuth(config.credentials) : undefined;
    }
    async handle(req, res) {
        const started = process.hrtime.bigint();
        const requestId = newRequestId();
        let operation = 'Unknown';
        let status = 500;
        let service;
        try {
            const url = targetOf(req);
            const body = await this.#readBody(req);
            const scope = credentialScope(req);
            let match;
            [service, match] = this.#choose(scope?.service, req.method ?? 'GET', url);
            // SigV4 against the configured credentials, for the chosen service (src/auth/management.ts); before
            // routing fails, so that an unsigned caller learns nothing of the routes.
            this.#auth?.verify(req, body, (service ?? this.#services[0]).signingName);
            if (!match || !service)
                throw new ServiceError('UnknownOperationException', `No operation matches ${req.method} ${url.pathname}`);
            operation = match.operation;
            const ctx = {
                requestId,
                region: scope?.region ?? this.#config.region,
                accountId: this.#config.accountId,
                store: this.#store,
                log: this.#log,
            };
            const out = await service.invoke(match, { query: url.searchParams, headers: req.headers, body }, ctx);
            status = out.status;
            send(res, out.status, { ...out.headers, 'x-amzn-RequestId': requestId }, out.body);
        }
        catch (e) {
            const err = this.#asServiceError(e, requestId, operation);
            // By the model of the service that took the request (its error statuses); framework errors alone before.
            const r = service ? service.renderError(err) : renderError(err);
            status = r.status;
            send(res, r.status, { ...r.headers, 'x-amzn-RequestId': requestId }, r.body);
        }
        finally {
            const ms = Number(process.hrtime.bigint() - started) / 1e6;
            this.#log.info({ requestId, operation, status, ms: Math.round(ms * 100) / 100 }, 'request');
        }
    }
    /**
     * The service a request goes to: the one its credential scope names, with the operation its routes
     * find (if any); else the first whose routes know the method and path.
     */
    #choose(signingName, method, url) {
        const named = signingName === undefined ? undefined : this.#services.find((s) => s.signingName === signingName);
        if (named)
            return [named, named.route(method, url.pathname, url.searchParams)];
        for (const s of this.#services) {
            const match = s.route(method, url.pathname, url.searchParams);
            if (match)
                return [s, match];
        }
        return [undefined, undefined];
    }
    async #readBody(req) {
        try {
            return await readBody(req, this.#config.maxBodyBytes);
        }
        catch (e) {
            if (e instanceof BodyTooLarge) {
                throw new ServiceError('RequestEntityTooLargeException', `Request body exceeds the limit of ${this.#config.maxBodyBytes} bytes`);
            }
            throw e;
        }
    }
    #asServiceError(e, requestId, operation) {
        if (e instanceof ServiceError)
            return e;
        if (e instanceof StoreUnavailable) {
            // The database (PostgreSQL) cannot be reached: nothing was written, the call can be retried
            // (the SDKs retry 503s). AWS's text for its own outage is not recorded.
            this.#log.warn({ err: e, requestId, operation }, 'store unavailable');
            return new ServiceError('ServiceUnavailableException', 'Service Unavailable');
        }
        this.#log.error({ err: e, requestId, operation }, 'unexpected failure');
        return new ServiceError('InternalFailure', 'An internal error occurred. Please try again later.');
    }
}
/** The request target as a URL. Origin-form is read against a fixed origin: as a relative reference, `//x/y` would name the host x (and `//[` would throw). */
function targetOf(req) {
    const target = req.url ?? '/';
    try {
        return new URL(target.startsWith('/') ? `http://localhost${target}` : target);
    }
    catch {
        throw new ServiceError('UnknownOperationException', `No operation matches ${req.method} ${target}`);
    }
}
function send(res, status, headers, body) {
    if (res.headersSent) {
        res.end();
        return;
    }
    const buf = typeof body === 'string' ? Buffer.from(body) : body;
    res.writeHead(status, { ...headers, 'Content-Length': String(buf.length) });
    res.end(buf);
}
