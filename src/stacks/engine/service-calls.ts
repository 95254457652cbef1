/**
 * The stack engine's way to the services: each operation called in-process through the service the
 * management listener serves (ServedService.call: the same precheck, validation, handler and errors), with
 * a ManagementContext of its own per call. A service's error becomes the resource failure CloudFormation
 * would report ("Resource handler returned message: …").
 */
import { randomUUID } from 'node:crypto';
import { ServiceError } from '../../protocol/errors.js';
import type { ManagementContext, ServedService } from '../../services/served-service.js';
import type { Logger } from '../../shared/log.js';
import type { Store } from '../../store/store.js';
import { resourceErrors } from '../errors.js';
import type { ServiceCalls } from '../resources/provider.js';

export interface StackServices {
  apigateway: ServedService;
  lambda: ServedService;
}

/** Members left undefined by a provider are absent, as a parsed request leaves them. */
function defined(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(defined);
  if (v === null || typeof v !== 'object' || Buffer.isBuffer(v)) return v;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) if (x !== undefined) out[k] = defined(x);
  return out;
}

export function serviceCalls(services: StackServices, base: { region: string; accountId: string; store: Store; log: Logger }): ServiceCalls {
  const call = async (service: ServedService, label: string, op: string, input: unknown): Promise<never> => {
    const ctx: ManagementContext = { ...base, requestId: randomUUID() };
    try {
      return (await service.call(op, defined(input) as Record<string, unknown>, ctx)) as never;
    } catch (e) {
      if (!(e instanceof ServiceError)) throw e;
      const status = service.renderError(e).status;
      throw resourceErrors.service(label, status, String(e.code), e.message, ctx.requestId);
    }
  };
  return {
    apigateway: (op, input) => call(services.apigateway, 'ApiGateway', op, input),
    lambda: (op, input) => call(services.lambda, 'Lambda', op, input),
  };
}
