/**
 * A request's body, bounded: one reader for the data plane (AWS's 10 MB payload), the management
 * listener (each service's limit) and Lambda's Invoke API (6 MB), which each had a copy of it.
 */
import type { IncomingMessage } from 'node:http';

/**
 * Past this many bytes an oversized body is no longer drained before the refusal: the connection is reset.
 * Sized for Lambda's largest refusal (a zip just over 50 MB is ~70 MB of base64) with room to spare.
 */
export const DRAIN_CAP = 128 * 1024 * 1024;

/**
 * The body, or `tooLarge()`'s error once it exceeds `limit` bytes (declared or sent). The refusal comes
 * once the client has finished sending: answering (and closing) while it is still writing makes the
 * kernel reset the connection, and the client sees ECONNRESET instead of the 413 (RFC 9112 §9.6,
 * "Tear-down": a server should not close while the client may still be sending).
 */
export function readBounded(req: IncomingMessage, limit: number, tooLarge: () => Error): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    let refused = false;
    const refuse = (): void => {
      refused = true;
      req.removeAllListeners('data');
      let drained = 0;
      req.on('data', (c: Buffer) => {
        drained += c.length;
        if (drained > DRAIN_CAP) reject(tooLarge());
      });
      req.once('end', () => reject(tooLarge()));
      req.once('close', () => reject(tooLarge()));
      req.resume();
    };
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > DRAIN_CAP) return reject(tooLarge());
    if (declared > limit) return refuse();
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) return refuse();
      chunks.push(c);
    });
    req.on('end', () => (refused ? reject(tooLarge()) : resolve(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks))));
    req.on('error', reject);
  });
}
