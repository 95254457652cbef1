/**
 * renderGatewayError (src/pipeline/gateway-response.ts) on hand-built deployments: every one of the 21
 * gateway response types, with and without the API's customisations. Expected answers are AWS's:
 * default statuses (DG:supported-gateway-response-types), the default template and the DEFAULT_4XX /
 * DEFAULT_5XX inheritance (F79–F81, LS-snap test_apigateway_api TestApiGatewayGatewayResponse), the
 * x-amzn-ErrorType values as src/pipeline/gateway-errors.ts sources them, simple `$context` /
 * `$stageVariables` substitution (DG:api-gateway-gatewayResponse-definition: "a non-VTL mapping
 * template"), and REQUEST_TOO_LARGE's plain text (OBS1).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { GATEWAY_RESPONSE_TYPES } from '../../src/services/apigateway/gateway-responses.js';
import { compileDeployment } from '../../src/pipeline/deployments.js';
import { GATEWAY_RESPONSE_DEFAULTS, GatewayError } from '../../src/pipeline/gateway-errors.js';
import { renderGatewayError } from '../../src/pipeline/gateway-response.js';
/**
 * What AWS answers for each type when the API customised nothing: status, x-amzn-ErrorType and the
 * `$context.error.message` the default template `{"message":$context.error.messageString}` renders.
 * Written out (not derived from the catalogue) so that a change to the catalogue fails here.
 */
const EXPECTED = {
    ACCESS_DENIED: [403, 'AccessDeniedException', 'User is not authorized to access this resource'],
    API_CONFIGURATION_ERROR: [500, 'InternalServerErrorException', 'Internal server error'],
    AUTHORIZER_CONFIGURATION_ERROR: [500, 'AuthorizerConfigurationException', null],
    AUTHORIZER_FAILURE: [500, 'AuthorizerFailureException', null],
    BAD_REQUEST_BODY: [400, 'BadRequestException', 'Invalid request body'],
    BAD_REQUEST_PARAMETERS: [400, 'BadRequestException', 'Missing required request parameters'],
    EXPIRED_TOKEN: [403, 'InvalidSignatureException', 'Signature expired'],
    INTEGRATION_FAILURE: [504, 'InternalServerErrorException', 'Network error communicating with endpoint'],
    INTEGRATION_TIMEOUT: [504, 'InternalServerErrorException', 'Endpoint request timed out'],
    INVALID_API_KEY: [403, 'ForbiddenException', 'Forbidden'],
    INVALID_SIGNATURE: [403, 'InvalidSignatureException', 'The request signature we calculated does not match the signature you provided'],
    MISSING_AUTHENTICATION_TOKEN: [403, 'MissingAuthenticationTokenException', 'Missing Authentication Token'],
    QUOTA_EXCEEDED: [429, 'LimitExceededException', 'Limit Exceeded'],
    REQUEST_TOO_LARGE: [413, 'RequestTooLargeException', 'Request Too Large'],
    RESOURCE_NOT_FOUND: [404, 'NotFoundException', 'Not Found'],
    THROTTLED: [429, 'TooManyRequestsException', 'Too Many Requests'],
    UNAUTHORIZED: [401, 'UnauthorizedException', 'Unauthorized'],
    UNSUPPORTED_MEDIA_TYPE: [415, 'BadRequestException', 'Unsupported Media Type'],
    WAF_FILTERED: [403, 'WAFFilteredException', 'Forbidden'],
};
const TYPES = Object.keys(EXPECTED);
/**
 * The types whose un-customised body is AWS's `{"message": "…"}` with a space, not the default
 * template's compact output (F89's recorded 36-byte 500; see src/pipeline/gateway-response.ts).
 */
