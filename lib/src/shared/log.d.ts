/** The root pino logger. Never log API key values, secrets or Authorization headers. */
import { type Logger } from 'pino';
export declare function createLogger(level?: string): Logger;
export type { Logger };
