import { LambdaServiceError } from '../../lambda/invoker.js';
import { parseLambdaUri, withStageVariables } from '../../lambda/names.js';
import { GatewayError } from '../gateway-errors.js';
import { buildIntegrationRequest } from '../integration-request.js';
import { integrationResponse } from '../integration-response.js';
import { buildProxyEvent } from './aws-proxy-event.js';
import { proxyLambdaResponse } from './aws-proxy-response.js';
const configurationError = (why) => new GatewayError('API_CONFIGURATION_ERROR', { cause: new Error(`Execution failed due to configuration error: ${why}`) });
/** Calls the function the integration names, with API Gateway's timeout. */
export async function invokeLambda(inv, integration, invoker, payload) {
    const uri = withStageVariables(integration.uri ?? '', inv.stageVariables);
    const target = parseLambdaUri(uri);
    if (!target) {
        throw configurationError(`Invalid Lambda function URI ${uri}`);
    }
    const timeoutMs = integration.timeoutInMillis ?? 29_000;
    const controller = new AbortController();
    let timer;
    const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => {
            controller.abort();
            reject(new GatewayError('INTEGRATION_TIMEOUT'));
        }, timeoutMs);
    });
    const started = performance.now();
    try {
        const call = invoker
            ? invoker.invoke({ functionName: target.functionName, region: target.region, payload, signal: controller.signal })
            : Promise.reject(new LambdaServiceError('ResourceNotFoundException', `Function not found: ${target.functionName}`, 404));
        const result = await Promise.race([call, timeout]);
        inv.integration = {
            status: result.statusCode,
            latencyMs: performance.now() - started,
            requestId: result.requestId,
            error: result.functionError,
        };
        return result;
    }
    catch (e) {
        if (e instanceof GatewayError) {
            inv.integration = { latencyMs: performance.now() - started, error: e.type };
            throw e;
        }
        const err = e instanceof LambdaServiceError ? e : new LambdaServiceError('ServiceException', String(e?.message ?? e), 0);
        inv.integration = { status: err.status || undefined, latencyMs: performance.now() - started, error: err.message };
        if (err.code === 'ResourceNotFoundException' || err.code === 'AccessDeniedException') {
            throw new GatewayError('API_CONFIGURATION_ERROR', {
                cause: new Error(`Execution failed due to configuration error: ${err.message}`),
            });
        }
        throw new GatewayError('INTEGRATION_FAILURE', { message: 'Internal server error', status: 502, cause: e });
    }
    finally {
        clearTimeout(timer);
    }
}
export async function awsProxyLambda(inv, integration, invoker) {
    if (integration.httpMethod !== 'POST')
        throw configurationError("The 'AWS_PROXY' integration can only be used with the POST integration method");
    buildIntegrationRequest(inv, integration, true); // its mappings are not applied, but a forbidden one fails
    const event = buildProxyEvent(inv);
    const result = await invokeLambda(inv, integration, invoker, Buffer.from(JSON.stringify(event)));
    if (result.functionError) {
        throw new GatewayError('INTEGRATION_FAILURE', {
            message: 'Internal server error',
            status: 502,
            cause: new Error(`Lambda execution failed with status 200 due to customer function error: ${errorMessageOf(result.payload) ?? ''}`),
        });
    }
    return proxyLambdaResponse(inv, result.payload);
}
/**
 * The payload an AWS integration sends for an empty integration request body: `{}`. One shared
 * buffer, so TestInvokeMethod can tell it from a `{}` the template wrote (its log shows the empty body).
 */
export const EMPTY_BODY_PAYLOAD = Buffer.from('{}');
export async function awsLambda(inv, integration, invoker) {
    const ir = buildIntegrationRequest(inv, integration, false);
    const result = await invokeLambda(inv, integration, invoker, ir.body.length ? ir.body : EMPTY_BODY_PAYLOAD);
    const headers = new Map([['content-type', ['application/json']]]);
    if (result.executedVersion)
        headers.set('x-amz-executed-version', [result.executedVersion]);
    if (result.functionError)
        headers.set('x-amz-function-error', [result.functionError]);
    const endpoint = { status: result.statusCode, headers, body: result.payload, latencyMs: inv.integration?.latencyMs };
    // The error regex is matched against errorMessage; a successful invocation takes the default response.
    const subject = result.functionError ? (errorMessageOf(result.payload) ?? '') : undefined;
    return integrationResponse(inv, integration, endpoint, subject);
}
function errorMessageOf(payload) {
    try {
        const v = JSON.parse(payload.toString('utf8'));
        return typeof v?.errorMessage === 'string' ? v.errorMessage : undefined;
    }
    catch {
        return undefined;
    }
}