const SPACED = new Set([
    'API_CONFIGURATION_ERROR',
    'BAD_REQUEST_BODY',
    'BAD_REQUEST_PARAMETERS',
    'INTEGRATION_FAILURE',
    'INTEGRATION_TIMEOUT',
    'UNSUPPORTED_MEDIA_TYPE',
]);
const defaultBody = (type, message) => SPACED.has(type) ? `{"message": ${JSON.stringify(message)}}` : `{"message":${JSON.stringify(message)}}`;
/** The types a gateway response can customise (REQUEST_TOO_LARGE can't: OBS1). */
const CUSTOMISABLE = TYPES.filter((t) => t !== 'REQUEST_TOO_LARGE');
const FIVE_XX = TYPES.filter((t) => EXPECTED[t][0] >= 500);
const FOUR_XX = CUSTOMISABLE.filter((t) => EXPECTED[t][0] < 500);
function served(gatewayResponses = [], variables = { who: 'dev-stage' }) {
    const snapshot = {
        api: { id: 'a1b2c3d4e5', name: 'gr' },
        resources: [{ id: 'root', path: '/' }],
        models: [],
        requestValidators: [],
        authorizers: [],
        gatewayResponses: gatewayResponses.map((g) => ({
            responseParameters: {},
            responseTemplates: { 'application/json': '{"message":$context.error.messageString}' },
            ...g,
        })),
    };
    return {
        region: 'us-east-1',
        accountId: '000000000000',
        stage: { stageName: 'dev', deploymentId: 'dep1', variables },
        deployment: compileDeployment('dep1', snapshot),
    };
}
function request(headers = {}, query = {}) {
    const h = new Map();
    for (const [k, v] of Object.entries(headers))
        h.set(k.toLowerCase(), { name: k, values: [v] });
    return {
        method: 'GET',
        target: { apiId: 'a1b2c3d4e5', stage: 'dev', path: '/pets/42', basePath: '/_aws/execute-api/a1b2c3d4e5/dev' },
        rawQuery: '',
        query: new Map(Object.entries(query)),
        headers: h,
        body: Buffer.alloc(0),
        sourceIp: '127.0.0.1',
        startedAt: Date.UTC(2026, 0, 2, 3, 4, 5),
    };
}
const REQUEST_ID = '11111111-2222-3333-4444-555555555555';
function render(err, s, req = request(), pathParameters = { petId: '42' }) {
    return renderGatewayError(err, {
        requestId: REQUEST_ID,
        extendedRequestId: 'Fy8bSHkfIAMFXYw=',
        request: req,
        pathParameters,
        stageVariables: s?.stage.variables,
    }, s);
}
const text = (r) => r.body.toString('utf8');
const lowerKeys = (h) => Object.keys(h)
    .map((k) => k.toLowerCase())
    .sort();
