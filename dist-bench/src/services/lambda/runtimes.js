/**
 * Which runtimes Lambda accepts when a function is created or updated, and its texts for the others,
 * recorded against AWS (test_lambda_api.snapshot.json in localstack/localstack,
 * TestLambdaFunction::test_create_lambda_exceptions and TestLambdaFunction::test_update_lambda_exceptions;
 * the deprecated ones: TestLambdaFunction::test_create_deprecated_function_runtime). The list is printed in
 * the recorded order.
 */
import { invalidParameter } from './errors.js';
/** Deprecated runtimes Lambda answers with "no longer supported" (recorded for each of these). */
const RETIRED = ['ruby2.7', 'python3.7', 'provided', 'nodejs14.x', 'nodejs12.x', 'java8', 'go1.x', 'dotnetcore3.1'];
export const SUPPORTED_RUNTIMES = [
    'nodejs20.x',
    'python3.14',
    'provided.al2023',
    'python3.12',
    'python3.13',
    'nodejs24.x',
    'nodejs22.x',
    'java25',
    'python3.10',
    'python3.11',
    'java21',
    'ruby3.3',
    'ruby3.4',
    'ruby3.2',
    'python3.8',
    'python3.9',
    'java17',
    'nodejs16.x',
    'dotnet10',
    'dotnet8',
    'java11',
    'dotnet6',
    'nodejs18.x',
    'provided.al2',
    'java8.al2',
];
/** Throws Lambda's InvalidParameterValueException for a runtime it does not take (a Zip function's). */
export function checkRuntime(runtime) {
    if (runtime !== undefined && SUPPORTED_RUNTIMES.includes(runtime))
        return;
    if (runtime !== undefined && RETIRED.includes(runtime)) {
        throw invalidParameter(`The runtime parameter of ${runtime} is no longer supported for creating or updating AWS Lambda functions. We recommend you use a supported runtime while creating or updating functions.`);
    }
    // An absent runtime (a Zip function needs one) reads `null`, as Coral prints a missing value; not recorded.
    throw invalidParameter(`Value ${runtime ?? 'null'} at 'runtime' failed to satisfy constraint: Member must satisfy enum value set: [${SUPPORTED_RUNTIMES.join(', ')}] or be a valid ARN`);
}
//# sourceMappingURL=runtimes.js.map