/** What every Lambda handler receives besides its typed input. */
import type { FunctionRunner } from '../../runtime/function-runner.js';
import type { ManagementContext } from '../served-service.js';
import type { OperationName, Operations } from './generated/types.js';
/** What the composition root (src/app.ts) gives Lambda's management API. */
export interface LambdaPorts {
    /** Runs functions (src/runtime/); absent: Invoke answers that execution is unavailable. */
    runner?: FunctionRunner;
    /** Where code zips are unpacked for the runner, one directory per CodeSha256 (under the data dir). */
    codeCacheDir: string;
}
export interface LambdaContext extends ManagementContext {
    lambda: LambdaPorts;
}
export type Input<Op extends OperationName> = Operations[Op]['input'];
export type Output<Op extends OperationName> = Operations[Op]['output'];
/** A typed handler: `GetFunction(input: GetFunctionRequest, ctx): Promise<GetFunctionResponse>`. */
export type Handler<Op extends OperationName> = (input: Input<Op>, ctx: LambdaContext) => Promise<Output<Op>>;
/** A family's handlers, each checked against the generated `Operations` by its name. */
export type Handlers = {
    [Op in OperationName]?: Handler<Op>;
};
