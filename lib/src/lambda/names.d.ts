/**
 * Lambda function references as API Gateway and the Invoke API accept them
 * (docs.aws.amazon.com/lambda/latest/api/API_Invoke.html, FunctionName):
 *   `my-function`, `my-function:v1`, `123456789012:function:my-function[:v1]` (partial ARN),
 *   `arn:aws:lambda:us-west-2:123456789012:function:my-function[:v1]`;
 * and the integration URI that names one (DG:set-up-lambda-proxy-integrations):
 *   `arn:aws:apigateway:{region}:lambda:path/2015-03-31/functions/{function}/invocations`.
 */
export interface FunctionRef {
    /** The bare function name (`[A-Za-z0-9-_]{1,64}`). */
    name: string;
    /** Version or alias after the last `:`, if any. */
    qualifier?: string;
    /** From a full ARN only. */
    region?: string;
    /** From a full or partial ARN only. */
    accountId?: string;
}
export declare function parseFunctionRef(s: string): FunctionRef | undefined;
export declare function functionArn(region: string, accountId: string, name: string, qualifier?: string): string;
export interface LambdaUri {
    /** The region in the apigateway ARN (where API Gateway calls Lambda). */
    region: string;
    /** The function part as written (name, partial or full ARN, with its qualifier). */
    functionName: string;
    ref: FunctionRef;
}
/** `${stageVariables.name}` anywhere in a URI, resolved before parsing (DG:stage-variables). */
export declare function withStageVariables(uri: string, vars: Record<string, string>): string;
/** The Lambda function an integration URI names, or undefined when the URI is not a Lambda invocation. */
export declare function parseLambdaUri(uri: string): LambdaUri | undefined;
