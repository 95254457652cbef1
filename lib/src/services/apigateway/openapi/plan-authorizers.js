/** Security schemes → authorizers, and what each scheme stands for in a method's authorization. */
import { authorizerProblem } from './checks.js';
import { EXT, SIGV4_AUTHTYPE } from './extensions.js';
import { deref, isObject } from './parse.js';
import { str, strList } from './plan-values.js';
/** `securityDefinitions` (2.0) or `components.securitySchemes` (3.0) by name; their authorizers go into the plan. */
export function securitySchemes(doc, version, plan) {
    const schemes = new Map();
    const schemeDefs = version === 'swagger2' ? doc.securityDefinitions : isObject(doc.components) ? doc.components.securitySchemes : undefined;
    if (isObject(schemeDefs)) {
        for (const [name, raw] of Object.entries(schemeDefs)) {
            const s = deref(doc, raw);
            if (!s)
                continue;
            schemes.set(name, schemeInfo(name, s, plan));
        }
    }
    return schemes;
}
function schemeInfo(name, s, plan) {
    const ext = s[EXT.authorizer];
    const authtype = str(s[EXT.authtype]);
    if (isObject(ext)) {
        const rawType = (str(ext.type) ?? '').toUpperCase();
        const type = rawType === 'TOKEN' || rawType === 'REQUEST' || rawType === 'COGNITO_USER_POOLS' ? rawType : undefined;
        if (!type) {
            // Not recorded; CreateAuthorizer's form for an unknown type.
            plan.errors.push(`Unable to create authorizer '${name}': Invalid authorizer type specified: ${str(ext.type) ?? 'null'}. Valid options are TOKEN,REQUEST,COGNITO_USER_POOLS`);
            return { kind: 'none' };
        }
        const ttl = ext.authorizerResultTtlInSeconds;
        const a = {
            name,
            type,
            // F51 / [imp]: the scheme's x-amazon-apigateway-authtype ("oauth2", "custom", "cognito_user_pools"), else the type's default.
            authType: authtype ?? (type === 'COGNITO_USER_POOLS' ? 'cognito_user_pools' : 'custom'),
            authorizerUri: str(ext.authorizerUri),
            // An empty string is no value: AWS imported `"authorizerCredentials": "", "identitySource": ""` with
            // failOnWarnings (rec: test_apigateway_import.py::TestApiGatewayImportRestApi::test_import_rest_api [import_rest_api]).
            authorizerCredentials: str(ext.authorizerCredentials) || undefined,
            // [imp]: without an identitySource, the scheme's header (`name`) is the source.
            identitySource: str(ext.identitySource) || (str(s.name) && s.in !== 'query' ? `method.request.header.${str(s.name)}` : undefined),
            identityValidationExpression: str(ext.identityValidationExpression),
            // Only when given ([imp] test_import_swagger_api: the second authorizer shows none); Cognito shows none.
            authorizerResultTtlInSeconds: type === 'COGNITO_USER_POOLS' || ttl === undefined ? undefined : typeof ttl === 'number' ? ttl : Number(ttl),
            providerARNs: strList(ext.providerARNs),
        };
        for (const k of Object.keys(a))
            if (a[k] === undefined)
                delete a[k];
        const problem = authorizerProblem(a);
        // Not recorded: the wording of a bad authorizer at import; the "Unable to create model for" form.
        if (problem)
            plan.errors.push(`Unable to create authorizer '${name}': ${problem}`);
        else
            plan.authorizers.push(a);
        return { kind: 'authorizer', authorizerType: type };
    }
    if (authtype !== undefined && authtype.toLowerCase() === SIGV4_AUTHTYPE.toLowerCase())
        return { kind: 'iam' };
    if (s.type === 'apiKey') {
        // An API key in the `x-api-key` header is API Gateway's own key check (DG:api-gateway-swagger-extensions-api-key-source examples).
        if (s.in === 'header' && str(s.name)?.toLowerCase() === 'x-api-key')
            return { kind: 'apikey' };
        return { kind: 'none' };
    }
    // Recorded warning (AWS's answer to `http` and `oauth2` schemes, Columbia's API gateway trial notes).
    plan.warnings.push(`Unsupported security definition type '${str(s.type) ?? 'null'}' for '${name}'. Ignoring.`);
    return { kind: 'none' };
}
