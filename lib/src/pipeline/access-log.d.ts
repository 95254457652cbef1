import type { Logger } from '../shared/log.js';
import { type GatewayAnswer } from './invocation.js';
export declare function renderAccessLog(format: string, context: Record<string, unknown>): string;
export declare class AccessLogger {
    #private;
    private readonly destinations;
    private readonly log;
    private readonly stdout;
    constructor(destinations: Record<string, string>, log: Logger, stdout?: (line: string) => void);
    /** Called once per data-plane request, after the answer was written. */
    record(r: GatewayAnswer): void;
    close(): Promise<void>;
}
