// The CDK app behind test/fixtures/stacks/cdk-recorded (scripts/stack-fixtures.sh synthesizes it): the infrastructure of
// the AWS-recorded test `test_apigateway_lambda_cfn.py::TestApigatewayLambdaIntegration::test_scenario_validate_infra`
// (localstack/localstack @8b9a79f, tests/aws/services/apigateway/), written again from that test's description of it:
// a stack `ApiGatewayStack` with a RestApi `rest-api`, a Python 3.10 function `backend` with inline code, `GET /v1`
// through a LambdaIntegration, DEFAULT_4XX and DEFAULT_5XX gateway responses with an
// Access-Control-Allow-Origin header, and an `ApiId` output. Replayed by test/recorded/lambda-cfn.test.ts.
const cdk = require('aws-cdk-lib');
const apigw = require('aws-cdk-lib/aws-apigateway');
const lambda = require('aws-cdk-lib/aws-lambda');

const FN_CODE = `
import json
def handler(event, context):
    return {
        "statusCode": 200,
        "body": json.dumps({
            "message": "Hello World!"
        })
    }
`;

const app = new cdk.App();
const stack = new cdk.Stack(app, 'ApiGatewayStack');
const api = new apigw.RestApi(stack, 'rest-api');
const backend = new lambda.Function(stack, 'backend', {
  runtime: lambda.Runtime.PYTHON_3_10,
  code: lambda.Code.fromInline(FN_CODE),
  handler: 'index.handler',
});
api.root.addResource('v1').addMethod('GET', new apigw.LambdaIntegration(backend));
api.addGatewayResponse('default-4xx-response', {
  type: apigw.ResponseType.DEFAULT_4XX,
  responseHeaders: { 'Access-Control-Allow-Origin': "'*'" },
});
api.addGatewayResponse('default-5xx-response', {
  type: apigw.ResponseType.DEFAULT_5XX,
  responseHeaders: { 'Access-Control-Allow-Origin': "'*'" },
});
new cdk.CfnOutput(stack, 'ApiId', { value: api.restApiId });
app.synth();
