/** What every control-plane handler receives besides its typed input. */
import type { Config } from '../config.js';
import type { Logger } from '../shared/log.js';
import type { Store } from '../store/store.js';

export interface ControlContext {
  region: string;
  accountId: string;
  requestId: string;
  store: Store;
  config: Config;
  log: Logger;
}

/** Handlers take the parsed input (model member names) and return the output object. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Handler = (input: any, ctx: ControlContext) => Promise<Record<string, unknown> | void>;
export type HandlerTable = Record<string, Handler>;

export { apiScope, regionScope } from '../domain/kinds.js';
