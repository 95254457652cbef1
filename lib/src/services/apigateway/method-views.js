/**
 * Methods, method responses, integrations and integration responses as AWS answers them: the stored
 * entities (src/domain/method.ts, integration.ts) typed as the generated output shapes, their enum
 * members narrowed (enums.ts). Shared by the method, integration and resource handlers.
 */
import { enumValue } from './enums.js';
const mapValues = (m, f) => Object.fromEntries(Object.entries(m).map(([k, v]) => [k, f(v)]));
export const integrationResponseView = (r) => ({
    ...r,
    contentHandling: enumValue('ContentHandlingStrategy', r.contentHandling),
});
export const integrationView = (i) => ({
    ...i,
    type: enumValue('IntegrationType', i.type),
    connectionType: enumValue('ConnectionType', i.connectionType),
    contentHandling: enumValue('ContentHandlingStrategy', i.contentHandling),
    responseTransferMode: enumValue('ResponseTransferMode', i.responseTransferMode),
    integrationResponses: i.integrationResponses && mapValues(i.integrationResponses, integrationResponseView),
});
export const methodView = (m) => ({ ...m, methodIntegration: m.methodIntegration && integrationView(m.methodIntegration) });
/** A resource's methods as views. */
export const methodsView = (methods) => mapValues(methods, methodView);
