/** What every control-plane handler receives besides its typed input. */
import type { Config } from '../config.js';
import type { DataPlanePort } from '../domain/data-plane-port.js';
import type { Logger } from '../shared/log.js';
import type { Store } from '../store/store.js';
import type { Counters } from '../throttle/limiter.js';

/** The configuration handlers read: the quota switch, the account throttle, the default endpoint (SDKs). */
export type ControlConfig = Pick<Config, 'awsLimits' | 'accountRateLimit' | 'accountBurstLimit' | 'host' | 'port'>;

/** What the control plane is given by the composition root (src/app.ts): its ports to the rest of the app. */
export interface ControlPorts {
  /** The data plane: cache flushes and test invocations. */
  dataPlane: DataPlanePort;
  /** The usage counters the data plane admits requests with (GetUsage, UpdateUsage). */
  counters: Counters;
}

export interface ControlContext extends ControlPorts {
  region: string;
  accountId: string;
  requestId: string;
  store: Store;
  config: ControlConfig;
  log: Logger;
}

/** Handlers take the parsed input (model member names) and return the output object. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Handler = (input: any, ctx: ControlContext) => Promise<Record<string, unknown> | void>;
export type HandlerTable = Record<string, Handler>;

export { apiScope, regionScope } from '../domain/kinds.js';
