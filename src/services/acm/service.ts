/**
 * AWS Certificate Manager as the management listener serves it (src/services/served-service.ts): the awsJson1_1
 * protocol (src/protocol/aws-json.ts), requests signed for `acm` or posted with `X-Amz-Target: CertificateManager.*`.
 * The HTTPS listener serves an imported certificate to the domain names that name its ARN (src/edge/tls-certificates.ts).
 */
import { servedService, type ServedService } from '../served-service.js';
import type { AcmContext, AcmPorts } from './context.js';
import { ACM } from './handlers.js';

export function acmService(ports: AcmPorts): ServedService {
  return servedService<AcmContext>(ACM, (base) => ({ ...base, acm: ports }));
}
