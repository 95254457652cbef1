/**
 * ACM's table: the model generated from @aws-sdk/client-acm and the operations Tollgate implements; every other
 * operation (RequestCertificate, ExportCertificate, the ACME ones, …) answers NotImplementedException (README coverage).
 */
import type { EngineHandler, ServiceDefinition } from '../../protocol/service.js';
import type { AcmContext, Handlers } from './context.js';
import { certificateHandlers } from './certificates.js';
import { ACM_MODEL } from './generated/model.js';
import { tagHandlers } from './tags.js';

export const IMPLEMENTED: Handlers = { ...certificateHandlers, ...tagHandlers };

export const ACM: ServiceDefinition<AcmContext> = {
  model: ACM_MODEL,
  handlers: IMPLEMENTED as Record<string, EngineHandler<AcmContext>>,
  // "1 validation error detected: Value null at 'certificateArn' failed to satisfy constraint: Member must not be null"
  // (a JSON 1.x service names members bare, in lowerCamel case, as Lambda does).
  memberPaths: 'bare',
};
