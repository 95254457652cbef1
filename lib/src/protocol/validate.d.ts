/**
 * Model constraints on a parsed input: required members, enums and patterns. Every violation is
 * collected with its path, in member order, and reported as one ValidationException, as AWS does
 * (peer-localstack F7, F8, F22: paths like `updateRestApiInput.patchOperations.1.member.op`).
 */
import type { ServiceModel } from './model.js';
import type { Input } from './parse.js';
/**
 * How violations name members: `input` (API Gateway: `createRestApiInput.name`), or `bare` (Lambda:
 * `architectures`, `functionName`: test_lambda_api.snapshot.json in localstack/localstack,
 * TestLambdaFunction::test_create_lambda_exceptions).
 */
export type MemberPaths = 'input' | 'bare';
export declare function validateInput(model: ServiceModel, operation: string, input: Input, paths?: MemberPaths): void;
