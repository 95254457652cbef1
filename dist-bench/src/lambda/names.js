/**
 * Lambda function references as API Gateway and the Invoke API accept them
 * (docs.aws.amazon.com/lambda/latest/api/API_Invoke.html, FunctionName):
 *   `my-function`, `my-function:v1`, `123456789012:function:my-function[:v1]` (partial ARN),
 *   `arn:aws:lambda:us-west-2:123456789012:function:my-function[:v1]`;
 * and the integration URI that names one (DG:set-up-lambda-proxy-integrations):
 *   `arn:aws:apigateway:{region}:lambda:path/2015-03-31/functions/{function}/invocations`.
 */
const NAME = '[A-Za-z0-9_-]{1,64}';
const QUALIFIER = '(?:\\$LATEST|[A-Za-z0-9_-]{1,128})';
const FULL_ARN = new RegExp(`^arn:aws[a-z-]*:lambda:([a-z0-9-]+):(\\d{12}):function:(${NAME})(?::(${QUALIFIER}))?$`);
const PARTIAL_ARN = new RegExp(`^(\\d{12}):function:(${NAME})(?::(${QUALIFIER}))?$`);
const BARE = new RegExp(`^(${NAME})(?::(${QUALIFIER}))?$`);
export function parseFunctionRef(s) {
    let m = FULL_ARN.exec(s);
    if (m)
        return { region: m[1], accountId: m[2], name: m[3], qualifier: m[4] };
    m = PARTIAL_ARN.exec(s);
    if (m)
        return { accountId: m[1], name: m[2], qualifier: m[3] };
    m = BARE.exec(s);
    if (m)
        return { name: m[1], qualifier: m[2] };
    return undefined;
}
export function functionArn(region, accountId, name, qualifier) {
    return `arn:aws:lambda:${region}:${accountId}:function:${name}${qualifier ? `:${qualifier}` : ''}`;
}
const LAMBDA_URI = /^arn:aws[a-z-]*:apigateway:([a-z0-9-]+):lambda:path\/2015-03-31\/functions\/(.+)\/invocations$/;
/** `${stageVariables.name}` anywhere in a URI, resolved before parsing (DG:stage-variables). */
export function withStageVariables(uri, vars) {
    return uri.replace(/\$\{stageVariables\.([A-Za-z0-9_]+)\}/g, (_m, name) => vars[name] ?? '');
}
/** The Lambda function an integration URI names, or undefined when the URI is not a Lambda invocation. */
export function parseLambdaUri(uri) {
    const m = LAMBDA_URI.exec(uri);
    if (!m)
        return undefined;
    let functionName = m[2];
    try {
        functionName = decodeURIComponent(functionName);
    }
    catch {
        /* keep as written */
    }
    const ref = parseFunctionRef(functionName);
    if (!ref)
        return undefined;
    return { region: ref.region ?? m[1], functionName, ref };
}
//# sourceMappingURL=names.js.map