/**
 * S3's errors, as S3 writes them: `application/xml`, `<Error><Code/><Message/>…<RequestId/><HostId/></Error>`,
 * the status per code, and no body for a HEAD. Codes, statuses and texts from AWS's S3 API reference,
 * "Error responses" (https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html, "List of error codes").
 * NoSuchBucket's message is written as S3 answers it, without the table's final period (LocalStack's snapshots
 * recorded against AWS, and Lambda's own quotation of it in src/services/lambda/code-input.ts).
 *
 * The management listener's own errors (src/protocol/errors.ts: authentication, an oversized body, a failure)
 * are rendered as the S3 error of the same meaning, so that an S3 client reads them as S3's.
 */
import { ServiceError, type RenderedError } from '../../protocol/errors.js';
import { xmlText } from './xml.js';

const STATUS: Record<string, number> = {
  AccessDenied: 403,
  BucketAlreadyOwnedByYou: 409,
  BucketNotEmpty: 409,
  EntityTooLarge: 400,
  IncompleteBody: 400,
  InternalError: 500,
  InvalidAccessKeyId: 403,
  InvalidArgument: 400,
  InvalidBucketName: 400,
  InvalidPart: 400,
  InvalidPartOrder: 400,
  InvalidRange: 416,
  InvalidRequest: 400,
  KeyTooLongError: 400,
  MalformedXML: 400,
  MethodNotAllowed: 405,
  NoSuchBucket: 404,
  NoSuchKey: 404,
  NoSuchUpload: 404,
  NotImplemented: 501,
  ServiceUnavailable: 503,
  SignatureDoesNotMatch: 403,
};

/** An S3 error; `fields` are written after the message (`BucketName`, `Key`, `Resource`). */
export const s3Error = (code: keyof typeof STATUS, message: string, fields: Record<string, string> = {}): ServiceError =>
  new ServiceError(code, message, {}, STATUS[code], fields);

export const noSuchBucket = (bucket: string): ServiceError => s3Error('NoSuchBucket', 'The specified bucket does not exist', { BucketName: bucket });
export const noSuchKey = (key: string): ServiceError => s3Error('NoSuchKey', 'The specified key does not exist.', { Key: key });
export const invalidBucketName = (bucket: string): ServiceError => s3Error('InvalidBucketName', 'The specified bucket is not valid.', { BucketName: bucket });
export const notImplemented = (what: string): ServiceError =>
  s3Error(
    'NotImplemented',
    `A header you provided implies functionality that is not implemented. Tollgate's S3 serves buckets and objects only: ${what} is not implemented`,
  );

/** The listener's framework errors as S3's (S3 has no `…Exception` codes). */
function asS3(err: ServiceError): ServiceError {
  switch (err.code) {
    case 'MissingAuthenticationTokenException':
      return s3Error('AccessDenied', 'Access Denied');
    case 'IncompleteSignatureException':
      return s3Error('AccessDenied', err.message);
    case 'UnrecognizedClientException':
      return s3Error('InvalidAccessKeyId', 'The AWS Access Key Id you provided does not exist in our records.');
    case 'InvalidSignatureException':
      // A signature that does not match; an expired or mis-scoped one keeps its own sentence.
      return err.message.startsWith('The request signature')
        ? s3Error('SignatureDoesNotMatch', 'The request signature we calculated does not match the signature you provided. Check your key and signing method.')
        : s3Error('AccessDenied', err.message);
    case 'RequestEntityTooLargeException':
      return s3Error('EntityTooLarge', 'Your proposed upload exceeds the maximum allowed size');
    case 'ServiceUnavailableException':
      return s3Error('ServiceUnavailable', 'Please reduce your request rate.');
    case 'InternalFailure':
      return s3Error('InternalError', 'We encountered an internal error. Please try again.');
    case 'UnknownOperationException':
    case 'NotImplementedException':
      return notImplemented(err.message);
    default:
      return err.status ? err : s3Error('InternalError', err.message);
  }
}

export function renderS3Error(e: ServiceError, requestId = '', head = false): RenderedError {
  const err = asS3(e);
  const fields = Object.entries(err.fields)
    .map(([k, v]) => `<${k}>${xmlText(v)}</${k}>`)
    .join('');
  const body = head
    ? ''
    : `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${err.code}</Code><Message>${xmlText(err.message)}</Message>${fields}<RequestId>${requestId}</RequestId><HostId>${requestId}</HostId></Error>`;
  return {
    status: err.status ?? 500,
    headers: { 'Content-Type': 'application/xml', 'x-amz-request-id': requestId, 'x-amz-id-2': requestId, ...err.headers },
    body,
  };
}
