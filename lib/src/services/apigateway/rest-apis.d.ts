import type { StoreReader, StoreWriter } from '../../store/store.js';
import type { ControlContext, Handlers } from './context.js';
import type { EndpointConfiguration as EndpointConfigurationView, RestApi as RestApiView } from './generated/types.js';
import { type Tags } from './tags.js';
import type { EndpointConfiguration, RestApi } from '../../domain/rest-api.js';
export { type EndpointConfiguration, type RestApi };
/** The tag LocalStack users set to choose an API's id (LocalStack's TAG_KEY_CUSTOM_ID, localstack/localstack localstack-core/localstack/constants.py). */
export declare const CUSTOM_ID_TAG = "_custom_id_";
export declare const apiNotFound: (ctx: {
    accountId: string;
}, id: string) => Error;
export declare function getApi(reader: StoreReader, ctx: ControlContext, id: string): Promise<RestApi>;
/**
 * The resource policy as AWS answers it. AWS keeps the document it parsed, not the text sent:
 * compact JSON, `execute-api:/…` resources expanded to the API's ARN, and the whole escaped as the
 * inside of a JSON string, `"` as `\"` and `/` as `\/` — `{\"Version\":\"2012-10-17\",…}`
 * (AWS's answer quoted in localstack/localstack#3325; terraform-provider-aws unquotes it, "The API
 * returns policy as an escaped JSON string … may contain escaped forward slashes in CIDR blocks";
 * the expanded ARN: aws-controllers-k8s apigateway-controller rest_api hooks,
 * aws-cloudformation/cloudformation-coverage-roadmap#1322). Tollgate stores the text as sent (the
 * data plane reads it) and renders it here; a text that is no JSON is answered as it is (AWS's
 * answer to one is not recorded).
 */
export declare function policyView(policy: string | undefined, region: string, accountId: string, apiId: string): string | undefined;
type Viewer = {
    region: string;
    accountId: string;
};
/** The stored configuration as the EndpointConfiguration shape (its members were checked when set). */
export declare const endpointConfigurationView: (c: EndpointConfiguration) => EndpointConfigurationView;
/** Create's view: unset members and empty tags left out (F1, F3, F5). */
export declare const createView: (api: RestApi, ctx: Viewer) => RestApiView;
export declare const getView: (api: RestApi, ctx: Viewer) => RestApiView;
export interface CreateRestApiInput {
    name: string;
    description?: string;
    version?: string;
    cloneFrom?: string;
    binaryMediaTypes?: string[];
    minimumCompressionSize?: number;
    apiKeySource?: string;
    endpointConfiguration?: EndpointConfiguration;
    policy?: string;
    tags?: Tags;
    disableExecuteApiEndpoint?: boolean;
    securityPolicy?: string;
    endpointAccessMode?: string;
}
export declare function createRestApi(input: CreateRestApiInput, ctx: ControlContext, tx: StoreWriter): Promise<RestApi>;
export declare const restApiHandlers: Handlers;
