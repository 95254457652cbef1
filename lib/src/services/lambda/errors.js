/**
 * Lambda's modeled exceptions, with the status its model gives each (generated/model.ts `errors`) and the
 * `"Type": "User"` member Lambda writes beside the message (`{"Type":"User","message":"Function not found: …"}`:
 * test_lambda_api.snapshot.json in localstack/localstack, recorded against AWS). The engine's errors are
 * re-exported so a handler file imports its errors from one place.
 */
import { ServiceError } from '../../protocol/errors.js';
import { LAMBDA_MODEL } from './generated/model.js';
export * from '../../protocol/errors.js';
const modeled = (code) => (message) => new ServiceError(code, message, {}, LAMBDA_MODEL.errors[code], { Type: LAMBDA_MODEL.errors[code] >= 500 ? 'Service' : 'User' });
export const invalidParameter = modeled('InvalidParameterValueException');
export const resourceNotFound = modeled('ResourceNotFoundException');
export const resourceConflict = modeled('ResourceConflictException');
export const preconditionFailed = modeled('PreconditionFailedException');
export const tooManyRequests = modeled('TooManyRequestsException');
export const requestTooLarge = modeled('RequestTooLargeException');
export const serviceException = modeled('ServiceException');
/** `Function not found: arn:…` (404), the text for a function, version or alias that does not exist. */
export const functionNotFound = (arn) => resourceNotFound(`Function not found: ${arn}`);
/** The RevisionId precondition (recorded: "…Call the GetFunction/GetAlias API to retrieve the latest Revision Id"). */
export const revisionMismatch = (api = 'GetFunction/GetAlias') => preconditionFailed(`The Revision Id provided does not match the latest Revision Id. Call the ${api} API to retrieve the latest Revision Id`);
