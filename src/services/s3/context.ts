/** What an S3 operation is handed: the request, already routed (bucket and key decoded), and the listener's context. */
import type { IncomingHttpHeaders } from 'node:http';
import type { HttpResponseParts } from '../../protocol/serialize.js';
import type { ManagementContext } from '../served-service.js';

export interface S3Request {
  bucket: string;
  key: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export type S3Handler = (req: S3Request, ctx: ManagementContext) => Promise<HttpResponseParts>;

export const S3_XMLNS = 'http://s3.amazonaws.com/doc/2006-03-01/';
export const xmlDoc = (body: string): string => `<?xml version="1.0" encoding="UTF-8"?>\n${body}`;
export const xmlAnswer = (body: string, headers: Record<string, string> = {}): HttpResponseParts => ({
  status: 200,
  headers: { 'Content-Type': 'application/xml', ...headers },
  body: xmlDoc(body),
});
