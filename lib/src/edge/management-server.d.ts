/**
 * The management API over node:http, for every served service: read the body (capped), choose the
 * service, verify the signature for it, find the operation, bind and validate the input, run the
 * handler, serialize (src/protocol/service.ts, by the service's model). A signed request goes to the
 * service its SigV4 credential scope names (`…/us-east-1/lambda/aws4_request` → Lambda), as AWS's
 * endpoints are one per service; an unsigned one (local use without credentials), or one scoped to a
 * service not served here, to the first service whose routes know its method and path. Every response
 * carries `x-amzn-RequestId`; every failure is a ServiceError rendered by the chosen service's model,
 * and anything unexpected is logged and answered 500.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ServedService } from '../services/served-service.js';
import type { Config } from '../config/options.js';
import type { Logger } from '../shared/log.js';
import { type Store } from '../store/store.js';
export declare class BodyTooLarge extends Error {
}
export declare function readBody(req: IncomingMessage, limit: number): Promise<Buffer>;
export declare class ManagementServer {
    #private;
    constructor(services: readonly ServedService[], store: Store, config: Config, log: Logger);
    handle(req: IncomingMessage, res: ServerResponse): Promise<void>;
}
