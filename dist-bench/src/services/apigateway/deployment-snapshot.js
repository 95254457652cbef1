import { Kind, apiScope } from '../../domain/kinds.js';
async function bodies(reader, kind, scope) {
    return (await reader.all(kind, scope)).filter((r) => r.scope === scope).map((r) => r.body);
}
export async function takeSnapshot(reader, api, region) {
    const scope = apiScope(region, api.id);
    return {
        api: {
            id: api.id,
            name: api.name,
            description: api.description,
            version: api.version,
            createdDate: api.createdDate,
            binaryMediaTypes: api.binaryMediaTypes,
            minimumCompressionSize: api.minimumCompressionSize,
            apiKeySource: api.apiKeySource,
            policy: api.policy,
            disableExecuteApiEndpoint: api.disableExecuteApiEndpoint,
            endpointConfiguration: api.endpointConfiguration,
        },
        resources: await bodies(reader, Kind.resource, scope),
        models: await bodies(reader, Kind.model, scope),
        requestValidators: await bodies(reader, Kind.requestValidator, scope),
        authorizers: await bodies(reader, Kind.authorizer, scope),
        gatewayResponses: await bodies(reader, Kind.gatewayResponse, scope),
    };
}
//# sourceMappingURL=deployment-snapshot.js.map