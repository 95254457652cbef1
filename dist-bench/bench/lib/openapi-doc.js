/** Generated OpenAPI 3.0 documents of a chosen size, for bench/openapi.ts. */
/** A synthetic OpenAPI 3.0 document of `paths` resources (about 2.6 KB each). */
export function generate(paths) {
    const schemas = {};
    const docPaths = {};
    for (let i = 0; i < paths; i++) {
        schemas[`Item${i}`] = {
            type: 'object',
            required: ['id', 'name'],
            description: `Item number ${i}`,
            properties: {
                id: { type: 'string', format: 'uuid', example: '0b9f3e2c-0000-4000-8000-000000000000' },
                name: { type: 'string', maxLength: 200 },
                tags: { type: 'array', items: { type: 'string' } },
                owner: { $ref: `#/components/schemas/Item${(i + 1) % paths}` },
                created: { type: 'string', format: 'date-time', readOnly: true },
            },
        };
        const integration = {
            type: 'http_proxy',
            httpMethod: 'ANY',
            uri: `https://backend.example.com/items${i}/{id}`,
            requestParameters: { 'integration.request.path.id': 'method.request.path.id' },
        };
        docPaths[`/group${i % 50}/items${i}/{id}`] = {
            parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
            get: {
                operationId: `getItem${i}`,
                summary: `Read item ${i}`,
                parameters: [
                    { name: 'expand', in: 'query', schema: { type: 'string' } },
                    { name: 'X-Request-Id', in: 'header', schema: { type: 'string' } },
                ],
                responses: {
                    200: {
                        description: 'the item',
                        headers: { ETag: { schema: { type: 'string' } } },
                        content: { 'application/json': { schema: { $ref: `#/components/schemas/Item${i}` } } },
                    },
                    404: { description: 'none' },
                },
                'x-amazon-apigateway-integration': integration,
            },
            put: {
                operationId: `putItem${i}`,
                requestBody: {
                    required: true,
                    content: {
                        'application/json': {
                            schema: { type: 'object', properties: { name: { type: 'string' }, tags: { type: 'array', items: { type: 'string' } } } },
                        },
                    },
                },
                responses: {
                    200: { description: 'saved', content: { 'application/json': { schema: { $ref: `#/components/schemas/Item${i}` } } } },
                },
                'x-amazon-apigateway-integration': integration,
            },
            options: {
                responses: { 200: { description: 'CORS', headers: { 'Access-Control-Allow-Origin': { schema: { type: 'string' } } } } },
                'x-amazon-apigateway-integration': {
                    type: 'mock',
                    requestTemplates: { 'application/json': '{"statusCode": 200}' },
                    responses: {
                        default: { statusCode: '200', responseParameters: { 'method.response.header.Access-Control-Allow-Origin': "'*'" } },
                    },
                },
            },
        };
    }
    return { openapi: '3.0.1', info: { title: 'bench', version: '1' }, paths: docPaths, components: { schemas } };
}
/** A generated document of about `mb` MB. */
export function documentOf(mb) {
    const perPath = JSON.stringify(generate(10)).length / 10;
    let n = Math.max(1, Math.round((mb * 1e6) / perPath));
    let body = Buffer.from(JSON.stringify(generate(n)));
    n = Math.max(1, Math.round((n * mb * 1e6) / body.length));
    body = Buffer.from(JSON.stringify(generate(n)));
    return body;
}
//# sourceMappingURL=openapi-doc.js.map