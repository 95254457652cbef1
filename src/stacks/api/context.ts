/**
 * What CloudFormation's API handlers (src/stacks/api/) receive: the listener's context and the stack engine the
 * composition root (src/app.ts) built. Handlers are typed by the model generated from
 * @aws-sdk/client-cloudformation (src/services/cloudformation/generated/).
 */
import type { ManagementContext } from '../../services/served-service.js';
import type { OperationName, Operations } from '../../services/cloudformation/generated/types.js';
import type { StackEngine } from '../engine/stack-engine.js';

export interface StacksContext extends ManagementContext {
  stacks: StackEngine;
}

export type Handler<Op extends OperationName> = (input: Operations[Op]['input'], ctx: StacksContext) => Promise<Operations[Op]['output']>;

export type Handlers = { [Op in OperationName]?: Handler<Op> };
