/**
 * API Gateway as the management listener serves it (src/services/served-service.ts): its model and
 * handler table (handlers.ts), and each request's ControlContext built from the listener's context, the
 * configuration handlers read and the ports the composition root (src/app.ts) hands in.
 */
import type { Config } from '../../config/options.js';
import { servedService, type ServedService } from '../served-service.js';
import type { ControlConfig, ControlContext, ControlPorts } from './context.js';
import { APIGATEWAY } from './handlers.js';

export function apiGatewayService(config: Config, ports: ControlPorts): ServedService {
  const slice: ControlConfig = {
    awsLimits: config.awsLimits,
    accountRateLimit: config.accountRateLimit,
    accountBurstLimit: config.accountBurstLimit,
    host: config.host,
    port: config.port,
  };
  const { dataPlane, counters } = ports;
  return servedService<ControlContext>(APIGATEWAY, (base) => ({ ...base, config: slice, dataPlane, counters }));
}
