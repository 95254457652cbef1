/**
 * Lambda's names and ARNs, as its management API accepts and writes them
 * (https://docs.aws.amazon.com/lambda/latest/api/API_GetFunction.html, FunctionName: a name, a partial ARN
 * `123456789012:function:my-function`, or a full ARN, each optionally with `:qualifier`).
 */
const NAME = '[a-zA-Z0-9-_]+';
const QUALIFIER = '\\$LATEST|[a-zA-Z0-9-_]+';
/** Lambda's FunctionName pattern (API_GetFunction.html "Pattern"), with its three forms. */
const FORMS = [
    [
        new RegExp(`^arn:aws[a-zA-Z-]*:lambda:([a-z]{2}(?:-gov)?-[a-z]+-\\d):(\\d{12}):function:(${NAME})(?::(${QUALIFIER}))?$`),
        (m) => ({ region: m[1], accountId: m[2], name: m[3], qualifier: m[4] }),
    ],
    [new RegExp(`^(\\d{12}):function:(${NAME})(?::(${QUALIFIER}))?$`), (m) => ({ accountId: m[1], name: m[2], qualifier: m[3] })],
    [new RegExp(`^(${NAME})(?::(${QUALIFIER}))?$`), (m) => ({ name: m[1], qualifier: m[2] })],
];
/** The parts of a FunctionName, or undefined when it matches none of Lambda's forms. */
export function parseFunctionName(s) {
    for (const [re, parts] of FORMS) {
        const m = re.exec(s);
        if (m)
            return parts(m);
    }
    return undefined;
}
/** Lambda's own pattern text for FunctionName, as its validation messages quote it. */
export const FUNCTION_NAME_PATTERN = '(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}(-gov)?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_\\.]+)(:(\\$LATEST|[a-zA-Z0-9-_]+))?';
export const functionArn = (region, accountId, name, qualifier) => `arn:aws:lambda:${region}:${accountId}:function:${name}${qualifier ? `:${qualifier}` : ''}`;
export const layerArn = (region, accountId, layerName) => `arn:aws:lambda:${region}:${accountId}:layer:${layerName}`;
/** A layer version's ARN: `arn:aws:lambda:us-east-1:123456789012:layer:my-layer:3`. */
export const layerVersionArn = (region, accountId, layerName, version) => `${layerArn(region, accountId, layerName)}:${version}`;
const LAYER_VERSION_ARN = /^arn:aws[a-zA-Z-]*:lambda:([a-z0-9-]+):(\d{12}):layer:([a-zA-Z0-9-_]+):([0-9]+)$/;
export function parseLayerVersionArn(arn) {
    const m = LAYER_VERSION_ARN.exec(arn);
    return m ? { region: m[1], accountId: m[2], layerName: m[3], version: Number(m[4]) } : undefined;
}
/** A published version number (`1`, `42`): the qualifiers that are not `$LATEST` nor an alias. */
export const isVersionNumber = (q) => /^[0-9]+$/.test(q);
//# sourceMappingURL=names.js.map