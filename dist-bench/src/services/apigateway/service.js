import { servedService } from '../served-service.js';
import { APIGATEWAY } from './handlers.js';
export function apiGatewayService(config, ports) {
    const slice = {
        awsLimits: config.awsLimits,
        accountRateLimit: config.accountRateLimit,
        accountBurstLimit: config.accountBurstLimit,
        host: config.host,
        port: config.port,
    };
    const { dataPlane, counters } = ports;
    return servedService(APIGATEWAY, (base) => ({ ...base, config: slice, dataPlane, counters }));
}
//# sourceMappingURL=service.js.map