/**
 * Golden mapping-template cases: template, input and the output AWS documents or recorded, each with
 * its source. Comparison modes:
 *  - `exact`: byte for byte. Used where the source shows the literal output, or where it shows a
 *    value whose rendering the template fixes completely (said in `derived`).
 *  - `json`: the source shows the result as JSON (pretty-printed, or re-serialized by a Lambda), so
 *    only the parsed value (and, where said, key order) is compared.
 *  - `trimmedLines`: the source's listing lost trailing blanks; compared line by line, right-trimmed.
 *  - `lines`: the source states only some lines of the output.
 *  - `error`: the source shows that API Gateway refuses to render.
 * Nothing here is an expected output invented for the test: where a source states less than the
 * whole output, the case asserts only what it states.
 *
 * Sources:
 *  DG-ref   awsdocs/amazon-api-gateway-developer-guide@44c904c doc_source/api-gateway-mapping-template-reference.md
 *           (docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html)
 *  DG-vars  docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-variable-examples.html (Example 1)
 *  DG-step  awsdocs/amazon-api-gateway-developer-guide@b60d40a doc_source/api-gateway-create-api-step-by-step.md
 *           ("Map response payload": console TestInvoke output of the PetStore templates)
 *  DG-photo awsdocs/amazon-api-gateway-developer-guide@12fad5e doc_source/example-photos.md
 *  DG-mock  awsdocs/amazon-api-gateway-developer-guide@22910ff doc_source/how-to-mock-integration.md
 *  DG-over  awsdocs/amazon-api-gateway-developer-guide@12fad5e doc_source/apigateway-override-request-response-parameters.md
 *  DG-lim   aws-behavior.md "Limits" (DG:limits #foreach 1,000 iterations; DG:api-gateway-known-issues 300 KB)
 *  TQ       ToQoz/api-gateway-mapping-template test/_.md: templates run on real API Gateway (misc/gen.js:
 *           Lambda non-proxy integration echoing its event, JSON.stringify'd, response template
 *           `$input.path('$')`), so "Result" is the rendered request template as JSON. Where the template
 *           is `"…"` around one reference, the rendered bytes follow exactly from the recorded string.
 *  LS       localstack/localstack PRs whose tests were validated against AWS: #12379 (input path
 *           formatting; docstrings of VTLJsonDict/VTLJsonList), #12413 ($input.body when empty),
 *           #12774 (no body / no match), #9157 (escapeJavaScript, params map), #7226 (issue #7188).
 *  F88      docs/recorded-facts.md F88 (LS-snap test_apigateway_integrations
 *           #test_integration_mock_with_response_override_in_request_template)
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CompiledTemplate, PayloadParseError, TemplateError } from '../../../src/pipeline/mapping/vtl.js';
function freshContext(extra = {}) {
    return {
        requestOverride: { header: {}, path: {}, querystring: {} },
        responseOverride: { header: {}, status: undefined },
        ...extra,
    };
}
function envOf(input = {}) {
    return {
        input: { body: input.body ?? '', path: input.path ?? {}, querystring: input.querystring ?? {}, header: input.header ?? {} },
        context: freshContext(input.context),
        stageVariables: input.stageVariables ?? {},
    };
}
const rtrimLines = (s) => s
    .split('\n')
    .map((l) => l.replace(/\s+$/, ''))
    .join('\n');
const PETS = '[{"id":1,"type":"dog","price":249.99},{"id":2,"type":"cat","price":124.99},{"id":3,"type":"fish","price":0.99}]';
const PHOTOS = `{
  "photos": {
    "page": 1,
    "pages": "1234",
    "perpage": 100,
    "total": "123398",
    "photo": [
      {
        "id": "12345678901",
        "owner": "23456789@A12",
        "secret": "abc123d456",
        "server": "1234",
        "farm": 1,
        "title": "Sample photo 1",
        "ispublic": 1,
        "isfriend": 0,
        "isfamily": 0
      },
      {
        "id": "23456789012",
        "owner": "34567890@B23",
        "secret": "bcd234e567",
        "server": "2345",
        "farm": 2,
        "title": "Sample photo 2",
        "ispublic": 1,
        "isfriend": 0,
        "isfamily": 0
      }
    ]
  }
}`;
const PARAMS_TEMPLATE = `#set($allParams = $input.params())
{
  "params" : {
    #foreach($type in $allParams.keySet())
    #set($params = $allParams.get($type))
    "$type" : {
      #foreach($paramName in $params.keySet())
      "$paramName" : "$util.escapeJavaScript($params.get($paramName))"
      #if($foreach.hasNext),#end
      #end
    }
    #if($foreach.hasNext),#end
    #end
  }
}`;
const OVERRIDE_STATUS_TEMPLATE = `#set($inputRoot = $input.path('$'))
$input.json("$")
#if($inputRoot.toString().contains("error"))
#set($context.responseOverride.status = 400)
#end
`;
const OVERRIDE_HEADER_TEMPLATE = `#set($header1Override = "foo")
#set($header3Value = "$input.params('header1')$input.params('header2')")
$input.json("$")
#set($context.requestOverride.header.header3 = $header3Value)
#set($context.requestOverride.header.header1 = $header1Override)
`;
const MOCK_SCOPE_TEMPLATE = `{
  #if( $input.params('scope') == "internal" )
    "statusCode": 200
  #else
    "statusCode": 500
  #end
}`;
const tq = (template, payload, expect, derived) => ({
    source: 'TQ',
    derived,
    template,
    input: { body: payload },
    expect,
});
const QUOTED_PATH = `"$input.path('$')"`;
const TQ_QUOTE = 'the template puts the value between the quotes it shows; the recorded JSON string is that value';
const CASES = [
    // ---- DG-ref: $util.parseJson, literal output ----------------------------------------------------
    {
        name: '$util.parseJson: errorMessage object, key2.arr[0]',
        source: 'DG-ref $util table, parseJson example (template and output shown literally)',
        template: `#set ($errorMessageObj = $util.parseJson($input.path('$.errorMessage')))
{
   "errorMessageObjKey2ArrVal" : $errorMessageObj.key2.arr[0]
}
`,
        input: { body: '{"errorMessage":"{\\"key1\\":\\"var1\\",\\"key2\\":{\\"arr\\":[1,2,3]}}"}' },
        expect: { exact: '{\n   "errorMessageObjKey2ArrVal" : 1\n}\n' },
    },
    // ---- DG-ref: $input examples ---------------------------------------------------------------------
    {
        name: '$input request example: id from the path, count of things',
        source: 'DG-ref "Example request and response using $input" (POST /things/abc)',
        derived: 'the documented response shows "id": "abc" and "count": "3"; its "things" part is shown unescaped although the template escapes it, so only id and count are asserted',
        template: `{
    "id" : "$input.params('id')",
    "count" : "$input.path('$.things').size()",
    "things" : $util.escapeJavaScript($input.json('$.things'))
}`,
        input: { path: { id: 'abc' }, body: '{\n    "things" : {\n        "1" : {},\n        "2" : {},\n        "3" : {}\n    }\n}' },
        expect: { lines: ['    "id" : "abc",', '    "count" : "3",'] },
    },
    {
        name: "$input.path('$.pets').count() is 3",
        source: 'DG-ref $input table, $input.path(x): "$input.path(\'$.pets\').count() would return "3""',
        template: "$input.path('$.pets').count()",
        input: {
            body: '{"pets":[{"id":1,"type":"dog","price":249.99},{"id":2,"type":"cat","price":124.99},{"id":3,"type":"fish","price":0.99}]}',
        },
        expect: { exact: '3' },
    },
    {
        name: 'parameter mapping template passes path, header and querystring maps',
        source: 'DG-ref "Parameter mapping template example" and the output it outlines',
        derived: 'the outline shows params.path, params.header, params.querystring (in that order) with name → value; compared as parsed JSON with key order',
        template: PARAMS_TEMPLATE,
        input: {
            path: { path_name: 'path_value' },
            header: { header_name: 'header_value' },
            querystring: { querystring_name: 'querystring_value' },
        },
        expect: {
            json: {
                params: {
                    path: { path_name: 'path_value' },
                    header: { header_name: 'header_value' },
                    querystring: { querystring_name: 'querystring_value' },
                },
            },
            keyOrder: true,
        },
    },
    {
        name: 'JSON template: name from the query string, the whole body',
        source: 'DG-ref "Example JSON mapping template using $input"',
        derived: 'the doc: reads a name from the query string and includes the entire POST body; compared as parsed JSON',
        template: `{
    "name" : "$input.params('name')",
    "body" : $input.json('$') 
}`,
        input: { querystring: { name: 'Marco' }, body: '{"type": "dog", "price": 249.99}' },
        expect: { json: { name: 'Marco', body: { type: 'dog', price: 249.99 } } },
    },
    {
        name: "JSON template: a property of the body via $input.json('$.mykey')",
        source: 'DG-ref "Example mapping template using $input"',
        derived: 'the doc: reads a specific property of the body; compared as parsed JSON',
        template: `{
    "name" : "$input.params('name')",
    "body" : $input.json('$.mykey')  
}`,
        input: { querystring: { name: 'Marco' }, body: '{"mykey": {"nested": [1, 2]}, "other": true}' },
        expect: { json: { name: 'Marco', body: { nested: [1, 2] } } },
    },
    {
        name: '$input.params(x): path first',
        source: 'DG-ref $input table: "from the path, query string, or header value (searched in that order)"',
        template: "$input.params('x')",
        input: { path: { x: 'from-path' }, querystring: { x: 'from-query' }, header: { x: 'from-header' } },
        expect: { exact: 'from-path' },
    },
    {
        name: '$input.params(x): query string before header',
        source: 'DG-ref $input table (search order)',
        template: "$input.params('x')",
        input: { querystring: { x: 'from-query' }, header: { x: 'from-header' } },
        expect: { exact: 'from-query' },
    },
    {
        name: '$input.params(x): header last',
        source: 'DG-ref $input table (search order)',
        template: "$input.params('x')",
        input: { header: { x: 'from-header' } },
        expect: { exact: 'from-header' },
    },
    // ---- DG-ref: $stageVariables syntaxes -------------------------------------------------------------
    {
        name: '$stageVariables.<name>',
        source: 'DG-ref $stageVariables table',
        template: 'https://$stageVariables.host/pets',
        input: { stageVariables: { host: 'example.com' } },
        expect: { exact: 'https://example.com/pets' },
    },
    {
        name: "$stageVariables['<name>']",
        source: 'DG-ref $stageVariables table',
        template: "$stageVariables['host']",
        input: { stageVariables: { host: 'example.com' } },
        expect: { exact: 'example.com' },
    },
    {
        name: "${stageVariables['<name>']}",
        source: 'DG-ref $stageVariables table',
        template: "${stageVariables['host']}:8080",
        input: { stageVariables: { host: 'example.com' } },
        expect: { exact: 'example.com:8080' },
    },
    // ---- DG-ref: $util.escapeJavaScript --------------------------------------------------------------
    {
        name: "escapeJavaScript turns ' into \\'",
        source: 'DG-ref $util table: "This function will turn any regular single quotes (\') into escaped ones (\\\')"',
        template: '#set($data = "it\'s")$util.escapeJavaScript($data)',
        expect: { exact: "it\\'s" },
    },
    {
        name: 'escapeJavaScript(data).replaceAll("\\\\\'","\'") gives plain single quotes back',
        source: 'DG-ref $util table (the documented workaround)',
        derived: 'the doc: the replaceAll turns the escaped single quotes back into regular ones',
        template: '#set($data = "it\'s")$util.escapeJavaScript($data).replaceAll("\\\\\'","\'")',
        expect: { exact: "it's" },
    },
    // ---- DG-vars: $context example -------------------------------------------------------------------
    {
        name: '$context variables mapped to backend names',
        source: 'DG-vars Example 1 (template and "The output of this mapping template should look like")',
        derived: 'the doc prints the result as a JS object literal; the values are compared as parsed JSON',
        template: `{
    "stage" : "$context.stage",
    "request_id" : "$context.requestId",
    "api_id" : "$context.apiId",
    "resource_path" : "$context.resourcePath",
    "resource_id" : "$context.resourceId",
    "http_method" : "$context.httpMethod",
    "source_ip" : "$context.identity.sourceIp",
    "user-agent" : "$context.identity.userAgent",
    "account_id" : "$context.identity.accountId",
    "api_key" : "$context.identity.apiKey",
    "caller" : "$context.identity.caller",
    "user" : "$context.identity.user",
    "user_arn" : "$context.identity.userArn"
}`,
        input: {
            context: {
                stage: 'prod',
                requestId: 'abcdefg-000-000-0000-abcdefg',
                apiId: 'abcd1234',
                resourcePath: '/',
                resourceId: 'efg567',
                httpMethod: 'GET',
                identity: {
                    sourceIp: '192.0.2.1',
                    userAgent: 'curl/7.84.0',
                    accountId: '111122223333',
                    apiKey: 'MyTestKey',
                    caller: 'ABCD-0000-12345',
                    user: 'ABCD-0000-12345',
                    userArn: 'arn:aws:sts::111122223333:assumed-role/Admin/carlos-salazar',
                },
            },
        },
        expect: {
            json: {
                stage: 'prod',
                request_id: 'abcdefg-000-000-0000-abcdefg',
                api_id: 'abcd1234',
                resource_path: '/',
                resource_id: 'efg567',
                http_method: 'GET',
                source_ip: '192.0.2.1',
                'user-agent': 'curl/7.84.0',
                account_id: '111122223333',
                api_key: 'MyTestKey',
                caller: 'ABCD-0000-12345',
                user: 'ABCD-0000-12345',
                user_arn: 'arn:aws:sts::111122223333:assumed-role/Admin/carlos-salazar',
            },
        },
    },
    // ---- DG-step: PetStore response templates (console TestInvoke output) ----------------------------
    {
        name: 'PetStore flattenall: listings, with the blank line of the template after each comma',
        source: 'DG-step "To set up the integration for the first GET method" (flattenall template and Response Body)',
        derived: 'byte exact: the documented body keeps the 8 blanks that follow each comma (the template line after #end); no trailing newline on either side',
        template: `#set($inputRoot = $input.path('$'))
{
  "listings" : [
#foreach($elem in $inputRoot)
    "Item number $elem.id is a $elem.type. The asking price is $elem.price."#if($foreach.hasNext),#end
        
#end
  ]
}`,
        input: { body: PETS },
        expect: {
            exact: `{
  "listings" : [
    "Item number 1 is a dog. The asking price is 249.99.",        
    "Item number 2 is a cat. The asking price is 124.99.",        
    "Item number 3 is a fish. The asking price is 0.99."        
  ]
}`,
        },
    },
    {
        name: 'PetStore lambdaflattensome: description and askingPrice',
        source: 'DG-step "To set up integration for the second GET method" (template and Response Body)',
        derived: 'the listing shows trailing blanks the template listing does not have; compared right-trimmed',
        template: `#set($inputRoot = $input.path('$'))
[
#foreach($elem in $inputRoot)
  {
    "description" : "Item $elem.id is a $elem.type.",
    "askingPrice" : $elem.price
  }#if($foreach.hasNext),#end

#end
]`,
        input: { body: PETS },
        expect: {
            trimmedLines: `[
  {
    "description" : "Item 1 is a dog.",
    "askingPrice" : 249.99
  },
  {
    "description" : "Item 2 is a cat.",
    "askingPrice" : 124.99
  },
  {
    "description" : "Item 3 is a fish.",
    "askingPrice" : 0.99
  }
]`,
        },
    },
    {
        name: 'PetStore flattensome (HTTP): description and askingPrice',
        source: 'DG-step "To set up integration for the third GET method"',
        derived: 'compared right-trimmed (see lambdaflattensome)',
        template: `#set($inputRoot = $input.path('$'))
[
#foreach($elem in $inputRoot)
  {
    "description": "Item $elem.id is a $elem.type.",
    "askingPrice": $elem.price 
  }#if($foreach.hasNext),#end

#end
]`,
        input: { body: PETS },
        expect: {
            trimmedLines: `[
  {
    "description": "Item 1 is a dog.",
    "askingPrice": 249.99
  },
  {
    "description": "Item 2 is a cat.",
    "askingPrice": 124.99
  },
  {
    "description": "Item 3 is a fish.",
    "askingPrice": 0.99
  }
]`,
        },
    },
    {
        name: 'PetStore noflatten: number, class, salesPrice',
        source: 'DG-step "To set up integration for the fourth GET method"',
        derived: 'compared right-trimmed (see lambdaflattensome)',
        template: `#set($inputRoot = $input.path('$'))
[
#foreach($elem in $inputRoot)
  {
    "number": $elem.id,
    "class": "$elem.type",
    "salesPrice": $elem.price 
  }#if($foreach.hasNext),#end

#end
]`,
        input: { body: PETS },
        expect: {
            trimmedLines: `[
  {
    "number": 1,
    "class": "dog",
    "salesPrice": 249.99
  },
  {
    "number": 2,
    "class": "cat",
    "salesPrice": 124.99
  },
  {
    "number": 3,
    "class": "fish",
    "salesPrice": 0.99
  }
]`,
        },
    },
    // ---- DG-photo --------------------------------------------------------------------------------------
    {
        name: 'Photos output mapping template gives the transformed data',
        source: 'DG-photo "Output mapping template" applied to "Original data", result "Transformed data"',
        derived: 'the doc shows the transformed data pretty-printed; compared as parsed JSON',
        template: `#set($inputRoot = $input.path('$'))
{
  "photos": [
#foreach($elem in $inputRoot.photos.photo)
    {
      "id": "$elem.id",
      "owner": "$elem.owner",
      "title": "$elem.title",
      "ispublic": $elem.ispublic,
      "isfriend": $elem.isfriend,
      "isfamily": $elem.isfamily
    }#if($foreach.hasNext),#end
\t\t
#end
  ]
}`,
        input: { body: PHOTOS },
        expect: {
            json: {
                photos: [
                    { id: '12345678901', owner: '23456789@A12', title: 'Sample photo 1', ispublic: 1, isfriend: 0, isfamily: 0 },
                    { id: '23456789012', owner: '34567890@B23', title: 'Sample photo 2', ispublic: 1, isfriend: 0, isfamily: 0 },
                ],
            },
        },
    },
    // ---- DG-mock ----------------------------------------------------------------------------------------
    {
        name: 'MOCK request template {"statusCode": 200} is output as is',
        source: 'DG-mock (first request template)',
        template: '{"statusCode": 200}',
        expect: { exact: '{"statusCode": 200}' },
    },
    {
        name: 'MOCK scope=internal selects 200',
        source: 'DG-mock (scope query parameter template): internal calls go through',
        derived: 'compared as parsed JSON',
        template: MOCK_SCOPE_TEMPLATE,
        input: { querystring: { scope: 'internal' } },
        expect: { json: { statusCode: 200 } },
    },
    {
        name: 'MOCK other scope selects 500',
        source: 'DG-mock (scope query parameter template): other calls get the error response',
        derived: 'compared as parsed JSON',
        template: MOCK_SCOPE_TEMPLATE,
        input: { querystring: { scope: 'external' } },
        expect: { json: { statusCode: 500 } },
    },
    // ---- DG-over ----------------------------------------------------------------------------------------
    {
        name: 'response override: status 400 when the body contains "error"',
        source: 'DG-over "Override an API\'s Response Status Code" (GET /pets/-1: "Method completed with status: 400", body unchanged)',
        derived: "status 400 and the body (the endpoint's JSON) are what the doc states; the body is compared as parsed JSON",
        template: OVERRIDE_STATUS_TEMPLATE,
        input: {
            body: '{\n  "errors": [\n    {\n      "key": "GetPetRequest.petId",\n      "message": "The value is out of range."\n    }\n  ]\n}',
        },
        expect: { json: { errors: [{ key: 'GetPetRequest.petId', message: 'The value is out of range.' }] } },
        context: (ctx) => assert.equal(ctx.responseOverride.status, 400),
    },
    {
        name: 'request override: header3 = header1Val + header2Val, header1 = foo',
        source: 'DG-over "Override an API\'s Request Parameters and Headers" (log: "header3=header1Valheader2Val … header1=foo")',
        template: OVERRIDE_HEADER_TEMPLATE,
        input: { header: { header1: 'header1Val', header2: 'header2Val' } },
        expect: { lines: [] },
        context: (ctx) => assert.deepEqual(ctx.requestOverride.header, { header3: 'header1Valheader2Val', header1: 'foo' }),
    },
    {
        name: 'overriding the same parameter twice fails the request',
        source: 'DG-over: "Trying to override the same parameter multiple times will result in 5XX responses"',
        template: '#set($context.requestOverride.header.h = "a")\n#set($context.requestOverride.header.h = "b")\n',
        expect: { error: (e) => e instanceof TemplateError },
    },
    // ---- F88 ---------------------------------------------------------------------------------------------
    {
        name: 'F88: request template overrides the status (444) and a header, readable in the response template',
        source: 'F88 (LS-snap test_integration_mock_with_response_override_in_request_template)',
        derived: 'F88 records the effect (status 444, the values readable later); the template text is of that shape, not the recorded one',
        template: '{"statusCode": 200}\n#set($context.responseOverride.status = 444)\n#set($context.responseOverride.header.foo = "bar")\nstatus=$context.responseOverride.status foo=$context.responseOverride.header.foo',
        expect: { lines: ['{"statusCode": 200}', 'status=444 foo=bar'] },
        context: (ctx) => {
            assert.equal(ctx.responseOverride.status, 444);
            assert.equal(ctx.responseOverride.header.foo, 'bar');
        },
    },
    // ---- TQ: recorded on API Gateway ----------------------------------------------------------------------
    { name: 'TQ 12f77fd5: "$input.path(\'$\')" of a=b', ...tq(QUOTED_PATH, 'a=b', { exact: '"a=b"' }, TQ_QUOTE) },
    { name: 'TQ fcaf7ddd: "$input.path(\'$\')" of "a=b"', ...tq(QUOTED_PATH, '"a=b"', { exact: '"a=b"' }, TQ_QUOTE) },
    { name: "TQ 0dce6fa3: $input.json('$') of a=b", ...tq("$input.json('$')", 'a=b', { json: 'a=b' }) },
    { name: 'TQ dbd6cf1c: $input.json(\'$\') of "a=b"', ...tq("$input.json('$')", '"a=b"', { json: 'a=b' }) },
    { name: 'TQ 03be1e25: "$input.path(\'$\')" of {}', ...tq(QUOTED_PATH, '{}', { exact: '"{}"' }, TQ_QUOTE) },
    { name: 'TQ 1b8d22cd: "$input.path(\'$\')" of "{}"', ...tq(QUOTED_PATH, '"{}"', { exact: '"{}"' }, TQ_QUOTE) },
    { name: "TQ b9f18c27: $input.json('$') of {}", ...tq("$input.json('$')", '{}', { json: {} }) },
    {
        name: 'TQ 25c6993c: {"name": "$input.path(\'$\')"} of name=toqoz',
        ...tq(`{"name": "$input.path('$')"}`, 'name=toqoz', { exact: '{"name": "name=toqoz"}' }, 'the recorded {"name":"name=toqoz"} with the template\'s own blank'),
    },
    {
        name: 'TQ 122ff6ce: "$input.path(\'$\')" of {a is a payload error',
        ...tq(QUOTED_PATH, '{a', { error: (e) => e instanceof TemplateError && e.cause instanceof PayloadParseError }, 'AWS answered 400 "Could not process payload…ParseException"'),
    },
    { name: 'TQ d4719b3d: "$input.path(\'$\')" of a{b', ...tq(QUOTED_PATH, 'a{b', { exact: '"a{b"' }, TQ_QUOTE) },
    {
        name: 'TQ 2b1f2df4: "$input.path(\'$\')" of [a is a payload error',
        ...tq(QUOTED_PATH, '[a', { error: (e) => e instanceof TemplateError && e.cause instanceof PayloadParseError }, 'AWS answered 400 "Could not process payload…ParseException"'),
    },
    { name: 'TQ c0cfe50d: "$input.path(\'$\')" of a[', ...tq(QUOTED_PATH, 'a[', { exact: '"a["' }, TQ_QUOTE) },
    { name: 'TQ a7361ae0: "$input.path(\'$\')" of null{', ...tq(QUOTED_PATH, 'null{', { exact: '"null{"' }, TQ_QUOTE) },
    { name: 'TQ 728fbd1f: "$input.path(\'$\')" of true{', ...tq(QUOTED_PATH, 'true{', { exact: '"true{"' }, TQ_QUOTE) },
    { name: 'TQ 461fd8fa: "$input.path(\'$\')" of false{', ...tq(QUOTED_PATH, 'false{', { exact: '"false{"' }, TQ_QUOTE) },
    { name: 'TQ 48665148: "$input.path(\'$\')" of undefined{', ...tq(QUOTED_PATH, 'undefined{', { exact: '"undefined{"' }, TQ_QUOTE) },
    // ---- LS (AWS-validated tests) ---------------------------------------------------------------------------
    {
        name: "$input.path('$') prints a map Java-style and a list inside it as JSON",
        source: 'LS #12379 (VTLJsonDict docstring: $input.path(\'$\') of {"a": 1, "b": [{"c": 5}]} → {a=1, b=[{"c":5}]})',
        template: "$input.path('$')",
        input: { body: '{"a": 1, "b": [{"c": 5}]}' },
        expect: { exact: '{a=1, b=[{"c":5}]}' },
    },
    {
        name: "$input.path('$').b prints the list as JSON",
        source: 'LS #12379 (VTLJsonList docstring: $input.path(\'$\').b → [{"c":5}])',
        template: "$input.path('$').b",
        input: { body: '{"a": 1, "b": [{"c": 5}]}' },
        expect: { exact: '[{"c":5}]' },
    },
    {
        name: 'a map prints {foo=bar}',
        source: 'LS #12379 description: AWS returns a java object string representation {foo=bar}',
        template: "$input.path('$')",
        input: { body: '{"foo": "bar"}' },
        expect: { exact: '{foo=bar}' },
    },
    {
        name: 'a list of maps inside a map prints as JSON: {list=[{"foo":"bar"}]}',
        source: 'LS #12379 description',
        template: "$input.path('$')",
        input: { body: '{"list": [{"foo": "bar"}]}' },
        expect: { exact: '{list=[{"foo":"bar"}]}' },
    },
    {
        name: '$input.body of an empty body is {}',
        source: 'LS #12413 ("API Gateway will replace an empty body with {} when using $input.body")',
        template: '$input.body',
        expect: { exact: '{}' },
    },
    {
        name: '$util.urlEncode($input.body) of an empty body (SQS SendMessage template)',
        source: 'LS #12413 (the SQS regression it fixed; template quoted in LS #10835)',
        derived: '{} URL-encoded',
        template: 'Action=SendMessage&MessageBody=$util.urlEncode($input.body)',
        expect: { exact: 'Action=SendMessage&MessageBody=%7B%7D' },
    },
    {
        name: "$input.path('$') of an empty body is null, not {}",
        source: 'LS #12774 (checked on AWS: no empty dict for an empty body)',
        derived: 'null renders as nothing',
        template: "[$input.path('$')]",
        expect: { exact: '[]' },
    },
    {
        name: '$input.path of a JSONPath that matches nothing is null',
        source: 'LS #12774 (no match → None)',
        derived: 'null renders as nothing',
        template: "[$input.path('$.nope')]",
        input: { body: '{"a": 1}' },
        expect: { exact: '[]' },
    },
    {
        name: 'escapeJavaScript of a parameter has no surrounding quotes',
        source: 'LS #9157 ("$util.escapeJavaScript($path.get($paramName)) … AWS version - without double quotes")',
        template: '#set($path = $input.params().path)"$util.escapeJavaScript($path.get(\'petId\'))"',
        input: { path: { petId: '42' } },
        expect: { exact: '"42"' },
    },
    {
        name: "$input.params().get('header') is the header map",
        source: 'LS #9157 ("$input.params().get(\'header\') … AWS version returns dictionary")',
        template: "$input.params().get('header').get('h1')|$input.params().get('header').size()",
        input: { header: { h1: 'v1', h2: 'v2' } },
        expect: { exact: 'v1|2' },
    },
    {
        name: '#define loop over the path parameters renders "proxy": "test" once quoted',
        source: 'LS #7226 / localstack#7188 ("$k": "$v" quoted by the template, validated on AWS)',
        derived: "the #define block is the PR's; the wrapper object is ours; compared as parsed JSON",
        template: `#define( $loop )
{
    #foreach($e in $map.keySet())
       #set( $k = $e )
       #set( $v = $map.get($k))
       "$k": "$v"
       #if( $foreach.hasNext ) , #end
    #end
}
#end
#set( $map = $input.params().path )
{ "path": $loop }`,
        input: { path: { proxy: 'test' } },
        expect: { json: { path: { proxy: 'test' } } },
    },
    // ---- DG-lim ----------------------------------------------------------------------------------------------
    {
        name: '#foreach runs 1,000 iterations',
        source: 'DG-lim (#foreach at most 1,000 iterations)',
        template: '#set($n = 0)#foreach($i in [1..1000])#set($n = $n + 1)#end$n',
        expect: { exact: '1000' },
    },
    {
        name: '#foreach over 1,001 items fails the render',
        source: 'DG-lim (#foreach at most 1,000 iterations)',
        template: '#foreach($i in [1..1001])x#end',
        expect: { error: (e) => e instanceof TemplateError && /1000 iterations/.test(e.message) },
    },
];
describe('mapping templates: golden cases (AWS docs and recordings)', () => {
    it('has at least 40 cases, each with a source', () => {
        assert.ok(CASES.length >= 40, `${CASES.length} cases`);
        for (const c of CASES)
            assert.ok(c.source.length > 0, c.name);
    });
    for (const c of CASES) {
        it(`${c.name} [${c.source.split(' ')[0]}]`, () => {
            const env = envOf(c.input);
            const render = () => new CompiledTemplate(c.template).render(env);
            const e = c.expect;
            if ('error' in e) {
                assert.throws(render, (err) => e.error(err));
                return;
            }
            const out = render();
            if ('exact' in e)
                assert.equal(out, e.exact);
            else if ('json' in e) {
                const parsed = JSON.parse(out);
                assert.deepEqual(parsed, e.json);
                if (e.keyOrder)
                    assert.equal(JSON.stringify(parsed), JSON.stringify(e.json));
            }
            else if ('trimmedLines' in e)
                assert.equal(rtrimLines(out), rtrimLines(e.trimmedLines));
            else if ('lines' in e) {
                const lines = out.split('\n');
                for (const l of e.lines)
                    assert.ok(lines.includes(l), `missing line ${JSON.stringify(l)} in ${JSON.stringify(out)}`);
            }
            c.context?.(env.context);
        });
    }
    it('a template over 300 KB is refused', () => {
        // DG:api-gateway-known-issues (aws-behavior.md "Limits"): mapping templates are at most 300 KB.
        assert.throws(() => new CompiledTemplate('x'.repeat(300 * 1024 + 1)), TemplateError);
        assert.equal(new CompiledTemplate('x'.repeat(300 * 1024)).render(envOf()).length, 300 * 1024);
    });
});
//# sourceMappingURL=vtl-golden.test.js.map