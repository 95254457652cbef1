/**
 * The data plane as the control plane sees it (src/domain/data-plane-port.ts), built by the composition
 * root (src/app.ts) from the data plane's runtime: the stage cache, the authorizer cache, and the
 * pipeline and invokers test invocations run through.
 */
import type { DataPlanePort } from '../domain/data-plane-port.js';
import type { DataRuntime } from './runtime.js';
export declare function dataPlanePort(rt: DataRuntime): DataPlanePort;
