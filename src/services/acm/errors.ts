/**
 * ACM's refusals (https://docs.aws.amazon.com/acm/latest/APIReference/CommonErrors.html and each operation's Errors),
 * thrown as ServiceError and rendered by the awsJson1_1 protocol (src/protocol/aws-json.ts) with the model's status.
 */
import { ServiceError } from '../../protocol/errors.js';

export const validation = (message: string): ServiceError => new ServiceError('ValidationException', message);

/**
 * Not recorded from AWS (no public recording of its text was found); it follows the recorded in-use text below. The
 * exception itself is DescribeCertificate's documented one for an ARN the caller's account does not hold.
 */
export const certificateNotFound = (arn: string): ServiceError => new ServiceError('ResourceNotFoundException', `Could not find certificate ${arn}.`);

/**
 * AWS's text, as Terraform and SST users quote it: "ResourceInUseException: Certificate arn:aws:acm:eu-west-1:…:certificate/…
 * in account … is in use." (github.com/dfds/infrastructure-modules/issues/5, AlexsLemonade/refinebio/pull/2914).
 */
export const certificateInUse = (arn: string, accountId: string): ServiceError =>
  new ServiceError('ResourceInUseException', `Certificate ${arn} in account ${accountId} is in use.`);

/** InvalidArnException's documented description (API_DescribeCertificate.html, Errors). */
export const invalidArn = (arn: string): ServiceError =>
  new ServiceError('InvalidArnException', `The requested Amazon Resource Name (ARN) does not refer to an existing resource: ${arn}`);

/** Tollgate's own: a certificate given with --certificate is the operator's file, not the API's to change. */
export const configuredReadOnly = (arn: string): ServiceError =>
  new ServiceError(
    'AccessDeniedException',
    `Certificate ${arn} is configured with --certificate: it is read-only through ACM's API here (change the files, or import a certificate instead)`,
  );
