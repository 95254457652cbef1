import { type PatchOperation } from './patch.js';
import type { StoreReader } from '../../store/store.js';
import type { ControlContext } from './context.js';
import type { MethodSetting, Stage } from '../../domain/stage.js';
/** A method-settings entry created by a patch starts from these (F74; aws-behavior.md). */
export declare const METHOD_SETTING_DEFAULTS: MethodSetting;
interface UpdateCtx {
    tx: StoreReader;
    ctx: ControlContext;
    apiId: string;
}
/** UpdateStage's patch operations, one at a time, on a copy of the stage. */
export declare function applyStageOp(s: Stage, o: PatchOperation, u: UpdateCtx): Promise<void>;
export {};
