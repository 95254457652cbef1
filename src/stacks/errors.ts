/**
 * The closed catalogue of the errors a stack operation answers, with CloudFormation's codes and texts, in
 * one place. CloudFormation reports a template it cannot take as `ValidationError` (400, Sender) before
 * anything changes; a resource that fails while deploying is reported in the stack's events and status
 * reason instead (stack-engine.ts). Texts as CloudFormation gives them, quoted by its users:
 * - "Template format error: Unresolved resource dependencies [X] in the Resources block of the template"
 *   https://github.com/cloudnative/lambda-chat/pull/25 (the full ValidationError body)
 * - "Parameters: [X] must have values" https://github.com/boto/botocore/issues/2598
 * - "Circular dependency between resources: [A, B]"
 *   https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/troubleshooting.html#troubleshooting-errors-dependency-error
 * - "Parameter values specified for a template which does not require them." https://github.com/aws/aws-toolkit-azure-devops/issues/75
 * Intrinsic function errors ("Template error: …"):
 *   https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference.html
 */
export type StackErrorCode =
  | 'ValidationError'
  | 'AlreadyExistsException'
  | 'InsufficientCapabilitiesException'
  | 'LimitExceededException'
  | 'ChangeSetNotFound'
  | 'InvalidChangeSetStatus';

export class StackError extends Error {
  constructor(
    readonly code: StackErrorCode,
    message: string,
  ) {
    super(message);
    this.name = code;
  }
}

const invalid = (message: string): StackError => new StackError('ValidationError', message);
const list = (names: Iterable<string>): string => `[${[...names].join(', ')}]`;

export const templateErrors = {
  notATemplate: (why: string) => invalid(`Template format error: ${why}`),
  noResources: () => invalid('Template format error: At least one Resources member must be defined.'),
  noType: (logicalId: string) => invalid(`Template format error: [/Resources/${logicalId}] Every Resources object must contain a Type member.`),
  unresolved: (names: Iterable<string>, block: 'Resources' | 'Outputs' | 'Conditions') =>
    invalid(`Template format error: Unresolved resource dependencies ${list(names)} in the ${block} block of the template`),
  cycle: (names: Iterable<string>) => invalid(`Circular dependency between resources: ${list(names)}`),
  conditionCycle: (names: Iterable<string>) => invalid(`Template error: circular condition dependency between conditions: ${list(names)}`),
  unknownCondition: (name: string, where: string) => invalid(`Template format error: Unresolved condition dependency ${name} in ${where}`),
  unrecognizedTypes: (types: Iterable<string>) => invalid(`Template format error: Unrecognized resource types: ${list(types)}`),
  unsupported: (resources: Iterable<string>) =>
    invalid(
      `Tollgate does not provision these resources (types it does not serve): ${list(resources)}. Deploy with --skip-unsupported to skip them (references to them resolve to placeholders).`,
    ),
  parameterType: (type: string) => invalid(`Template format error: Unrecognized parameter type: ${type}`),
  intrinsic: (message: string) => invalid(`Template error: ${message}`),
  getAttUndefined: (logicalId: string) => invalid(`Template error: instance of Fn::GetAtt references undefined resource ${logicalId}`),
  getAttUnsupported: (logicalId: string, attribute: string) =>
    invalid(`Template error: resource ${logicalId} does not support attribute type ${attribute} in Fn::GetAtt`),
  mapping: (path: string) => invalid(`Template error: Unable to get mapping for ${path}`),
  noExport: (name: string) => invalid(`No export named ${name} found`),
  exportTaken: (name: string, stack: string) => invalid(`Export with name ${name} is already exported by stack ${stack}`),
  exportInUse: (name: string, importers: Iterable<string>) => invalid(`Export ${name} cannot be deleted as it is in use by ${[...importers].join(', ')}`),
};

export const parameterErrors = {
  missing: (names: Iterable<string>) => invalid(`Parameters: ${list(names)} must have values`),
  notInTemplate: (names: Iterable<string>) => invalid(`Parameters: ${list(names)} do not exist in the template`),
  notAllowed: (name: string) => invalid(`Parameter '${name}' must be one of AllowedValues`),
  notANumber: (name: string) => invalid(`Parameter '${name}' must be a number.`),
  constraint: (name: string, description: string) => invalid(`Parameter '${name}' failed to satisfy constraint: ${description}`),
};

export const stackErrors = {
  notFound: (name: string) => invalid(`Stack with id ${name} does not exist`),
  exists: (name: string) => new StackError('AlreadyExistsException', `Stack [${name}] already exists`),
  busy: (id: string, status: string) => invalid(`Stack:${id} is in ${status} state and can not be updated.`),
  noUpdates: () => invalid('No updates are to be performed.'),
  badName: (name: string) =>
    invalid(
      `1 validation error detected: Value '${name}' at 'stackName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z][-a-zA-Z0-9]*|arn:[-a-zA-Z0-9:/._+]*`,
    ),
};

