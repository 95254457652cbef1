import type { Logger } from '../shared/log.js';
import type { Admission } from './admission.js';
import type { AccessLogger } from './access-log.js';
import type { StageCache } from './cache.js';
import type { LambdaInvoker } from '../lambda/invoker.js';
import { type Authorization } from './authorize.js';
import type { DeploymentRegistry } from './deployments.js';
import type { HttpClient } from './integrations/http-client.js';
import type { AwsServices } from './integrations/aws-service.js';
import type { ClientRequest, GatewayAnswer } from './invocation.js';
export type { GatewayAnswer } from './invocation.js';
export interface DataPlaneDeps {
    registry: DeploymentRegistry;
    http: HttpClient;
    log: Logger;
    admission: Admission;
    lambda?: LambdaInvoker;
    aws?: AwsServices;
    cache?: StageCache;
    accessLog?: AccessLogger;
    auth?: Authorization;
    /** Counts each answered request (src/metrics/api-gateway.ts, built by app.ts); none with --metrics off. */
    metrics?: {
        record(answer: GatewayAnswer): void;
    };
}
export declare class DataPlane {
    #private;
    constructor(deps: DataPlaneDeps);
    /**
     * One request, as a record (the edge reads it from node:http, edge/node-adapter.ts; TestInvokeMethod
     * builds its own), answered as a record. `body` is the request body while it is still arriving.
     * Each step answers synchronously when it can (a body-less request, a cached stage, an open method,
     * in-process counters, MOCK) and is waited for only when it returned a promise: an answer that is
     * ready comes back as it is, not as a promise, so the edge writes it in the same turn of the event
     * loop without a microtask hop (issue 17's measure, README "Performance").
     */
    respond(received: ClientRequest, body?: Promise<Buffer>): GatewayAnswer | Promise<GatewayAnswer>;
    /**
     * An answer node:http refused to write (a header value it rejects, edge/node-adapter.ts): it fails
     * as any step of the pipeline fails, with a 500 through the gateway responses.
     */
    unwritable(answer: GatewayAnswer, e: unknown): void;
    /** The metrics and access log line of an answered request (data/access-log.ts): called once it was written. */
    recordAccess(answer: GatewayAnswer): void;
}