describe('renderGatewayError: the catalogue', () => {
    it('knows every one of the 21 types the control plane lists, DEFAULT_4XX and DEFAULT_5XX being families only', () => {
        assert.deepEqual([...TYPES, 'DEFAULT_4XX', 'DEFAULT_5XX'].sort(), [...GATEWAY_RESPONSE_TYPES].sort());
        assert.deepEqual(Object.keys(GATEWAY_RESPONSE_DEFAULTS).sort(), [...TYPES].sort());
        assert.equal(GATEWAY_RESPONSE_TYPES.length, 21);
    });
});
describe('renderGatewayError: defaults (nothing customised)', () => {
    for (const type of CUSTOMISABLE) {
        const [status, errorType, message] = EXPECTED[type];
        it(`${type}: ${status} ${errorType} ${JSON.stringify({ message })}`, () => {
            // With no served API at all (unknown API or stage), and with an API that customised nothing.
            for (const s of [undefined, served()]) {
                const r = render(new GatewayError(type), s);
                assert.equal(r.status, status);
                assert.deepEqual(r.headers, { 'Content-Type': 'application/json', 'x-amzn-ErrorType': errorType });
                // The exact bytes: the default template's compact output (F79), or AWS's spaced form (F89).
                assert.equal(text(r), defaultBody(type, message));
            }
        });
    }
    it('the authorizer failures render {"message": null} (auth0-samples/jwt-rsa-aws-custom-authorizer#6)', () => {
        for (const type of ['AUTHORIZER_CONFIGURATION_ERROR', 'AUTHORIZER_FAILURE']) {
            assert.deepEqual(JSON.parse(text(render(new GatewayError(type), served()))), { message: null });
        }
    });
    it("a message given by the failure replaces the default one (F84's parameter list)", () => {
        const r = render(new GatewayError('BAD_REQUEST_PARAMETERS', { message: 'Missing required request parameters: [x-h, q]' }), served());
        assert.equal(text(r), '{"message": "Missing required request parameters: [x-h, q]"}');
    });
    it('a status given by the failure replaces the default one (a malformed Lambda proxy answer is a 502)', () => {
        const r = render(new GatewayError('INTEGRATION_FAILURE', { message: 'Internal server error', status: 502 }), served());
        assert.equal(r.status, 502);
        assert.equal(text(r), '{"message": "Internal server error"}');
    });
    it("F89: an un-customised configuration error is exactly AWS's 36 bytes; the front door's errors are compact", () => {
        const r = render(new GatewayError('API_CONFIGURATION_ERROR'), served());
        assert.equal(text(r), '{"message": "Internal server error"}');
        assert.equal(r.body.length, 36);
        assert.equal(text(render(new GatewayError('MISSING_AUTHENTICATION_TOKEN'), served())), '{"message":"Missing Authentication Token"}');
        assert.equal(text(render(new GatewayError('INVALID_API_KEY'), served())), '{"message":"Forbidden"}');
    });
    it('once customised (even through a DEFAULT_xXX with only a status), the template renders: compact', () => {
        const s = served([{ responseType: 'DEFAULT_5XX', statusCode: '500' }, { responseType: 'BAD_REQUEST_BODY' }]);
        assert.equal(text(render(new GatewayError('API_CONFIGURATION_ERROR'), s)), '{"message":"Internal server error"}');
        assert.equal(text(render(new GatewayError('BAD_REQUEST_BODY'), s)), '{"message":"Invalid request body"}');
        // DEFAULT_5XX does not reach a 4xx type: still AWS's own form.
        assert.equal(text(render(new GatewayError('UNSUPPORTED_MEDIA_TYPE'), s)), '{"message": "Unsupported Media Type"}');
    });
    it('REQUEST_TOO_LARGE is plain text (OBS1)', () => {
        const r = render(new GatewayError('REQUEST_TOO_LARGE', { message: 'HTTP content length exceeded 10485760 bytes.' }), served());
        assert.equal(r.status, 413);
        assert.deepEqual(r.headers, { 'Content-Type': 'text/plain', 'x-amzn-ErrorType': 'RequestTooLargeException' });
        assert.equal(text(r), 'HTTP content length exceeded 10485760 bytes.');
    });
    it("adds no X-Amzn-Trace-Id and no CORS header (F89's recorded 500s; aws/serverless-application-model#1178)", () => {
        for (const type of TYPES) {
            const keys = lowerKeys(render(new GatewayError(type), served()).headers);
            assert.ok(!keys.includes('x-amzn-trace-id'), type);
            assert.ok(!keys.some((k) => k.startsWith('access-control-')), type);
        }
    });
});
/** The DG's console walkthrough (set-up-gateway-response-using-the-console), extended with stage variables. */
const CUSTOM_PARAMS = {
    'gatewayresponse.header.Access-Control-Allow-Origin': "'a.b.c'",
    'gatewayresponse.header.x-request-id': 'method.request.header.x-amzn-RequestId',
    'gatewayresponse.header.x-request-path': 'method.request.path.petId',
    'gatewayresponse.header.x-request-query': 'method.request.querystring.q',
    'gatewayresponse.header.x-stage': 'stageVariables.who',
};
const CUSTOM_TEMPLATE = '{"message":$context.error.messageString,"type":"$context.error.responseType","raw":"$context.error.message","id":"$context.requestId","stage":"$context.stage","who":"$stageVariables.who"}';
const clientRequest = () => request({ 'x-amzn-RequestId': 'client-rid', Accept: 'application/json' }, { q: ['first', 'last'] });
describe('renderGatewayError: a customised type', () => {
    for (const type of CUSTOMISABLE) {
        it(`${type}: its status, headers and template`, () => {
            const s = served([
                {
                    responseType: type,
                    statusCode: '404',
                    responseParameters: CUSTOM_PARAMS,
                    responseTemplates: { 'application/json': CUSTOM_TEMPLATE },
                },
            ]);
            const r = render(new GatewayError(type), s, clientRequest());
            assert.equal(r.status, 404);
            assert.deepEqual(r.headers, {
                'Content-Type': 'application/json',
                'x-amzn-ErrorType': EXPECTED[type][1],
                'Access-Control-Allow-Origin': 'a.b.c',
                'x-request-id': 'client-rid',
                'x-request-path': '42',
                // A repeated query parameter gives its last value, as everywhere in API Gateway's mappings.
                'x-request-query': 'last',
                'x-stage': 'dev-stage',
            });
            const message = EXPECTED[type][2];
            assert.deepEqual(JSON.parse(text(r)), {
                message,
                type,
                raw: message === null ? 'null' : message,
                id: REQUEST_ID,
                stage: 'dev',
                who: 'dev-stage',
            });
        });
    }
    it('omits a header whose source the request lacks', () => {
        const s = served([{ responseType: 'MISSING_AUTHENTICATION_TOKEN', responseParameters: CUSTOM_PARAMS }]);
        const r = render(new GatewayError('MISSING_AUTHENTICATION_TOKEN'), s, request(), {});
        assert.deepEqual(r.headers, {
            'Content-Type': 'application/json',
            'x-amzn-ErrorType': 'MissingAuthenticationTokenException',
            'Access-Control-Allow-Origin': 'a.b.c',
            'x-stage': 'dev-stage',
        });
    });
    it('keeps its type\'s default status when it puts none (F80: "AUTHORIZER_FAILURE keeps 500")', () => {
        const s = served([{ responseType: 'AUTHORIZER_FAILURE', responseParameters: { 'gatewayresponse.header.x-own': "'yes'" } }]);
        const r = render(new GatewayError('AUTHORIZER_FAILURE'), s);
        assert.equal(r.status, 500);
        assert.equal(r.headers['x-own'], 'yes');
        assert.equal(text(r), '{"message":null}');
    });
    it('picks the template by the first Accept type, else application/json, else the first one', () => {
        const templates = { 'application/json': '{"json":$context.error.messageString}', 'application/xml': '<m>$context.error.message</m>' };
        const s = served([{ responseType: 'INVALID_API_KEY', responseTemplates: templates }]);
        const err = new GatewayError('INVALID_API_KEY');
        const xml = render(err, s, request({ Accept: 'application/xml, application/json;q=0.9' }));
        assert.deepEqual([xml.headers['Content-Type'], text(xml)], ['application/xml', '<m>Forbidden</m>']);
        const other = render(err, s, request({ Accept: 'text/html' }));
        assert.deepEqual([other.headers['Content-Type'], text(other)], ['application/json', '{"json":"Forbidden"}']);
        const onlyXml = served([{ responseType: 'INVALID_API_KEY', responseTemplates: { 'application/xml': '<m/>' } }]);
        assert.equal(render(err, onlyXml, request()).headers['Content-Type'], 'application/xml');
    });
    it('falls back to the default template when its templates were all removed', () => {
        const s = served([{ responseType: 'THROTTLED', statusCode: '503', responseTemplates: {} }]);
        const r = render(new GatewayError('THROTTLED'), s);
        assert.deepEqual([r.status, text(r)], [503, '{"message":"Too Many Requests"}']);
    });
    it("REQUEST_TOO_LARGE can't be customised, neither directly nor through DEFAULT_4XX (OBS1)", () => {
        const s = served([
            {
                responseType: 'REQUEST_TOO_LARGE',
                statusCode: '400',
                responseParameters: { 'gatewayresponse.header.x-own': "'yes'" },
                responseTemplates: { 'application/json': 'custom' },
            },
            {
                responseType: 'DEFAULT_4XX',
                statusCode: '499',
                responseParameters: { 'gatewayresponse.header.Access-Control-Allow-Origin': "'*'" },
                responseTemplates: { 'application/json': 'family' },
            },
        ]);
        const r = render(new GatewayError('REQUEST_TOO_LARGE', { message: 'HTTP content length exceeded 10485760 bytes.' }), s);
        assert.equal(r.status, 413);
        assert.deepEqual(r.headers, { 'Content-Type': 'text/plain', 'x-amzn-ErrorType': 'RequestTooLargeException' });
        assert.equal(text(r), 'HTTP content length exceeded 10485760 bytes.');
    });
});
describe('renderGatewayError: DEFAULT_4XX and DEFAULT_5XX', () => {
    const DEFAULT_5XX = {
        responseType: 'DEFAULT_5XX',
        statusCode: '599',
        responseParameters: { 'gatewayresponse.header.Access-Control-Allow-Origin': "'*'", 'gatewayresponse.header.x-family': "'5xx'" },
        responseTemplates: {
            'application/json': '{"family":"5xx","type":"$context.error.responseType","message":$context.error.messageString}',
        },
    };
    const DEFAULT_4XX = {
        responseType: 'DEFAULT_4XX',
        statusCode: '418',
        responseParameters: { 'gatewayresponse.header.x-family': "'4xx'", 'gatewayresponse.header.x-q': 'method.request.querystring.q' },
        responseTemplates: {
            'application/json': '{"family":"4xx","type":"$context.error.responseType","message":$context.error.messageString}',
        },
    };
    it('F80: a customised DEFAULT_5XX applies to every un-customised 5xx type; an explicitly put type keeps its own', () => {
        const explicit = { responseType: 'AUTHORIZER_FAILURE', responseTemplates: { 'application/json': '{"own":true}' } };
        const s = served([DEFAULT_5XX, explicit]);
        for (const type of FIVE_XX.filter((t) => t !== 'AUTHORIZER_FAILURE')) {
            const r = render(new GatewayError(type), s);
            assert.equal(r.status, 599, type);
            assert.deepEqual(r.headers, {
                'Content-Type': 'application/json',
                'x-amzn-ErrorType': EXPECTED[type][1],
                'Access-Control-Allow-Origin': '*',
                'x-family': '5xx',
            }, type);
            assert.deepEqual(JSON.parse(text(r)), { family: '5xx', type, message: EXPECTED[type][2] }, type);
        }
        const own = render(new GatewayError('AUTHORIZER_FAILURE'), s);
        assert.equal(own.status, 500);
        assert.deepEqual(own.headers, { 'Content-Type': 'application/json', 'x-amzn-ErrorType': 'AuthorizerFailureException' });
        assert.equal(text(own), '{"own":true}');
        // 4xx types are not DEFAULT_5XX's business.
        for (const type of FOUR_XX) {
            const r = render(new GatewayError(type), s);
            assert.equal(r.status, EXPECTED[type][0], type);
            assert.equal(r.headers['x-family'], undefined, type);
        }
    });
    it('a customised DEFAULT_4XX applies to every un-customised 4xx type, UNAUTHORIZED included', () => {
        const s = served([DEFAULT_4XX, { responseType: 'THROTTLED', statusCode: '503' }]);
        for (const type of FOUR_XX.filter((t) => t !== 'THROTTLED')) {
            const r = render(new GatewayError(type), s, request({}, { q: ['v'] }));
            assert.equal(r.status, 418, type);
            assert.deepEqual(r.headers, { 'Content-Type': 'application/json', 'x-amzn-ErrorType': EXPECTED[type][1], 'x-family': '4xx', 'x-q': 'v' }, type);
            assert.deepEqual(JSON.parse(text(r)), { family: '4xx', type, message: EXPECTED[type][2] }, type);
        }
        const throttled = render(new GatewayError('THROTTLED'), s);
        assert.deepEqual([throttled.status, throttled.headers['x-family'], text(throttled)], [503, undefined, '{"message":"Too Many Requests"}']);
        for (const type of FIVE_XX)
            assert.equal(render(new GatewayError(type), s).status, EXPECTED[type][0], type);
    });
    it('a DEFAULT_xXX without a status code lends its parameters and templates, and each type keeps its status', () => {
        const s = served([{ ...DEFAULT_5XX, statusCode: undefined }]);
        for (const type of FIVE_XX) {
            const r = render(new GatewayError(type), s);
            assert.equal(r.status, EXPECTED[type][0], type);
            assert.equal(r.headers['x-family'], '5xx', type);
        }
        // A failure-specific status (502) survives too, unless the family sets one.
        assert.equal(render(new GatewayError('INTEGRATION_FAILURE', { status: 502 }), s).status, 502);
        assert.equal(render(new GatewayError('INTEGRATION_FAILURE', { status: 502 }), served([DEFAULT_5XX])).status, 599);
    });
    it('a DEFAULT_xXX with only a status keeps the default template (F80: "the same params/templates")', () => {
        const s = served([{ responseType: 'DEFAULT_4XX', statusCode: '400' }]);
        const r = render(new GatewayError('MISSING_AUTHENTICATION_TOKEN'), s);
        assert.deepEqual([r.status, text(r)], [400, '{"message":"Missing Authentication Token"}']);
    });
});
describe('renderGatewayError: template substitution', () => {
    const renderWith = (template, err, s, req) => text(render(err, s ?? served([{ responseType: err.type, responseTemplates: { 'application/json': template } }]), req));
    it('fills $context.error.message, messageString, responseType and validationErrorString', () => {
        const err = new GatewayError('BAD_REQUEST_BODY', { validationErrorString: '[object has missing required properties (["name"])]' });
        assert.equal(renderWith('$context.error.message|$context.error.messageString|$context.error.responseType|$context.error.validationErrorString', err), 'Invalid request body|"Invalid request body"|BAD_REQUEST_BODY|[object has missing required properties (["name"])]');
    });
    it('messageString is a JSON string literal: quotes and backslashes escaped, null unquoted', () => {
        const err = new GatewayError('BAD_REQUEST_PARAMETERS', { message: 'say "hi" \\ bye' });
        assert.equal(renderWith('{"m":$context.error.messageString}', err), '{"m":"say \\"hi\\" \\\\ bye"}');
        assert.deepEqual(JSON.parse(renderWith('{"m":$context.error.messageString}', err)), { m: 'say "hi" \\ bye' });
        assert.equal(renderWith('{"m":$context.error.messageString}', new GatewayError('AUTHORIZER_CONFIGURATION_ERROR')), '{"m":null}');
    });
    it('fills $context.requestId, other $context values, ${context.x} and $stageVariables.x', () => {
        const err = new GatewayError('MISSING_AUTHENTICATION_TOKEN');
        assert.equal(renderWith('$context.requestId ${context.requestId} $context.stage $context.apiId $context.accountId $context.httpMethod $context.path $stageVariables.who ${stageVariables.who}', err), `${REQUEST_ID} ${REQUEST_ID} dev a1b2c3d4e5 000000000000 GET /dev/pets/42 dev-stage dev-stage`);
    });
    it('is not VTL: directives stay as written, and an unknown variable renders empty', () => {
        const err = new GatewayError('INVALID_API_KEY');
        assert.equal(renderWith('#set($x = 1)$x $context.nope $stageVariables.nope.', err), '#set($x = 1)$x  .');
        assert.equal(renderWith('{"statusCode": \'488\'}', err), '{"statusCode": \'488\'}');
    });
    it('renders without a request (it failed before it was read): only static values', () => {
        const s = served([
            {
                responseType: 'INVALID_API_KEY',
                responseParameters: { 'gatewayresponse.header.x-static': "'s'", 'gatewayresponse.header.x-h': 'method.request.header.h' },
                responseTemplates: { 'application/json': '$context.error.message/$context.requestId' },
            },
        ]);
        const r = renderGatewayError(new GatewayError('INVALID_API_KEY'), { requestId: REQUEST_ID }, s);
        assert.deepEqual(r.headers, { 'Content-Type': 'application/json', 'x-amzn-ErrorType': 'ForbiddenException', 'x-static': 's' });
        assert.equal(text(r), `Forbidden/${REQUEST_ID}`);
    });
});
//# sourceMappingURL=gateway-response.test.js.map