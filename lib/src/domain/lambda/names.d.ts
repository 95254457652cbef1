/**
 * Lambda's names and ARNs, as its management API accepts and writes them
 * (https://docs.aws.amazon.com/lambda/latest/api/API_GetFunction.html, FunctionName: a name, a partial ARN
 * `123456789012:function:my-function`, or a full ARN, each optionally with `:qualifier`).
 */
/** A function named by the caller: its bare name, and what the name itself carried. */
export interface FunctionName {
    name: string;
    /** The version or alias after the name (`my-function:1`). */
    qualifier?: string;
    region?: string;
    accountId?: string;
}
/** The parts of a FunctionName, or undefined when it matches none of Lambda's forms. */
export declare function parseFunctionName(s: string): FunctionName | undefined;
/** Lambda's own pattern text for FunctionName, as its validation messages quote it. */
export declare const FUNCTION_NAME_PATTERN = "(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}(-gov)?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_\\.]+)(:(\\$LATEST|[a-zA-Z0-9-_]+))?";
export declare const functionArn: (region: string, accountId: string, name: string, qualifier?: string) => string;
export declare const layerArn: (region: string, accountId: string, layerName: string) => string;
/** A layer version's ARN: `arn:aws:lambda:us-east-1:123456789012:layer:my-layer:3`. */
export declare const layerVersionArn: (region: string, accountId: string, layerName: string, version: number) => string;
export interface LayerVersionRef {
    region: string;
    accountId: string;
    layerName: string;
    version: number;
}
export declare function parseLayerVersionArn(arn: string): LayerVersionRef | undefined;
/** A published version number (`1`, `42`): the qualifiers that are not `$LATEST` nor an alias. */
export declare const isVersionNumber: (q: string) => boolean;
