/** The root pino logger. Never log API key values, secrets or Authorization headers. */
import { pino } from 'pino';
export function createLogger(level = process.env.TOLLGATE_LOG_LEVEL ?? 'info') {
    return pino({
        level,
        base: { service: 'tollgate' },
        redact: { paths: ['req.headers.authorization', 'value', '*.value', 'certificatePrivateKey'], censor: '[redacted]' },
    });
}
