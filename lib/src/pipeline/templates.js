/**
 * Mapping templates compiled once per deployment (memoised on the compiled deployment, keyed by
 * source) and rendered per request. A template that does not compile or fails to render is an
 * API configuration error: 500 {"message": "Internal server error"}, logged.
 */
import { GatewayError } from './gateway-errors.js';
import { CompiledTemplate } from './mapping/vtl.js';
class FailingTemplate {
    error;
    constructor(error) {
        this.error = error;
    }
    render() {
        throw this.error;
    }
}
/** The deployment's compiled templates, by source (the snapshot's own strings, so lookups hash them once). */
function compiledTemplates(inv) {
    const memo = inv.served.deployment.memo;
    let m = memo.get('templates');
    if (!m) {
        m = new Map();
        memo.set('templates', m);
    }
    return m;
}
export function renderTemplate(inv, source, env) {
    const all = compiledTemplates(inv);
    let t = all.get(source);
    if (!t) {
        try {
            t = new CompiledTemplate(source);
        }
        catch (e) {
            t = new FailingTemplate(e);
        }
        all.set(source, t);
    }
    try {
        return t.render(env);
    }
    catch (e) {
        throw new GatewayError('API_CONFIGURATION_ERROR', { cause: e });
    }
}
