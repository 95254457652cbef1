import type { Integration as IntegrationView, IntegrationResponse as IntegrationResponseView, Method as MethodView } from './generated/types.js';
import type { Integration, IntegrationResponse } from '../../domain/integration.js';
import type { Method } from '../../domain/method.js';
export declare const integrationResponseView: (r: IntegrationResponse) => IntegrationResponseView;
export declare const integrationView: (i: Integration) => IntegrationView;
export declare const methodView: (m: Method) => MethodView;
/** A resource's methods as views. */
export declare const methodsView: (methods: Record<string, Method>) => Record<string, MethodView>;
