/** Whether a listen address is loopback only (management off loopback needs credentials: src/auth/management.ts). */
import { isIP } from 'node:net';
export function isLoopback(host) {
    const h = host.replace(/^\[|\]$/g, '').toLowerCase();
    if (h === 'localhost' || h === '::1')
        return true;
    const v4 = h.replace(/^::ffff:/, '');
    return isIP(v4) === 4 && v4.startsWith('127.');
}
//# sourceMappingURL=loopback.js.map