/**
 * Lambda as the management listener serves it (src/services/served-service.ts): its model and handler
 * table (handlers.ts), and each request's LambdaContext built from the listener's context and the ports
 * the composition root (src/app.ts) hands in.
 */
import { servedService, type ServedService } from '../served-service.js';
import type { LambdaContext, LambdaPorts } from './context.js';
import { LAMBDA } from './handlers.js';

export function lambdaService(ports: LambdaPorts): ServedService {
  return servedService<LambdaContext>(LAMBDA, (base) => ({ ...base, lambda: ports }));
}
