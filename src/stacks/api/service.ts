/**
 * CloudFormation's API as the management listener serves it (src/services/served-service.ts): the model generated
 * from @aws-sdk/client-cloudformation (awsQuery: src/protocol/query.ts), the handlers of the operations Tollgate
 * implements over the stack engine, every other operation answering NotImplementedException (README coverage).
 * Requests signed for `cloudformation` come here; the stack engine provisions through API Gateway and Lambda.
 */
import type { EngineHandler, ServiceDefinition } from '../../protocol/service.js';
import { CLOUDFORMATION_MODEL } from '../../services/cloudformation/generated/model.js';
import { servedService, type ServedService } from '../../services/served-service.js';
import type { StackEngine } from '../engine/stack-engine.js';
import { changeSetHandlers } from './change-set-handlers.js';
import type { Handlers, StacksContext } from './context.js';
import { readHandlers } from './read-handlers.js';
import { writeHandlers } from './write-handlers.js';

export const IMPLEMENTED: Handlers = { ...writeHandlers, ...readHandlers, ...changeSetHandlers };

export const CLOUDFORMATION: ServiceDefinition<StacksContext> = {
  model: CLOUDFORMATION_MODEL,
  handlers: IMPLEMENTED as Record<string, EngineHandler<StacksContext>>,
  // "1 validation error detected: Value null at 'stackName' failed to satisfy constraint: Member must not be null"
  // (CloudFormation names members bare, in lowerCamel case: src/stacks/errors.ts badName).
  memberPaths: 'bare',
};

export function cloudFormationService(stacks: StackEngine): ServedService {
  return servedService<StacksContext>(CLOUDFORMATION, (base) => ({ ...base, stacks }));
}
