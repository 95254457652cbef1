import { ServiceEngine } from '../protocol/service.js';
/** A ServiceDefinition served with `context` building its handlers' context from the listener's. */
export function servedService(definition, context) {
    const engine = new ServiceEngine(definition); // the boot check: throws for a handler the model lacks
    return {
        signingName: definition.model.service,
        route: (method, rawPath, query) => engine.route(method, rawPath, query),
        invoke: (match, req, base) => engine.invoke(match, req, context(base)),
        renderError: (err) => engine.renderError(err),
    };
}
