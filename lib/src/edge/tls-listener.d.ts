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
import { type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Logger } from '../shared/log.js';
import type { CertificateBook } from './tls-certificates.js';
export type ClientHello = {
    servername: string | undefined;
} | 'more' | 'not-tls';
/**
 * The server name of a TLS ClientHello (RFC 8446 §4.1.2, RFC 6066 §3), reassembled from the
 * handshake records it may span. `'more'`: not all of it has arrived; `'not-tls'`: this is not a
 * TLS handshake. A malformed extension block yields no name (OpenSSL then refuses the hello itself).
 */
export declare function parseClientHello(buf: Buffer): ClientHello;
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
export declare function startTlsListener(o: TlsListenerOptions): Promise<TlsListener | undefined>;
