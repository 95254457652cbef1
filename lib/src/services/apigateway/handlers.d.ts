import { type EngineHandler, type ServiceDefinition } from '../../protocol/service.js';
import type { ControlContext } from './context.js';
export declare const IMPLEMENTED: Readonly<Record<string, EngineHandler<ControlContext> | undefined>>;
export declare const APIGATEWAY: ServiceDefinition<ControlContext>;
/** The complete table, as the server runs it: IMPLEMENTED, and NotImplementedException for the rest. */
export declare function buildHandlers(): Record<string, EngineHandler<ControlContext>>;
