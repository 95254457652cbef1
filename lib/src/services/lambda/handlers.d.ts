/**
 * Lambda's operation table: every operation of the model maps to a handler; those Tollgate does not
 * implement answer NotImplementedException naming the operation (the boot check: src/protocol/service.ts),
 * and are listed in the README's coverage table. `lambdaService(ports)` is the service the management
 * listener serves, its handlers given the ports the composition root (src/app.ts) built.
 */
import type { ServiceDefinition } from '../../protocol/service.js';
import type { Handlers, LambdaPorts } from './context.js';
import type { ManagementContext } from '../served-service.js';
export declare const IMPLEMENTED: Handlers;
export declare function lambdaService(ports: LambdaPorts): ServiceDefinition<ManagementContext>;
