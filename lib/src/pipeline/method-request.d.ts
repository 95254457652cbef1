/**
 * `method-request`: request validation for a method with a `requestValidatorId`
 * (DG:api-gateway-method-request-validation, DG:api-gateway-request-validation-test).
 *
 * Parameters (`validateRequestParameters`): every `method.request.{path|querystring|header}.NAME`
 * marked required must be present and non-blank (DG: "included and non-blank"; `?q1=` fails like a
 * missing q1). Failure → 400 BAD_REQUEST_PARAMETERS `Missing required request parameters: [a, b]`.
 * The names are listed in the order of their `method.request.…` keys sorted as strings — header,
 * then path, then querystring — which is what AWS answered in F84: `[x-header-param, issuer, qs1]`
 * (LS-snap test_apigateway_common#test_api_gateway_request_validator); the order within one location
 * is not recorded (sorted here too).
 *
 * Body (`validateRequestBody`): the model is chosen by the request's Content-Type (MIME type only;
 * none means application/json), else the `$default` entry of `requestModels`; no model, no check.
 * An empty body is validated as `{}` (a GET without a body fails a model with required properties:
 * same LS-snap test, "GET request with an empty body"); a body that is not JSON fails. Failure →
 * 400 BAD_REQUEST_BODY `Invalid request body` (F84), with the validator's messages in
 * `$context.error.validationErrorString`.
 *
 * validationErrorString: AWS validates with a draft-04 validator whose messages are those of
 * java-json-tools/json-schema-validator, joined as a Java list — e.g.
 * `[object has missing required properties (["email"])]` (a BAD_REQUEST_BODY template's output
 * quoted in a public project's docs) and `instance value ("bird") not found in enum (possible
 * values: ["dog","cat","fish"])` (the library's own wording). The ajv errors are rewritten in that
 * wording below; texts for keywords nobody has shown from AWS follow the library's message bundle.
 */
import type { ErrorObject } from 'ajv';
import { type Invocation } from './invocation.js';
/** The names of the required parameters that are missing or blank, in AWS's order (see above). */
export declare function missingParameters(inv: Invocation): string[];
/** Validates the request as the method's request validator says; throws the gateway error AWS answers. */
export declare function validateRequest(inv: Invocation): void;
/** One message per failed keyword (required properties grouped per object, as the library does). */
export declare function formatErrors(errors: ErrorObject[], data?: unknown): string;
