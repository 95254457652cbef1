import { notImplemented, renderError } from './errors.js';
import { parseInput } from './parse.js';
import { OperationRouter } from './router.js';
import { serializeOutput } from './serialize.js';
import { validateInput } from './validate.js';
/**
 * The boot check: every operation of the model gets its handler or one answering
 * NotImplementedException naming it; a handler for an operation the model lacks stops the boot.
 */
export function completeHandlers(def) {
    const orphans = Object.keys(def.handlers).filter((op) => !def.model.operations[op]);
    if (orphans.length)
        throw new Error(`${def.model.service}: handlers for operations the model lacks: ${orphans.join(', ')}`);
    const table = {};
    for (const op of Object.keys(def.model.operations)) {
        table[op] =
            def.handlers[op] ??
                (async () => {
                    throw notImplemented(op);
                });
    }
    return table;
}
/** One service, ready to serve: its router compiled and its handler table complete (checked at boot). */
export class ServiceEngine {
    model;
    #router;
    #handlers;
    #def;
    constructor(def) {
        this.model = def.model;
        this.#def = def;
        this.#handlers = completeHandlers(def);
        this.#router = new OperationRouter(def.model.operations);
    }
    /** `rawPath` still percent-encoded (see OperationRouter.match). */
    route(method, rawPath, query) {
        return this.#router.match(method, rawPath, query);
    }
    /** Bind and validate the input, run the handler, serialize its output. Throws ServiceError. */
    async invoke(match, req, ctx) {
        const { operation } = match;
        const input = parseInput(this.model, operation, { ...req, labels: match.labels, staticQueryKeys: match.staticQueryKeys });
        this.#def.precheck?.(operation, input);
        validateInput(this.model, operation, input, this.#def.memberPaths);
        const output = await this.#handlers[operation](input, ctx);
        return serializeOutput(this.model, operation, (output ?? undefined));
    }
    renderError(err) {
        return renderError(err, this.model);
    }
}
