/**
 * The API's refusals as the wire answers them: a StackError of the engine (src/stacks/errors.ts: CloudFormation's
 * codes and texts) or a TemplateError of the template reader becomes the ServiceError the awsQuery protocol
 * renders (`<Code>ValidationError</Code>`, 400).
 */
import { ServiceError } from '../../protocol/errors.js';
import { CLOUDFORMATION_MODEL } from '../../services/cloudformation/generated/model.js';
import { StackError } from '../errors.js';
import { TemplateError } from '../sources/errors.js';

/**
 * CloudFormation's refusals are Sender faults (https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/CommonErrors.html),
 * with the status the SDK model gives the code (ChangeSetNotFound 404), else 400.
 */
export async function asServiceErrors<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof StackError || e instanceof TemplateError) throw new ServiceError(e.code, e.message, {}, CLOUDFORMATION_MODEL.errors[e.code] ?? 400);
    throw e;
  }
}

/**
 * TemplateBody's largest size: "Minimum length of 1. Maximum length of 51200."
 * (https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_CreateStack.html), refused in the
 * model's validation form.
 */
export const TEMPLATE_BODY_MAX = 51_200;

export const apiErrors = {
  templateTooLarge: (body: string) =>
    new ServiceError(
      'ValidationError',
      `1 validation error detected: Value '${body.slice(0, 40)}…' at 'templateBody' failed to satisfy constraint: Member must have length less than or equal to ${TEMPLATE_BODY_MAX}`,
      {},
      400,
    ),
  // "Either Template URL or Template Body must be specified.": the ValidationError body goamz's CloudFormation tests
  // carry as AWS's answer (the goamz forks' cloudformation/responses_test.go, CreateStackWithInvalidParamsResponse).
  noTemplate: () => new ServiceError('ValidationError', 'Either Template URL or Template Body must be specified.', {}, 400),
  // Not recorded: a TemplateURL this Tollgate's S3 does not hold, worded as CloudFormation's S3 errors name the S3 code.
  templateUrl: (url: string, why: string) => new ServiceError('ValidationError', `S3 error: ${why} (TemplateURL ${url})`, {}, 400),
  // UpdateStack of a stack that is not there: ValidationError "Stack [name] does not exist", beside CreateStack's
  // "Stack [name] already exists" (Mastering AWS CloudFormation, ch. 5 "Provisioning our stack":
  // https://packtpub.com/en-nl/product/mastering-aws-cloudformation-9781789130935/chapter/validation-linting-and-deployment-of-the-stack-5/section/provisioning-our-stack-ch05lvl1sec28).
  updateMissing: (name: string) => new ServiceError('ValidationError', `Stack [${name}] does not exist`, {}, 400),
};
