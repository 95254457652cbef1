/**
 * The main listener's routing: an invoke URL (edge/invoke-url.ts) goes to the pipeline, a custom domain
 * name's host through its base path mappings (edge/custom-domains.ts), Lambda's Invoke API for the local
 * functions to lambda/invoke-api.ts, and anything else to the management listener's handler when
 * management shares this listener (no --admin-port), else a 404.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DataPlane } from '../pipeline/pipeline.js';
import type { Logger } from '../shared/log.js';
import { CustomDomains } from './custom-domains.js';
import { type Handler } from './listeners.js';
/** Lambda's Invoke API on this listener (src/lambda/invoke-api.ts). */
export interface InvokeApi {
    matches(path: string): boolean;
    /** Whether the Invoke names a function served locally (--functions). */
    servesLocal(path: string): boolean;
    handle(req: IncomingMessage, res: ServerResponse, path: string, rawQuery: string): Promise<void>;
}
export interface MainRoutes {
    data: DataPlane;
    domains: CustomDomains;
    lambdaApi: InvokeApi;
    /** The management listener's handler, when management is served here too; undefined: a 404. */
    management: Handler | undefined;
    log: Logger;
}
export declare function mainHandler(r: MainRoutes): Handler;
