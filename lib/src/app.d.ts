import type { Config } from './config/options.js';
import { type Logger } from './shared/log.js';
import type { Store } from './store/store.js';
import type { FunctionRunner } from './runtime/function-runner.js';
export interface RunningApp {
    /** http://host:port of the main listener. */
    url: string;
    /** http://host:port of the management listener (the main one unless --admin-port is set). */
    adminUrl: string;
    /** https://host:port of the HTTPS listener, when there is one (--tls-port). */
    tlsUrl: string | undefined;
    store: Store;
    log: Logger;
    /**
     * Shutting down begins: `/_tollgate/ready` answers 503 from now on while everything else is still
     * served, so that a load balancer stops sending before the listeners close (main.ts waits
     * --drain-seconds between this and close()).
     */
    drain(): void;
    close(): Promise<void>;
}
/** What a caller may give the app besides its configuration. */
export interface AppOptions {
    /** Runs Lambda's functions for its management API's Invoke (src/runtime/); none: Invoke answers that it cannot run them. */
    functionRunner?: FunctionRunner;
}
export declare function startApp(config: Config, log?: Logger, options?: AppOptions): Promise<RunningApp>;
