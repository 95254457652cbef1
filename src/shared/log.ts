/** The root pino logger. Never log API key values, secrets or Authorization headers. */
import { Writable } from 'node:stream';
import { pino, type Logger } from 'pino';

const LEVELS: Record<number, string> = { 10: 'TRACE', 20: 'DEBUG', 30: 'INFO', 40: 'WARN', 50: 'ERROR', 60: 'FATAL' };

/** One pino JSON line as a person reads it: `HH:MM:SS.mmm LEVEL msg key=value …` (the JSON keys but time, level, msg, service). */
export function prettyLine(json: string): string {
  let rec: Record<string, unknown>;
  try {
    rec = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return json;
  }
  const { time, level, msg, service: _service, ...rest } = rec;
  const at = typeof time === 'number' ? new Date(time).toISOString().slice(11, 23) : '';
  const fields = Object.entries(rest).map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`);
  return [at, (LEVELS[level as number] ?? String(level)).padEnd(5), msg ?? '', ...fields].join(' ').trim();
}

/** `format` json (default): pino's JSON lines on stdout; pretty: prettyLine per record. */
export function createLogger(
  level = process.env.TOLLGATE_LOG_LEVEL ?? 'info',
  format: 'json' | 'pretty' = 'json',
  out: NodeJS.WritableStream = process.stdout,
): Logger {
  const options = {
    level,
    base: { service: 'tollgate' },
    redact: { paths: ['req.headers.authorization', 'value', '*.value', 'certificatePrivateKey'], censor: '[redacted]' },
  };
  if (format === 'json') return out === process.stdout ? pino(options) : pino(options, out);
  const pretty = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n')) if (line) out.write(`${prettyLine(line)}\n`);
      done();
    },
  });
  return pino(options, pretty);
}
export type { Logger };
