/** Identifier formats as AWS shows them (aws-behavior.md "Identifier formats"). */
import { randomBytes, randomUUID } from 'node:crypto';
const LOWER = 'abcdefghijklmnopqrstuvwxyz0123456789';
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
function pick(alphabet, n) {
    // Rejection sampling keeps every character equally likely.
    const limit = 256 - (256 % alphabet.length);
    let out = '';
    while (out.length < n) {
        for (const b of randomBytes(n * 2)) {
            if (b < limit)
                out += alphabet[b % alphabet.length];
            if (out.length === n)
                break;
        }
    }
    return out;
}
/** 10 chars `[a-z0-9]`: REST APIs, root resources, API keys. */
export const longId = () => pick(LOWER, 10);
/** 6 chars `[a-z0-9]`: resources, deployments, usage plans, models, authorizers, certificates … */
export const shortId = () => pick(LOWER, 6);
/** A generated API key value: 40 alphanumerics. */
export const apiKeyValue = () => pick(ALNUM, 40);
export const requestId = () => randomUUID();
/** Epoch seconds, the wire format of every timestamp. */
export const nowSeconds = () => Math.floor(Date.now() / 1000);
