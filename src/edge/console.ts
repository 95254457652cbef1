/**
 * The web console's page (README "Web console"), served from memory on the management listener under
 * `/_tollgate/console/`. The files are built with the package (`npm run build`: esbuild bundles
 * src/console/ into `dist/src/console/public/`, next to this module's compiled form); they are read once,
 * when the app starts, and never rebuilt at run time. The page holds no data: everything it shows it
 * reads through the management API the SDKs call, signed in the browser when credentials are configured,
 * so serving the page itself needs no signature (as AWS's console sign-in page needs none).
 *
 * Headers: a Content-Security-Policy that allows only this origin's own script, style and connections
 * (developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Content-Security-Policy), `nosniff`, no referrer,
 * no framing; `Cache-Control: no-cache` with a strong ETag (RFC 9111 §5.2.2.4: a cache may store it but
 * revalidates each time, answered 304 while the file is unchanged: an upgrade is seen on the next load).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import type { OperatorRoute } from './operator.js';

export const CONSOLE_PATH = '/_tollgate/console/';

/** What the page needs to know of this server, written into index.html's meta tags when it is loaded. */
export interface ConsoleSettings {
  /** The region the page signs for (its resources are the region's). */
  region: string;
  /** Credentials are configured: the page asks for an access key and signs every call. */
  signIn: boolean;
  /** The data plane answers on this same listener (no --admin-port): "Try it" can call invoke URLs directly. */
  dataPlaneHere: boolean;
}

interface Asset {
  type: string;
  body: Buffer;
  etag: string;
}

const FILES: Record<string, string> = {
  'index.html': 'text/html; charset=utf-8',
  'main.js': 'text/javascript; charset=utf-8',
  'style.css': 'text/css; charset=utf-8',
};

export const CONSOLE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The built files, by name; undefined when the console was not built (`tsc` alone, without `npm run build`). */
function loadAssets(dir: URL, settings: ConsoleSettings): Map<string, Asset> | undefined {
  const assets = new Map<string, Asset>();
  for (const [name, type] of Object.entries(FILES)) {
    let body: Buffer;
    try {
      body = readFileSync(fileURLToPath(new URL(name, dir)));
    } catch {
      return undefined;
    }
    if (name === 'index.html') body = Buffer.from(withSettings(body.toString('utf8'), settings));
    assets.set(name, { type, body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` });
  }
  return assets;
}

/** index.html's `{{region}}`, `{{signIn}}` and `{{dataPlaneHere}}` placeholders, filled in (escaped for an attribute). */
function withSettings(html: string, s: ConsoleSettings): string {
  const attr = (v: string): string => v.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);
  return html.replaceAll('{{region}}', attr(s.region)).replaceAll('{{signIn}}', String(s.signIn)).replaceAll('{{dataPlaneHere}}', String(s.dataPlaneHere));
}

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONSOLE_CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
};

function serve(asset: Asset, req: IncomingMessage, res: ServerResponse): void {
  const headers = { ...SECURITY_HEADERS, 'Content-Type': asset.type, 'Cache-Control': 'no-cache', ETag: asset.etag };
  if (req.headers['if-none-match'] === asset.etag) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  res.writeHead(200, { ...headers, 'Content-Length': String(asset.body.length) });
  res.end(req.method === 'HEAD' ? undefined : asset.body);
}

function notBuilt(req: IncomingMessage, res: ServerResponse): void {
  const text = 'The web console was not built: run `npm run build` (it bundles src/console/ with esbuild).\n';
  res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': String(Buffer.byteLength(text)), 'Cache-Control': 'no-store' });
  res.end(req.method === 'HEAD' ? undefined : text);
}

/**
 * The console's routes for the operator's table (edge/operator.ts: GET and HEAD, exact paths):
 * `/_tollgate/console` redirects to the folder, whose index is the page; its script and style beside it.
 */
export function consoleRoutes(settings: ConsoleSettings, dir = new URL('../console/public/', import.meta.url)): Record<string, OperatorRoute> {
  const assets = loadAssets(dir, settings);
  const route =
    (name: string): OperatorRoute =>
    (req, res) => {
      const asset = assets?.get(name);
      if (asset) serve(asset, req, res);
      else notBuilt(req, res);
    };
  return {
    '/_tollgate/console': (_req, res) => {
      res.writeHead(308, { Location: CONSOLE_PATH, 'Content-Length': '0' });
      res.end();
    },
    [CONSOLE_PATH]: route('index.html'),
    [`${CONSOLE_PATH}index.html`]: route('index.html'),
    [`${CONSOLE_PATH}main.js`]: route('main.js'),
    [`${CONSOLE_PATH}style.css`]: route('style.css'),
  };
}
