import type { StoreReader } from '../../../store/store.js';
import type { ControlContext, Handlers } from '../context.js';
import { type RestApi } from '../rest-apis.js';
import { type Stage } from '../stages.js';
/** Epoch seconds as AWS prints an API's creation date where a version is expected. */
export declare const isoSeconds: (epochSeconds: number) => string;
/** The export's `info.version` and file-name part: the API's version, else its creation date (F52). */
export declare const apiVersion: (api: Pick<RestApi, "version" | "createdDate">) => string;
export interface StageExport {
    api: RestApi;
    stage: Stage;
    body: Buffer;
    contentType: string;
    filename: string;
}
/** Everything GetExport answers: the document of the stage's deployment, its Content-Type and file name. */
export declare function exportStage(reader: StoreReader, ctx: ControlContext, apiId: string, stageName: string, exportType: string, opts?: {
    accepts?: string;
    parameters?: Record<string, string>;
}): Promise<StageExport>;
export declare const exportHandlers: Handlers;
