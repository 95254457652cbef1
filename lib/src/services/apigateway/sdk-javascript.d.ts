/**
 * The JavaScript client GetSdk generates for a deployed stage: one dependency-free ES module
 * (`apigClient.js`, fetch-based, Node 18+ and browsers) in the `apiGateway-js-sdk/` folder AWS's
 * archives use. As in AWS's generated client (DG:how-to-generate-sdk-javascript), `newClient(config)`
 * returns an object with one function per method, named `{path segments in camelCase}{Verb}`
 * (`/pets/{petId}` GET → `petsPetIdGet`, `/` → `rootGet`), or after the method's operationName when it
 * has one, each called as `fn(params, body, additionalParams)`: `params` by name for the path, query
 * and header parameters the method declares, `additionalParams` {headers, queryParams} for anything
 * else. Unlike AWS's client (which targets execute-api on AWS), the invoke URL defaults to Tollgate's
 * `{endpoint}/_aws/execute-api/{apiId}/{stage}`; `invokeUrl` overrides it whole.
 */
import type { DeploymentSnapshot } from './deployment-snapshot.js';
export declare const SDK_FOLDER = "apiGateway-js-sdk";
interface Operation {
    name: string;
    method: string;
    path: string;
    pathParams: string[];
    queryParams: string[];
    headerParams: string[];
    required: string[];
}
export declare function sdkOperations(snap: DeploymentSnapshot): Operation[];
export interface JavaScriptSdkInput {
    apiId: string;
    apiName: string;
    stageName: string;
    deploymentId: string;
    endpoint: string;
}
export declare function javascriptClient(snap: DeploymentSnapshot, input: JavaScriptSdkInput): string;
export declare function javascriptReadme(input: JavaScriptSdkInput, snap: DeploymentSnapshot): string;
export {};