/**
 * The change set operations' refusals. Codes are the awsQuery ones of the SDK model (ChangeSetNotFound 404,
 * InvalidChangeSetStatus 400: src/services/cloudformation/generated/model.ts); texts as CloudFormation answers them:
 * - "ChangeSet [ProdChangeSet] does not exist (… Status Code: 404; Error Code: ChangeSetNotFound …)"
 *   https://github.com/aws/serverless-application-model/issues/52
 * - "ChangeSet [arn:…] cannot be executed in its current execution status of [OBSOLETE]"
 *   https://github.com/aws/amazon-chime-sdk-js/issues/1089; "… in its current status of [CREATE_IN_PROGRESS]"
 *   https://github.com/saksdirect/nova/issues/10
 * - "Stack [x] already exists and cannot be created again with the changeSet [y]." (ValidationError, the AWS answer
 *   aws/amazon-ecs-cli's deploy tests mock, and SAM CLI users quote)
 * - "The submitted information didn't contain changes. Submit different information to create a change set." (the
 *   StatusReason awscli's deployer.py matches to call a change set empty: https://github.com/aws-cloudformation/rain/issues/94)
 * - "StackName must be specified if ChangeSetName is not specified as an ARN." (https://github.com/localstack/localstack/pull/12876)
 * - "ChangeSet cs2x0x0 cannot be created due to a mismatch with existing attribute Template" (AlreadyExistsException,
 *   https://github.com/saksdirect/nova/issues/10)
 */
export const changeSetErrors = {
  notFound: (nameOrId: string) => new StackError('ChangeSetNotFound', `ChangeSet [${nameOrId}] does not exist`),
  notExecutable: (id: string, status: string) =>
    new StackError('InvalidChangeSetStatus', `ChangeSet [${id}] cannot be executed in its current status of [${status}]`),
  notAvailable: (id: string, status: string) =>
    new StackError('InvalidChangeSetStatus', `ChangeSet [${id}] cannot be executed in its current execution status of [${status}]`),
  stackExists: (stack: string, changeSet: string) => invalid(`Stack [${stack}] already exists and cannot be created again with the changeSet [${changeSet}].`),
  stackMissing: (stack: string) => invalid(`Stack [${stack}] does not exist`),
  needStackName: () => invalid('StackName must be specified if ChangeSetName is not specified as an ARN.'),
  mismatch: (name: string, attribute: string) =>
    new StackError('AlreadyExistsException', `ChangeSet ${name} cannot be created due to a mismatch with existing attribute ${attribute}`),
  badName: (name: string) =>
    invalid(
      `1 validation error detected: Value '${name}' at 'changeSetName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z][-a-zA-Z0-9]*`,
    ),
};

export const NO_CHANGES = "The submitted information didn't contain changes. Submit different information to create a change set.";

/** A change set may be executed once, when it was made (CREATE_COMPLETE) and is still AVAILABLE. */
export function checkExecutable(cs: { id: string; status: string; executionStatus: string }): void {
  if (cs.status !== 'CREATE_COMPLETE') throw changeSetErrors.notExecutable(cs.id, cs.status);
  if (cs.executionStatus !== 'AVAILABLE') throw changeSetErrors.notAvailable(cs.id, cs.executionStatus);
}

/**
 * CloudFormation's handler error codes (https://docs.aws.amazon.com/cloudformation-cli/latest/userguide/resource-type-test-contract-errors.html)
 * for a service's answer.
 */
function handlerCode(status: number, code: string): string {
  if (/NotFound/.test(code)) return 'NotFound';
  if (code === 'ConflictException' || code === 'ResourceConflictException') return 'AlreadyExists';
  if (/Throttl|TooManyRequests/.test(code)) return 'Throttling';
  if (status === 403) return 'AccessDenied';
  if (status >= 500) return 'ServiceInternalError';
  return 'InvalidRequest';
}

/**
 * A resource that could not be provisioned, as CloudFormation words a property the resource's schema
 * refuses ("Properties validation failed for resource X with message: #: required key [Name] not found",
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/troubleshooting.html) or an error of the
 * service behind it.
 */
export class ResourceFailure extends Error {
  /** The service's error code, when a service refused (`NotFoundException`: a delete finds nothing left to delete). */
  constructor(
    message: string,
    readonly serviceCode?: string,
  ) {
    super(message);
  }
}

export const resourceErrors = {
  required: (logicalId: string, property: string) =>
    new ResourceFailure(`Properties validation failed for resource ${logicalId} with message: #: required key [${property}] not found`),
  invalid: (logicalId: string, property: string, why: string) =>
    new ResourceFailure(`Properties validation failed for resource ${logicalId} with message: #/${property}: ${why}`),
  service: (service: string, status: number, code: string, message: string, requestId: string) =>
    new ResourceFailure(
      `Resource handler returned message: "${message} (Service: ${service}, Status Code: ${status}, Request ID: ${requestId})" (HandlerErrorCode: ${handlerCode(status, code)})`,
      code,
    ),
  unreadableCode: (path: string, why: string) => new ResourceFailure(`Function code at ${path} cannot be read: ${why}`),
};
