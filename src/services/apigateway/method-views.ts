/**
 * Methods, method responses, integrations and integration responses as AWS answers them: the stored
 * entities (src/domain/method.ts, integration.ts) typed as the generated output shapes, their enum
 * members narrowed (enums.ts). Shared by the method, integration and resource handlers.
 */
import { enumValue } from './enums.js';
import type { Integration as IntegrationView, IntegrationResponse as IntegrationResponseView, Method as MethodView } from './generated/types.js';
import type { Integration, IntegrationResponse } from '../../domain/integration.js';
import type { Method } from '../../domain/method.js';

const mapValues = <A, B>(m: Record<string, A>, f: (a: A) => B): Record<string, B> => Object.fromEntries(Object.entries(m).map(([k, v]) => [k, f(v)]));

export const integrationResponseView = (r: IntegrationResponse): IntegrationResponseView => ({
  ...r,
  contentHandling: enumValue('ContentHandlingStrategy', r.contentHandling),
});

export const integrationView = (i: Integration): IntegrationView => ({
  ...i,
  type: enumValue('IntegrationType', i.type),
  connectionType: enumValue('ConnectionType', i.connectionType),
  contentHandling: enumValue('ContentHandlingStrategy', i.contentHandling),
  responseTransferMode: enumValue('ResponseTransferMode', i.responseTransferMode),
  integrationResponses: i.integrationResponses && mapValues(i.integrationResponses, integrationResponseView),
});

export const methodView = (m: Method): MethodView => ({ ...m, methodIntegration: m.methodIntegration && integrationView(m.methodIntegration) });

/** A resource's methods as views. */
export const methodsView = (methods: Record<string, Method>): Record<string, MethodView> => mapValues(methods, methodView);
