import type { ControlContext } from '../context.js';
import type { RestApi as RestApiView } from '../generated/types.js';
/** `satisfies`, so that each handler is known to be there: test/services/apigateway/openapi/snapshot.test.ts calls PutRestApi itself. */
export declare const openApiImportHandlers: {
    ImportRestApi(input: import("../generated/types.js").ImportRestApiRequest, ctx: ControlContext): Promise<RestApiView>;
    PutRestApi(input: import("../generated/types.js").PutRestApiRequest, ctx: ControlContext): Promise<RestApiView>;
};
