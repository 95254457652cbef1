/**
 * A real HTTP backend on 127.0.0.1:0 for integration tests: it echoes what it received (method,
 * path, query, headers, body) as JSON, and obeys a few control paths (/status/{code}, /slow/{ms}, /stall/{ms},
 * /die) so every backend behaviour can be produced on purpose.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received { method: string; url: string; headers: IncomingMessage['headers']; rawHeaders: string[]; body: string }

export interface Backend { url: string; received: Received[]; server: Server; close(): Promise<void> }

export async function startBackend(): Promise<Backend> {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const r: Received = { method: req.method!, url: req.url!, headers: req.headers, rawHeaders: req.rawHeaders, body };
      received.push(r);
      const path = req.url!.split('?')[0];
      let m = /^\/status\/(\d{3})/.exec(path);
      if (m) {
        res.writeHead(Number(m[1]), { 'Content-Type': 'application/json', 'X-Backend': 'yes' });
        res.end(JSON.stringify({ status: Number(m[1]) }));
        return;
      }
      m = /^\/slow\/(\d+)/.exec(path);
      if (m) {
        const t = setTimeout(() => { res.writeHead(200); res.end('late'); }, Number(m[1]));
        res.on('close', () => clearTimeout(t));
        return;
      }
      m = /^\/stall\/(\d+)/.exec(path);
      if (m) { // the status line and headers now, the body only after {ms}
        res.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Length': '4' });
        res.flushHeaders();
        const t = setTimeout(() => res.end('late'), Number(m[1]));
        res.on('close', () => clearTimeout(t));
        return;
      }
      if (path === '/die') { req.socket.destroy(); return; }
      const json = JSON.stringify(r);
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(json), 'X-Backend': 'yes', Server: 'test-backend' });
      res.end(json);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    server,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
