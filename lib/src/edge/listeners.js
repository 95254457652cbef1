/**
 * The HTTP listeners' life: node:http servers created alike (keep-alive, the parser-failure answer),
 * bound, and closed together. Responses still being written on close are told `Connection: close`,
 * so keep-alive clients do not reuse a socket that is about to go away; requests that still arrive on
 * open keep-alive connections while closing get it too.
 */
import { createServer } from 'node:http';
import { randomUUID } from 'node:crypto';
export class Listeners {
    #servers = [];
    #inFlight = new Set();
    #closing = false;
    /** Ends what is still before an HTTP request when closing (the HTTPS listener's handshakes). */
    #beforeClose = [];
    /** A request handler that closes keep-alive connections once closing has begun. */
    track(h) {
        return (req, res) => {
            if (this.#closing)
                res.setHeader('Connection', 'close');
            this.#inFlight.add(res);
            res.on('close', () => this.#inFlight.delete(res));
            h(req, res);
        };
    }
    /** A node:http server for `handler`, closed with the others. */
    http(handler) {
        const server = createServer({ keepAliveTimeout: 5000 }, this.track(handler));
        server.on('clientError', answerClientError);
        return this.add(server);
    }
    /** A server made elsewhere (the HTTPS listener), closed with the others; `beforeClose` ends its handshakes. */
    add(server, beforeClose) {
        this.#servers.push(server);
        if (beforeClose)
            this.#beforeClose.push(beforeClose);
        return server;
    }
    /** Binds `server`; resolves its http://host:port. */
    listen(server, host, port) {
        return new Promise((resolve, reject) => {
            server.once('error', reject);
            server.listen(port, host, () => {
                server.off('error', reject);
                const a = server.address();
                const h = a.family === 'IPv6' ? `[${a.address}]` : a.address;
                resolve(`http://${h}:${a.port}`);
            });
        });
    }
    /** After a failed start: every connection dropped at once. */
    destroy() {
        for (const s of this.#servers) {
            s.close();
            s.closeAllConnections();
        }
    }
    /** Stop accepting, let in-flight requests finish; false when closing had begun already. */
    async close() {
        if (this.#closing)
            return false;
        this.#closing = true;
        for (const res of this.#inFlight)
            if (!res.headersSent)
                res.setHeader('Connection', 'close');
        const closed = Promise.all(this.#servers.map((s) => new Promise((resolve) => {
            s.close(() => resolve());
            s.closeIdleConnections();
        })));
        for (const end of this.#beforeClose)
            end(); // connections still in their TLS handshake carry no request: they do not hold the close up
        await closed;
        return true;
    }
}
/**
 * The handlers answer every failure themselves; this is the last line, so that a bug can never take
 * the process down or leave a client hanging.
 */
export const lastResort = (log, res) => (e) => {
    log.error({ err: e }, 'unhandled request failure');
    if (!res.headersSent) {
        res.writeHead(500, { 'Content-Type': 'application/json' });
        res.end('{"message":"Internal server error"}');
    }
    else
        res.destroy();
};
/**
 * A request Node's HTTP parser refuses (a head over 16 KiB, a malformed request line) never reaches
 * the handlers: it still gets a JSON error with a request id, then the connection closes.
 */
export function answerClientError(err, socket) {
    if (!socket.writable) {
        socket.destroy();
        return;
    }
    const tooLarge = err.code === 'HPE_HEADER_OVERFLOW';
    const body = JSON.stringify({ message: tooLarge ? 'Request header fields too large' : 'Malformed HTTP request' });
    socket.end(`HTTP/1.1 ${tooLarge ? '431 Request Header Fields Too Large' : '400 Bad Request'}\r\n` +
        `Content-Type: application/json\r\nx-amzn-ErrorType: BadRequestException\r\nx-amzn-RequestId: ${randomUUID()}\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
}
