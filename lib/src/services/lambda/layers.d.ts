import { type FunctionConfig } from '../../domain/lambda/function.js';
import type { StoreReader } from '../../store/store.js';
import type { Handlers } from './context.js';
import type { ManagementContext } from '../served-service.js';
/** The layers a function names: as its configuration lists them, and their code blobs (hex SHA-256, in order). */
export interface LayerSet {
    layers: FunctionConfig['Layers'];
    code: string[];
}
/** The layer versions a function names (CreateFunction / UpdateFunctionConfiguration `Layers`). */
export declare function resolveLayers(store: StoreReader, ctx: ManagementContext, arns: string[] | undefined): Promise<LayerSet>;
export declare const layerHandlers: Handlers;
