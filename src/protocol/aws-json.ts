/**
 * The awsJson1_1 protocol (ACM): every operation is `POST /` with `Content-Type: application/x-amz-json-1.1` and
 * `X-Amz-Target: {targetPrefix}.{Operation}` (`CertificateManager.ImportCertificate`); the body is the input as JSON
 * by member name (blobs base64, timestamps epoch seconds), the answer the output the same way, an error
 * `{"__type": "ResourceNotFoundException", "message": "…"}` with the model's status (400 for client errors).
 * https://smithy.io/2.0/aws/protocols/aws-json-1_1-protocol.html (requests, responses, error serialization); the
 * SDK reads the code from `x-amzn-ErrorType` or `__type` (@aws-sdk/core protocols, loadRestJsonErrorCode).
 * The members are bound by the model as parse.ts binds REST-JSON bodies: handlers see the same input.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { ServiceModel } from './model.js';
import { ServiceError, type RenderedError } from './errors.js';
import type { HttpResponseParts } from './serialize.js';

export const AWS_JSON_1_1 = 'application/x-amz-json-1.1';

/** A request shaped as awsJson1_1: POST / with its content type (what every SDK sends). */
export function isAwsJsonRequest(method: string, rawPath: string, contentType: string | undefined): boolean {
  return method === 'POST' && rawPath === '/' && (contentType ?? '').toLowerCase().startsWith(AWS_JSON_1_1);
}

/** The operation `X-Amz-Target` names; UnknownOperationException (400, as Coral answers JSON services) otherwise. */
export function jsonTarget(model: ServiceModel, headers: IncomingHttpHeaders): string {
  const raw = headers['x-amz-target'];
  const target = Array.isArray(raw) ? raw[0] : (raw ?? '');
  const prefix = `${model.targetPrefix ?? ''}.`;
  const operation = target.startsWith(prefix) ? target.slice(prefix.length) : '';
  if (!operation || !model.operations[operation])
    throw new ServiceError('UnknownOperationException', `No operation matches X-Amz-Target ${JSON.stringify(target)}`, {}, 400);
  return operation;
}

/** A REST-JSON answer (serialize.ts) retyped as JSON 1.1: an operation without output answers `{}`. */
export function asAwsJson(out: HttpResponseParts): HttpResponseParts {
  return { status: out.status, headers: { ...out.headers, 'Content-Type': AWS_JSON_1_1 }, body: out.body === '' ? '{}' : out.body };
}

export function renderJsonError(err: ServiceError, model: ServiceModel): RenderedError {
  return {
    status: err.status ?? model.errors[err.code] ?? 500,
    headers: { 'x-amzn-ErrorType': err.code, 'Content-Type': AWS_JSON_1_1, ...err.headers },
    body: JSON.stringify({ __type: err.code, ...err.fields, message: err.message }),
  };
}
