/** `x-amazon-apigateway-integration` → a method's integration and its integration responses, checked as PutIntegration checks them. */
import type { Integration, IntegrationResponse } from '../../../domain/integration.js';
import { integrationProblem } from './checks.js';
import { integrationRequestProblems, integrationResponseProblems, mappingErrorText } from '../mapping-expressions.js';
import { DEFAULT_RESPONSE_KEY, INTEGRATION_TYPES } from './extensions.js';
import { isObject, type Json } from './parse.js';
import type { Plan, PlanMethod } from './plan-types.js';
import { javaText, str, strList, stringMap } from './plan-values.js';

type PlanIntegration = NonNullable<PlanMethod['methodIntegration']>;

export function buildIntegration(
  plan: Plan,
  ext: Json,
  verb: string,
  fullPath: string,
  method: PlanMethod,
  accountId: string,
): PlanMethod['methodIntegration'] {
  // Recorded form: "Unable to put integration on 'GET' for resource at path '/tags': Timeout should be between 50 ms and 29000 ms".
  const fail = (text: string): undefined => {
    plan.errors.push(`Unable to put integration on '${verb}' for resource at path '${fullPath}': ${text}`);
    return undefined;
  };
  const type = (str(ext.type) ?? '').toUpperCase();
  // Not recorded; the form of PutIntegration's enum texts.
  if (!INTEGRATION_TYPES.includes(type))
    return fail(`Invalid integration type specified: ${str(ext.type) ?? 'null'}. Valid options are ${INTEGRATION_TYPES.join(',')}`);
  const requestParameters = integrationRequestParameters(plan, ext, verb, fullPath);
  const requestTemplates = templateMap(ext.requestTemplates);
  const integrationResponses = integrationResponsesOf(ext);
  if (typeof integrationResponses === 'string') return fail(integrationResponses);
  const i = integrationOf(ext, type, requestParameters, requestTemplates, integrationResponses);
  // PutIntegration's own rules and texts (integrations.ts), in the recorded import wording above.
  const problem = integrationProblem(i, accountId);
  if (problem) return fail(problem);
  // Mapping expressions, as PutIntegration / PutIntegrationResponse check them (control/mapping-expressions.ts);
  // AWS's import answer quoted in Testlio/lambda-tools#56: "Unable to put integration on 'GET' for resource
  // at path '/': Invalid mapping expression specified: Validation Result: warnings : [], errors : [Invalid
  // mapping expression parameter specified: method.request.header.Authorization]".
  const mapping = integrationRequestProblems(i.requestParameters, method.requestParameters);
  if (mapping.length) return fail(mappingErrorText(mapping));
  for (const r of Object.values(integrationResponses)) {
    const problems = integrationResponseProblems(r.responseParameters, method.methodResponses?.[r.statusCode]);
    // AWS's answer, quoted in amazon-archives/aws-apigateway-importer#209: "Unable to put integration
    // response on 'POST' for resource at path '/foo': Invalid mapping expression specified: Validation
    // Result: warnings : [], errors : [Invalid mapping expression parameter specified: method.response.header.Location]".
    if (problems.length) {
      plan.errors.push(`Unable to put integration response on '${verb}' for resource at path '${fullPath}': ${mappingErrorText(problems)}`);
      return undefined;
    }
  }
  for (const k of Object.keys(i) as (keyof Integration)[]) if (i[k] === undefined) delete i[k];
  return i;
}

/** The integration's fields with AWS's defaults (connectionType INTERNET for HTTP, passthrough WHEN_NO_MATCH, 29 s). */
function integrationOf(
  ext: Json,
  type: string,
  requestParameters: Record<string, string>,
  requestTemplates: Record<string, string | null>,
  integrationResponses: Record<string, IntegrationResponse>,
): PlanIntegration & Integration {
  const isMock = type === 'MOCK';
  const isHttp = type === 'HTTP' || type === 'HTTP_PROXY';
  const timeout = ext.timeoutInMillis === undefined ? 29000 : typeof ext.timeoutInMillis === 'number' ? ext.timeoutInMillis : Number(ext.timeoutInMillis);
  return {
    type,
    httpMethod: isMock ? undefined : str(ext.httpMethod)?.toUpperCase(),
    uri: isMock ? undefined : str(ext.uri),
    connectionType: str(ext.connectionType)?.toUpperCase() ?? (isHttp ? 'INTERNET' : undefined),
    connectionId: str(ext.connectionId),
    credentials: str(ext.credentials),
    requestParameters: Object.keys(requestParameters).length ? requestParameters : undefined,
    requestTemplates: Object.keys(requestTemplates).length ? requestTemplates : undefined,
    passthroughBehavior: str(ext.passthroughBehavior)?.toUpperCase() ?? 'WHEN_NO_MATCH',
    contentHandling: str(ext.contentHandling)?.toUpperCase(),
    timeoutInMillis: timeout,
    cacheNamespace: str(ext.cacheNamespace),
    cacheKeyParameters: strList(ext.cacheKeyParameters) ?? [],
    integrationResponses: Object.keys(integrationResponses).length ? integrationResponses : undefined,
    tlsConfig: isObject(ext.tlsConfig) ? { insecureSkipVerification: ext.tlsConfig.insecureSkipVerification === true } : undefined,
  };
}

/** The string-valued request parameters; any other value is skipped with AWS's warning. */
function integrationRequestParameters(plan: Plan, ext: Json, verb: string, fullPath: string): Record<string, string> {
  const requestParameters: Record<string, string> = {};
  if (isObject(ext.requestParameters)) {
    for (const [k, v] of Object.entries(ext.requestParameters)) {
      if (typeof v === 'string') requestParameters[k] = v;
      // Recorded warning
      // (rec: test_apigateway_import.py::TestApiGatewayImportRestApi::test_import_rest_api_with_base_path_oas30[ignore] [put-rest-api-oas30-srv-url]).
      else
        plan.warnings.push(
          `Invalid format for 'requestParameters'. Expected type string for property '${k}' of resource '${fullPath}' and method '${verb}' but got '${javaText(v)}'`,
        );
    }
  }
  return requestParameters;
}

/** Templates by content type; a non-string template is kept as its JSON text. */
function templateMap(v: unknown): Record<string, string | null> {
  const templates: Record<string, string | null> = {};
  if (isObject(v)) {
    for (const [k, t] of Object.entries(v)) templates[k] = t === null ? null : typeof t === 'string' ? t : JSON.stringify(t);
  }
  return templates;
}

/** `responses`: selection pattern → integration response, by status code (`default` has no pattern); a failure's text instead. */
function integrationResponsesOf(ext: Json): Record<string, IntegrationResponse> | string {
  const integrationResponses: Record<string, IntegrationResponse> = {};
  if (isObject(ext.responses)) {
    for (const [pattern, raw] of Object.entries(ext.responses)) {
      if (!isObject(raw)) continue;
      const statusCode = str(raw.statusCode);
      if (statusCode === undefined) return 'Invalid status code specified: null';
      const r: IntegrationResponse = { statusCode };
      if (pattern !== DEFAULT_RESPONSE_KEY) r.selectionPattern = pattern;
      const params = stringMap(raw.responseParameters);
      if (Object.keys(params).length) r.responseParameters = params;
      if (isObject(raw.responseTemplates)) {
        const t = templateMap(raw.responseTemplates);
        if (Object.keys(t).length) r.responseTemplates = t;
      }
      const ch = str(raw.contentHandling);
      if (ch) r.contentHandling = ch.toUpperCase();
      integrationResponses[statusCode] = r;
    }
  }
  return integrationResponses;
}
