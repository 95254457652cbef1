/**
 * The HTTP listeners' life: node:http servers created alike (keep-alive, the parser-failure answer),
 * bound, and closed together. Responses still being written on close are told `Connection: close`,
 * so keep-alive clients do not reuse a socket that is about to go away; requests that still arrive on
 * open keep-alive connections while closing get it too.
 */
import { type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Logger } from '../shared/log.js';
export type Handler = (req: IncomingMessage, res: ServerResponse) => void;
export declare class Listeners {
    #private;
    /** A request handler that closes keep-alive connections once closing has begun. */
    track(h: Handler): Handler;
    /** A node:http server for `handler`, closed with the others. */
    http(handler: Handler): Server;
    /** A server made elsewhere (the HTTPS listener), closed with the others; `beforeClose` ends its handshakes. */
    add(server: Server, beforeClose?: () => void): Server;
    /** Binds `server`; resolves its http://host:port. */
    listen(server: Server, host: string, port: number): Promise<string>;
    /** After a failed start: every connection dropped at once. */
    destroy(): void;
    /** Stop accepting, let in-flight requests finish; false when closing had begun already. */
    close(): Promise<boolean>;
}
/**
 * The handlers answer every failure themselves; this is the last line, so that a bug can never take
 * the process down or leave a client hanging.
 */
export declare const lastResort: (log: Logger, res: ServerResponse) => (e: unknown) => void;
/**
 * A request Node's HTTP parser refuses (a head over 16 KiB, a malformed request line) never reaches
 * the handlers: it still gets a JSON error with a request id, then the connection closes.
 */
export declare function answerClientError(err: NodeJS.ErrnoException, socket: Duplex): void;
