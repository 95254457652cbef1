/**
 * The HTTP listeners' life: node:http servers created alike (keep-alive, the parser-failure answer),
 * bound, and closed together. Responses still being written on close are told `Connection: close`,
 * so keep-alive clients do not reuse a socket that is about to go away; requests that still arrive on
 * open keep-alive connections while closing get it too.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { randomUUID } from 'node:crypto';
import type { Logger } from '../shared/log.js';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * How long an idle keep-alive connection is kept. A server that closes an idle connection races a client
 * that sends on it at that moment: the request lands on a closed socket and the client reads ECONNRESET
 * (RFC 9112 §9.5; nodejs/node#20256, #47130). After an event loop stalled past the timeout, Node runs the
 * expired timer before it reads what arrived meanwhile, so even a request already sent is reset (nodejs/node#43456).
 * The AWS SDK's Node agent keeps idle sockets with no timeout of its own
 * (Node 20's Agent only shortens one it has), so it learns of the close only when its event loop reads the FIN;
 * a client busy for a while (encoding and signing a 70 MB CreateFunction: seconds on a loaded machine) could
 * send on a connection Node's default 5 s had just ended (code-size.test, issue 18). The usual cure is a server
 * idle timeout well above its clients': 65 s, above the 60 s idle timeout AWS gives load balancers
 * (https://docs.aws.amazon.com/elasticloadbalancing/latest/application/edit-load-balancer-attributes.html#connection-idle-timeout).
 * Closing the listeners still ends idle connections at once (Listeners.close).
 */
export const KEEP_ALIVE_IDLE_MS = 65_000;

export class Listeners {
  readonly #servers: Server[] = [];
  readonly #inFlight = new Set<ServerResponse>();
  #closing = false;
  /** Ends what is still before an HTTP request when closing (the HTTPS listener's handshakes). */
  #beforeClose: (() => void)[] = [];

  /** A request handler that closes keep-alive connections once closing has begun. */
  track(h: Handler): Handler {
    return (req, res) => {
      if (this.#closing) res.setHeader('Connection', 'close');
      this.#inFlight.add(res);
      res.on('close', () => this.#inFlight.delete(res));
      h(req, res);
    };
  }

  /** A node:http server for `handler`, closed with the others. */
  http(handler: Handler): Server {
    const server = createServer({ keepAliveTimeout: KEEP_ALIVE_IDLE_MS }, this.track(handler));
    server.on('clientError', answerClientError);
    return this.add(server);
  }

  /** A server made elsewhere (the HTTPS listener), closed with the others; `beforeClose` ends its handshakes. */
  add(server: Server, beforeClose?: () => void): Server {
    this.#servers.push(server);
    if (beforeClose) this.#beforeClose.push(beforeClose);
    return server;
  }

  /** Binds `server`; resolves its http://host:port. */
  listen(server: Server, host: string, port: number): Promise<string> {
    return new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => {
        server.off('error', reject);
        const a = server.address() as AddressInfo;
        const h = a.family === 'IPv6' ? `[${a.address}]` : a.address;
        resolve(`http://${h}:${a.port}`);
      });
    });
  }

  /** After a failed start: every connection dropped at once. */
  destroy(): void {
    for (const s of this.#servers) {
      s.close();
      s.closeAllConnections();
    }
  }

  /** Stop accepting, let in-flight requests finish; false when closing had begun already. */
  async close(): Promise<boolean> {
    if (this.#closing) return false;
    this.#closing = true;
    for (const res of this.#inFlight) if (!res.headersSent) res.setHeader('Connection', 'close');
    const closed = Promise.all(
      this.#servers.map(
        (s) =>
          new Promise<void>((resolve) => {
            s.close(() => resolve());
            s.closeIdleConnections();
          }),
      ),
    );
    for (const end of this.#beforeClose) end(); // connections still in their TLS handshake carry no request: they do not hold the close up
    await closed;
    return true;
  }
}

/**
 * The handlers answer every failure themselves; this is the last line, so that a bug can never take
 * the process down or leave a client hanging.
 */
export const lastResort =
  (log: Logger, res: ServerResponse) =>
  (e: unknown): void => {
    log.error({ err: e }, 'unhandled request failure');
    if (!res.headersSent) {
      res.writeHead(500, { 'Content-Type': 'application/json' });
      res.end('{"message":"Internal server error"}');
    } else res.destroy();
  };

/**
 * A request Node's HTTP parser refuses (a head over 16 KiB, a malformed request line) never reaches
 * the handlers: it still gets a JSON error with a request id, then the connection closes.
 */
export function answerClientError(err: NodeJS.ErrnoException, socket: Duplex): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const tooLarge = err.code === 'HPE_HEADER_OVERFLOW';
  const body = JSON.stringify({ message: tooLarge ? 'Request header fields too large' : 'Malformed HTTP request' });
  socket.end(
    `HTTP/1.1 ${tooLarge ? '431 Request Header Fields Too Large' : '400 Bad Request'}\r\n` +
      `Content-Type: application/json\r\nx-amzn-ErrorType: BadRequestException\r\nx-amzn-RequestId: ${randomUUID()}\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}
