import type { StoreReader } from '../../store/store.js';
import type { ControlContext, Handlers } from './context.js';
import type { Deployment } from '../../domain/deployment.js';
export { type Deployment };
export declare function getDeployment(reader: StoreReader, ctx: ControlContext, apiId: string, id: string): Promise<Deployment>;
export declare const deploymentHandlers: Handlers;
