/**
 * The HTTPS listener. Each connection's ClientHello is read first to learn the name the client
 * asked for (SNI); then the connection goes to that name's TLS server (tls-certificates.ts: a
 * node:tls server that never listens, holding the domain's certificate, version bounds and
 * client-certificate policy), and once the handshake is done, to an ordinary node:http server with
 * the same handler as the main listener.
 *
 * Why not `https.createServer({ SNICallback })`: Node fixes the protocol-version bounds and whether a
 * client certificate is requested from the server's own options before the SNI callback runs — a
 * context returned by the callback changes the certificate only. A domain's minimum TLS version
 * (securityPolicy) and its mutual TLS must both differ per name on one listener, and "a domain
 * without mutual TLS never asks for a client certificate", so the context is chosen before the
 * handshake starts.
 *
 * The listening server is the http.Server itself (its connection tracking, timeouts and close
 * behave as on the main listener); its connection handler is moved behind the ClientHello step.
 */
import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
import { Socket, type AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import type { Server as TlsServer, TLSSocket } from 'node:tls';
import type { Logger } from '../shared/log.js';
import { KEEP_ALIVE_IDLE_MS } from './listeners.js';
import { TLS_SESSIONS } from './custom-domains.js';
import type { CertificateBook, ServedContext } from './tls-certificates.js';

/** A client has this long to send its ClientHello (then tls-certificates.ts's handshake timeout runs). */
const HELLO_TIMEOUT_MS = 10_000;
/** A ClientHello is a few hundred bytes to a few KiB; anything this large is not one. */
const MAX_HELLO_BYTES = 64 * 1024;

export type ClientHello = { servername: string | undefined } | 'more' | 'not-tls';

/**
 * The server name of a TLS ClientHello (RFC 8446 §4.1.2, RFC 6066 §3), reassembled from the
 * handshake records it may span. `'more'`: not all of it has arrived; `'not-tls'`: this is not a
 * TLS handshake. A malformed extension block yields no name (OpenSSL then refuses the hello itself).
 */
export function parseClientHello(buf: Buffer): ClientHello {
  const parts: Buffer[] = [];
  let off = 0;
  for (;;) {
    if (buf.length < off + 5) return buf.length > off && buf[off] !== 0x16 ? 'not-tls' : 'more';
    if (buf[off] !== 0x16 || buf[off + 1] !== 0x03) return 'not-tls';
    const len = buf.readUInt16BE(off + 3);
    if (buf.length < off + 5 + len) return 'more';
    parts.push(buf.subarray(off + 5, off + 5 + len));
    off += 5 + len;
    const hs = parts.length === 1 ? parts[0] : Buffer.concat(parts);
    if (hs.length < 4) continue;
    if (hs[0] !== 0x01) return 'not-tls'; // the first handshake message must be a ClientHello
    const need = 4 + hs.readUIntBE(1, 3);
    if (hs.length >= need) return { servername: serverName(hs.subarray(4, need)) };
  }
}

function serverName(body: Buffer): string | undefined {
  let p = 2 + 32; // legacy_version, random
  if (p + 1 > body.length) return undefined;
  p += 1 + body[p]; // session id
  if (p + 2 > body.length) return undefined;
  p += 2 + body.readUInt16BE(p); // cipher suites
  if (p + 1 > body.length) return undefined;
  p += 1 + body[p]; // compression methods
  if (p + 2 > body.length) return undefined;
  const end = Math.min(body.length, p + 2 + body.readUInt16BE(p));
  p += 2;
  while (p + 4 <= end) {
    const type = body.readUInt16BE(p);
    const len = body.readUInt16BE(p + 2);
    p += 4;
    if (type === 0x0000) {
      // server_name_list: length(2), then entries of name_type(1) length(2) name.
      let q = p + 2;
      const listEnd = Math.min(p + len, end);
      while (q + 3 <= listEnd) {
        const nameType = body[q];
        const nameLen = body.readUInt16BE(q + 1);
        if (nameType === 0 && q + 3 + nameLen <= listEnd) return body.toString('latin1', q + 3, q + 3 + nameLen).toLowerCase();
        q += 3 + nameLen;
      }
      return undefined;
    }
    p += len;
  }
  return undefined;
}

export interface TlsListener {
  server: Server;
  url: string;
  /** Ends the connections still before or in their TLS handshake (on close: they carry no request). */
  closeHandshakes: () => void;
}

export interface TlsListenerOptions {
  host: string;
  port: number;
  certificates: CertificateBook;
  handler: RequestListener<typeof IncomingMessage, typeof ServerResponse>;
  /** The main listener's answer to requests Node's HTTP parser refuses. */
  onClientError: (err: NodeJS.ErrnoException, socket: Duplex) => void;
  log: Logger;
  /** The port was not asked for (the default): if it is taken, resolve undefined (logged) rather than fail. */
  optional?: boolean;
}

export async function startTlsListener(o: TlsListenerOptions): Promise<TlsListener | undefined> {
  const server = createServer({ keepAliveTimeout: KEEP_ALIVE_IDLE_MS }, o.handler);
  /** Raw connections whose handshake has not finished yet. */
  const handshaking = new Set<Socket>();
  const httpConnection = server.listeners('connection')[0] as (this: Server, socket: Duplex) => void;
  server.removeAllListeners('connection');
  const toTls = tlsServers(handshaking, (socket) => httpConnection.call(server, socket));
  server.on('connection', (raw: Socket) => accept(raw, handshaking, (servername) => o.certificates.forServername(servername).then(toTls), o.log));
  // HTTP parse failures get the main listener's JSON answer; anything else ends the connection.
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Duplex) => {
    if (err.code?.startsWith('HPE_')) o.onClientError(err, socket);
    else socket.destroy();
  });
  const url = await listen(server, o);
  if (url === undefined) return undefined;
  return {
    server,
    url,
    closeHandshakes: () => {
      for (const raw of handshaking) raw.destroy();
    },
  };
}

