/**
 * A service the engine serves: its model (src/services/<id>/generated/model.ts) and its handler
 * table. The engine routes, binds, validates, runs the handler and serializes by the model it is
 * given; it knows no service. Serving a second service is adding a model and a handler table.
 */
import type { ServiceModel } from './model.js';
import { type RenderedError, type ServiceError } from './errors.js';
import { type HttpRequestParts } from './parse.js';
import { type RouteMatch } from './router.js';
import { type HttpResponseParts } from './serialize.js';
import { type MemberPaths } from './validate.js';
/** The generated `Operations` map of a service: operation name → its input and output types. */
export type OperationTypes<Ops> = Record<keyof Ops, {
    input: unknown;
    output: unknown;
}>;
/** A handler as the generated types describe it: the operation's input in, its output out. */
export type TypedHandler<Ops extends OperationTypes<Ops>, Op extends keyof Ops, Ctx> = (input: Ops[Op]['input'], ctx: Ctx) => Promise<Ops[Op]['output']>;
/** A handler table checked against a service's `Operations`: each entry typed by its name. */
export type TypedHandlerTable<Ops extends OperationTypes<Ops>, Ctx> = {
    [Op in keyof Ops]?: TypedHandler<Ops, Op, Ctx>;
};
/** A handler as the engine calls it, whatever the operation (the input was bound by the model). */
export type EngineHandler<Ctx> = (input: any, ctx: Ctx) => Promise<unknown>;
export interface ServiceDefinition<Ctx> {
    model: ServiceModel;
    /** The operations implemented; every other operation of the model answers NotImplementedException. */
    handlers: Readonly<Record<string, EngineHandler<Ctx> | undefined>>;
    /** How validation messages name members (validate.ts); `input` unless given. */
    memberPaths?: MemberPaths;
    /**
     * The service's own checks, run before the model's (a service that answers some constraint with its own
     * error and text, as Lambda answers an unknown Runtime with InvalidParameterValueException).
     */
    precheck?: (operation: string, input: Record<string, unknown>) => void;
}
/**
 * The boot check: every operation of the model gets its handler or one answering
 * NotImplementedException naming it; a handler for an operation the model lacks stops the boot.
 */
export declare function completeHandlers<Ctx>(def: ServiceDefinition<Ctx>): Record<string, EngineHandler<Ctx>>;
/** One service, ready to serve: its router compiled and its handler table complete (checked at boot). */
export declare class ServiceEngine<Ctx> {
    #private;
    readonly model: ServiceModel;
    constructor(def: ServiceDefinition<Ctx>);
    /** `rawPath` still percent-encoded (see OperationRouter.match). */
    route(method: string, rawPath: string, query: URLSearchParams): RouteMatch | undefined;
    /** Bind and validate the input, run the handler, serialize its output. Throws ServiceError. */
    invoke(match: RouteMatch, req: Omit<HttpRequestParts, 'labels' | 'staticQueryKeys'>, ctx: Ctx): Promise<HttpResponseParts>;
    renderError(err: ServiceError): RenderedError;
}
