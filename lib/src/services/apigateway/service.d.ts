/**
 * API Gateway as the management listener serves it (src/services/served-service.ts): its model and
 * handler table (handlers.ts), and each request's ControlContext built from the listener's context, the
 * configuration handlers read and the ports the composition root (src/app.ts) hands in.
 */
import type { Config } from '../../config/options.js';
import { type ServedService } from '../served-service.js';
import type { ControlPorts } from './context.js';
export declare function apiGatewayService(config: Config, ports: ControlPorts): ServedService;