/**
 * A name's TLS server, wired once: its finished handshakes go to the HTTP server (`toHttp`). Failed ones
 * (a refused protocol version, a reset, a timeout) end quietly: Node destroys the socket.
 */
function tlsServers(handshaking: Set<Socket>, toHttp: (socket: TLSSocket) => void): (served: ServedContext) => TlsServer {
  const wired = new WeakSet<TlsServer>();
  return (served) => {
    if (!wired.has(served.server)) {
      wired.add(served.server);
      served.server.on('secureConnection', (socket: TLSSocket) => {
        const raw = rawOf(socket);
        if (raw) handshaking.delete(raw);
        TLS_SESSIONS.set(socket, { domainName: served.domainName, truststore: served.truststore });
        toHttp(socket);
      });
      // A failed handshake (timeout, reset, refused version) destroys the TLS socket but not the
      // connection under it, which was handed over already read from: without this it stays open.
      served.server.on('tlsClientError', (_err: Error, socket: TLSSocket) => {
        rawOf(socket)?.destroy();
      });
    }
    return served.server;
  };
}

/** A new connection: its ClientHello read (SNI), then handed, unread, to the TLS server for that name. */
function accept(raw: Socket, handshaking: Set<Socket>, tlsServerFor: (servername: string | undefined) => Promise<TlsServer>, log: Logger): void {
  // The listening http.Server accepts half-open connections (allowHalfOpen), but a client that
  // closes its side during the handshake is gone: without this its connection never ends.
  raw.allowHalfOpen = false;
  handshaking.add(raw);
  let buf: Buffer | undefined;
  const helloTimer = setTimeout(() => raw.destroy(), HELLO_TIMEOUT_MS);
  raw.on('error', () => raw.destroy());
  raw.on('close', () => {
    clearTimeout(helloTimer);
    handshaking.delete(raw);
  });
  const onData = (chunk: Buffer): void => {
    buf = buf ? Buffer.concat([buf, chunk]) : chunk;
    const hello = parseClientHello(buf);
    if (hello === 'more' && buf.length < MAX_HELLO_BYTES) return;
    raw.removeListener('data', onData);
    raw.pause();
    clearTimeout(helloTimer);
    if (hello === 'more' || hello === 'not-tls') {
      raw.destroy();
      return;
    }
    raw.unshift(buf);
    tlsServerFor(hello.servername).then(
      (tls) => {
        if (!raw.destroyed) tls.emit('connection', raw);
      },
      (e: unknown) => {
        log.error({ err: e, servername: hello.servername }, 'TLS context lookup failed');
        raw.destroy();
      },
    );
  };
  raw.on('data', onData);
}

/** Binds the listener; undefined when the default port is taken (logged). */
function listen(server: Server, o: TlsListenerOptions): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) => {
      if (o.optional && e.code === 'EADDRINUSE') {
        o.log.warn({ port: o.port }, 'default HTTPS port already in use: no HTTPS listener (choose one with --tls-port)');
        resolve(undefined);
      } else reject(e);
    });
    server.listen(o.port, o.host, () => {
      server.removeAllListeners('error');
      const a = server.address() as AddressInfo;
      const h = a.family === 'IPv6' ? `[${a.address}]` : a.address;
      resolve(`https://${h}:${a.port}`);
    });
  });
}

/**
 * The TCP connection under a TLS socket made from it. `_parent` is Node's own (not documented, set by
 * every TLSSocket that wraps a socket since Node 0.11); there is no public way back.
 */
function rawOf(socket: TLSSocket): Socket | undefined {
  const parent: unknown = Reflect.get(socket, '_parent');
  return parent instanceof Socket ? parent : undefined;
}
