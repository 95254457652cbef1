/**
 * A service the engine serves: its model (src/services/<id>/generated/model.ts) and its handler
 * table. The engine routes, binds, validates, runs the handler and serializes by the model it is
 * given; it knows no service. Serving a second service is adding a model and a handler table.
 */
import type { ServiceModel } from './model.js';
import { notImplemented, type RenderedError, renderError, type ServiceError } from './errors.js';
import { type HttpRequestParts, parseInput } from './parse.js';
import { asAwsJson, isAwsJsonRequest, jsonTarget, renderJsonError } from './aws-json.js';
import { parseQueryInput, queryAction, queryParams, renderQueryError, serializeQueryOutput } from './query.js';
import { OperationRouter, type RouteMatch } from './router.js';
import { type HttpResponseParts, serializeOutput } from './serialize.js';
import { type MemberPaths, validateInput } from './validate.js';

/** The generated `Operations` map of a service: operation name → its input and output types. */
export type OperationTypes<Ops> = Record<keyof Ops, { input: unknown; output: unknown }>;

/** A handler as the generated types describe it: the operation's input in, its output out. */
export type TypedHandler<Ops extends OperationTypes<Ops>, Op extends keyof Ops, Ctx> = (input: Ops[Op]['input'], ctx: Ctx) => Promise<Ops[Op]['output']>;

/** A handler table checked against a service's `Operations`: each entry typed by its name. */
export type TypedHandlerTable<Ops extends OperationTypes<Ops>, Ctx> = { [Op in keyof Ops]?: TypedHandler<Ops, Op, Ctx> };

/** A handler as the engine calls it, whatever the operation (the input was bound by the model). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
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
  /**
   * The largest request body the service takes and its refusal, when it is not the listener's own cap (Lambda
   * takes zips inline, about 67 MB in base64; API Gateway stays at the listener's 10 MB).
   */
  bodyLimit?: BodyLimit;
  /**
   * GET paths outside the model the service answers itself, unsigned (a capability URL such as GetFunction's
   * Code.Location, which AWS presigns): undefined when the path is not the service's.
   */
  download?: (path: string, ctx: Ctx) => Promise<HttpResponseParts | undefined>;
}

export interface BodyLimit {
  bytes: number;
  /** The error a larger body gets, for the operation its route named. */
  refuse(operation: string | undefined): ServiceError;
}

/**
 * The boot check: every operation of the model gets its handler or one answering
 * NotImplementedException naming it; a handler for an operation the model lacks stops the boot.
 */
export function completeHandlers<Ctx>(def: ServiceDefinition<Ctx>): Record<string, EngineHandler<Ctx>> {
  const orphans = Object.keys(def.handlers).filter((op) => !def.model.operations[op]);
  if (orphans.length) throw new Error(`${def.model.service}: handlers for operations the model lacks: ${orphans.join(', ')}`);
  const table: Record<string, EngineHandler<Ctx>> = {};
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
export class ServiceEngine<Ctx> {
  readonly model: ServiceModel;
  readonly #router: OperationRouter;
  readonly #handlers: Record<string, EngineHandler<Ctx>>;
  readonly #def: ServiceDefinition<Ctx>;

  constructor(def: ServiceDefinition<Ctx>) {
    this.model = def.model;
    this.#def = def;
    this.#handlers = completeHandlers(def);
    this.#router = new OperationRouter(def.model.operations);
  }

  /** `rawPath` still percent-encoded (see OperationRouter.match). */
  route(method: string, rawPath: string, query: URLSearchParams, contentType?: string): RouteMatch | undefined {
    // awsQuery: one endpoint; the operation is named in the form's Action, known once the body is read (invoke).
    // Only a request shaped as awsQuery is taken — `Action` in the URL, or a POSTed form (what every SDK sends,
    // smithy's aws-query-protocol.html) — so that any other request to `/` (a JSON body, no Action) stays
    // another service's, answered by its router (API Gateway's UnknownOperationException JSON; the fuzz test).
    if (this.model.protocol === 'awsQuery') {
      const form = method === 'POST' && /^application\/x-www-form-urlencoded\b/i.test(contentType ?? '');
      return rawPath === '/' && (method === 'POST' || method === 'GET') && (form || query.has('Action'))
        ? { operation: query.get('Action') ?? 'Action', labels: {}, staticQueryKeys: [] }
        : undefined;
    }
    // awsJson1_1: one endpoint too; the operation is in X-Amz-Target, read in invoke. Only its content type is taken.
    if (this.model.protocol === 'awsJson1_1') {
      return isAwsJsonRequest(method, rawPath, contentType) ? { operation: 'X-Amz-Target', labels: {}, staticQueryKeys: [] } : undefined;
    }
    return this.#router.match(method, rawPath, query);
  }

  /**
   * Bind and validate the input, run the handler, serialize its output. Throws ServiceError. For awsQuery the
   * operation is read from the form here and set on `match` (the listener logs it).
   */
  async invoke(match: RouteMatch, req: Omit<HttpRequestParts, 'labels' | 'staticQueryKeys'> & { requestId?: string }, ctx: Ctx): Promise<HttpResponseParts> {
    if (this.model.protocol === 'awsQuery') return this.#invokeQuery(match, req, ctx);
    if (this.model.protocol === 'awsJson1_1') match.operation = jsonTarget(this.model, req.headers);
    const { operation } = match;
    const input = parseInput(this.model, operation, { ...req, labels: match.labels, staticQueryKeys: match.staticQueryKeys });
    this.#def.precheck?.(operation, input);
    validateInput(this.model, operation, input, this.#def.memberPaths);
    const output = await this.#handlers[operation](input, ctx);
    const out = serializeOutput(this.model, operation, (output ?? undefined) as Record<string, unknown> | undefined);
    return this.model.protocol === 'awsJson1_1' ? asAwsJson(out) : out;
  }

  /**
   * The same operation called in-process with its input already typed (model member names, blobs as
   * Buffers): the service's precheck, the model's validation and the handler, as `invoke` runs them after
   * parsing, so every rule and error stays the one the listener answers. The output is the handler's, not
   * serialized. Used by the stack engine (src/stacks/), which provisions through the services.
   */
  async call(operation: string, input: Record<string, unknown>, ctx: Ctx): Promise<unknown> {
    if (!this.model.operations[operation]) throw new Error(`${this.model.service}: no operation ${operation}`);
    this.#def.precheck?.(operation, input);
    validateInput(this.model, operation, input, this.#def.memberPaths);
    return this.#handlers[operation](input, ctx);
  }

  async #invokeQuery(match: RouteMatch, req: { query: URLSearchParams; body: Buffer; requestId?: string }, ctx: Ctx): Promise<HttpResponseParts> {
    const params = queryParams(req.query, req.body);
    const operation = queryAction(this.model, params);
    match.operation = operation;
    const input = parseQueryInput(this.model, operation, params);
    this.#def.precheck?.(operation, input);
    validateInput(this.model, operation, input, this.#def.memberPaths);
    const output = await this.#handlers[operation](input, ctx);
    return serializeQueryOutput(this.model, operation, (output ?? undefined) as Record<string, unknown> | undefined, req.requestId ?? '');
  }

  /** An error by the service's protocol (JSON, or awsQuery's XML naming the request). */
  renderError(err: ServiceError, requestId = ''): RenderedError {
    if (this.model.protocol === 'awsJson1_1') return renderJsonError(err, this.model);
    return this.model.protocol === 'awsQuery' ? renderQueryError(err, this.model, requestId) : renderError(err, this.model);
  }
}
