import type { StoreReader } from '../../store/store.js';
import type { ControlContext, Handlers } from './context.js';
import { type Tags } from './tags.js';
import { altFor, type ApiKey } from '../../domain/api-key.js';
import { apiKeyNotFound } from './collections.js';
export { altFor, apiKeyNotFound, type ApiKey };
export declare function getApiKey(reader: StoreReader, ctx: ControlContext, id: string): Promise<ApiKey>;
export interface CreateApiKeyInput {
    name?: string;
    description?: string;
    enabled?: boolean;
    generateDistinctId?: boolean;
    value?: string;
    stageKeys?: {
        restApiId?: string;
        stageName?: string;
    }[];
    customerId?: string;
    tags?: Tags;
}
/**
 * RFC 4180 records; a field may also be quoted with single quotes, as the developer guide allows
 * for UsagePlanIds ("enclosed with a pair of double or single quotes"). A doubled quote inside a
 * quoted field is one quote. Returns null for an unterminated quote.
 */
export declare function parseCsv(text: string): string[][] | null;
export declare const apiKeyHandlers: Handlers;
