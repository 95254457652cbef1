import { Kind, apiScope } from '../../../domain/kinds.js';
const isoSeconds = (s) => new Date(s * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
export async function exportDocumentation(reader, ctx, apiId, version) {
    if (!version)
        return undefined;
    const v = await reader.get(Kind.documentationVersion, apiScope(ctx.region, apiId), version);
    if (!v)
        return undefined;
    return {
        version: v.version,
        createdDate: isoSeconds(v.createdDate),
        parts: (v.parts ?? []).map((p) => {
            let properties = {};
            try {
                const parsed = JSON.parse(p.properties);
                if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
                    properties = parsed;
            }
            catch {
                /* stored parts are valid JSON objects; anything else exports as {} */
            }
            return { location: { ...p.location }, properties };
        }),
    };
}
