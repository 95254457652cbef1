/**
 * What ACM's handlers (src/services/acm/) receive: the listener's context and the certificates the operator
 * configured with `--certificate ARN=cert.pem,key.pem` (served read-only beside the imported ones). Handlers are typed
 * by the model generated from @aws-sdk/client-acm (generated/).
 */
import type { PemPair } from '../../config/tls.js';
import type { ManagementContext } from '../served-service.js';
import type { OperationName, Operations } from './generated/types.js';

export interface AcmPorts {
  /** ARN → the PEM files `--certificate` names (read on each call: a renewed file is seen at once). */
  configured: Readonly<Record<string, PemPair>>;
}

export interface AcmContext extends ManagementContext {
  acm: AcmPorts;
}

export type Handler<Op extends OperationName> = (input: Operations[Op]['input'], ctx: AcmContext) => Promise<Operations[Op]['output']>;

export type Handlers = { [Op in OperationName]?: Handler<Op> };
