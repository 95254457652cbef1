/**
 * The documentation an export carries: the parts frozen in the stage's documentation version
 * (documentation-versions.ts keeps them in the version entity). A stage without a version, or
 * naming one that no longer exists, exports no documentation. The shape is the
 * x-amazon-apigateway-documentation object (DG:api-gateway-swagger-extensions-documentation):
 * {version, createdDate, documentationParts: [{location, properties}]}, properties as JSON objects.
 */
import type { StoreReader } from '../../../store/store.js';
import { type ControlContext } from '../context.js';
import { documentationVersions } from '../collections.js';
import type { ExportDocumentation } from './export-types.js';

const isoSeconds = (s: number): string => new Date(s * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');

export async function exportDocumentation(
  reader: StoreReader,
  ctx: ControlContext,
  apiId: string,
  version: string | undefined,
): Promise<ExportDocumentation | undefined> {
  if (!version) return undefined;
  const v = await documentationVersions.in(reader, ctx.region, apiId).get(version);
  if (!v) return undefined;
  return {
    version: v.version,
    createdDate: isoSeconds(v.createdDate),
    parts: (v.parts ?? []).map((p) => {
      let properties: Record<string, unknown> = {};
      try {
        const parsed: unknown = JSON.parse(p.properties);
        if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) properties = parsed as Record<string, unknown>;
      } catch {
        /* stored parts are valid JSON objects; anything else exports as {} */
      }
      return { location: { ...p.location }, properties };
    }),
  };
}
