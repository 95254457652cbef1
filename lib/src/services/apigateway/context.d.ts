/**
 * What every API Gateway handler receives besides its typed input: the listener's per-request context
 * (src/services/served-service.ts), its config slice and its ports (built in src/services/apigateway/service.ts).
 */
import type { Config } from '../../config/options.js';
import type { DataPlanePort } from '../../domain/data-plane-port.js';
import type { Counters } from '../../throttle/limiter.js';
import type { ManagementContext } from '../served-service.js';
import type { OperationName, Operations } from './generated/types.js';
/** The configuration handlers read: the quota switch, the account throttle, the default endpoint (SDKs). */
export type ControlConfig = Pick<Config, 'awsLimits' | 'accountRateLimit' | 'accountBurstLimit' | 'host' | 'port'>;
/** What the control plane is given by the composition root (src/app.ts): its ports to the rest of the app. */
export interface ControlPorts {
    /** The data plane: cache flushes and test invocations. */
    dataPlane: DataPlanePort;
    /** The usage counters the data plane admits requests with (GetUsage, UpdateUsage). */
    counters: Counters;
}
export interface ControlContext extends ManagementContext, ControlPorts {
    config: ControlConfig;
}
/** An API Gateway operation's input and output, as generated from its model (src/services/apigateway/generated/types.ts). */
export type Input<Op extends OperationName> = Operations[Op]['input'];
export type Output<Op extends OperationName> = Operations[Op]['output'];
/** A typed handler: `GetAccount(input: GetAccountRequest, ctx): Promise<Account>`. */
export type Handler<Op extends OperationName> = (input: Input<Op>, ctx: ControlContext) => Promise<Output<Op>>;
/** A family's handlers, each checked against the generated `Operations` by its name. */
export type Handlers = {
    [Op in OperationName]?: Handler<Op>;
};
/**
 * A handler not converted yet: it takes the parsed input untyped (model member names) and returns
 * the output object. The families still declared as `HandlerTable` are; issue 17 converts them all
 * to `Handlers`, as the typed ones show: no input annotations, views typed by the generated output
 * shapes, no casts.
 */
export type UntypedHandler = (input: any, ctx: ControlContext) => Promise<Record<string, unknown> | void>;
export type HandlerTable = Record<string, UntypedHandler>;
