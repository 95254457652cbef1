import { hostname, isCandidate } from './custom-domains.js';
import { parseInvokeTarget } from './invoke-url.js';
import { lastResort } from './listeners.js';
import { serveInvoke } from './node-adapter.js';
export function mainHandler(r) {
    const handle = (req, res, notCustomDomain = false) => {
        const url = req.url ?? '/';
        const q = url.indexOf('?');
        const path = q < 0 ? url : url.slice(0, q);
        const rawQuery = q < 0 ? '' : url.slice(q + 1);
        const target = parseInvokeTarget(req.headers.host, path);
        if (target) {
            // Synchronous when the answer was ready (edge/node-adapter.ts): a failure may be thrown as well as rejected.
            try {
                serveInvoke(r.data, req, res, target, rawQuery)?.catch(lastResort(r.log, res));
            }
            catch (e) {
                lastResort(r.log, res)(e);
            }
            return;
        }
        // A custom domain name's host goes through its base path mappings; a host none maps falls through.
        if (!notCustomDomain && isCandidate(hostname(req.headers.host))) {
            r.domains
                .serve(req, res, path, rawQuery, r.data)
                .then((served) => {
                if (!served)
                    handle(req, res, true);
            })
                .catch(lastResort(r.log, res));
            return;
        }
        // An Invoke of a --functions function is the local Invoke API's; any other is Lambda's management API's.
        if (r.lambdaApi.matches(path) && r.lambdaApi.servesLocal(path)) {
            r.lambdaApi.handle(req, res, path, rawQuery).catch(lastResort(r.log, res));
            return;
        }
        if (r.management)
            r.management(req, res);
        else
            notFound(res);
    };
    return (req, res) => handle(req, res);
}
/** The main listener when management lives elsewhere: the data plane will answer here. */
function notFound(res) {
    res.writeHead(404, { 'Content-Type': 'application/json' });
    res.end('{"message":"Not Found"}');
}
