/**
 * GetExport: the stage's deployed API (the deployment snapshot, not the draft) as Swagger 2.0 or
 * OpenAPI 3.0.1, JSON or YAML (export-document.ts builds the document).
 *
 * Wire facts: AWS answers `Content-Type: application/octet-stream` and `Content-Disposition: attachment;
 * filename="swagger_1.0.0.json"`, where 1.0.0 is the API's version, or its creation date when it has
 * none (F52, F53; LS-snap test_apigateway_extended). That recording was made with boto3, which sends
 * `Accept: application/json` to API Gateway whenever the caller sets none (botocore handlers.py
 * `add_accept_header`; the JS SDK's middleware-sdk-api-gateway does the same): so an explicit JSON
 * Accept still gets octet-stream, whatever SVC ExportResponse.contentType suggests. YAML is not
 * recorded and is answered the same way (only the file extension differs). The creation date prints
 * as `2024-04-15T21:43:25Z` (the format of LocalStack's AWS-validated exporter; the recording masks it).
 */
import { stringify as toYaml } from 'yaml';
import { badRequest } from '../errors.js';
import type { StoreReader } from '../../../store/store.js';
import type { ControlContext, Handlers } from '../context.js';
import { getDeployment } from '../deployments.js';
import { getApi } from '../rest-apis.js';
import type { RestApi } from '../../../domain/rest-api.js';
import { getStage } from '../stages.js';
import type { Stage } from '../../../domain/stage.js';
import { buildExportDocument, EXPORT_TYPES } from './export-document.js';
import type { ExportDocumentation, ExportType } from './export-types.js';
import { exportDocumentation } from './export-documentation.js';

/** Epoch seconds as AWS prints an API's creation date where a version is expected. */
export const isoSeconds = (epochSeconds: number): string => new Date(epochSeconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** The export's `info.version` and file-name part: the API's version, else its creation date (F52). */
export const apiVersion = (api: Pick<RestApi, 'version' | 'createdDate'>): string => api.version || isoSeconds(api.createdDate);

/**
 * An export type other than swagger and oas30: AWS's text is not recorded; this is moto's (getmoto/moto#5844,
 * test_apigateway_export.py::test_export_api__unknown_export_type), rather than a wording of Tollgate's own.
 */
function checkExportType(t: string): ExportType {
  const type = EXPORT_TYPES.find((x) => x === t);
  if (!type) throw badRequest(`No API exporter for type '${t}'`);
  return type;
}

/** Every export answers this Content-Type (F52, recorded with `Accept: application/json`). */
const EXPORT_CONTENT_TYPE = 'application/octet-stream';

/**
 * The Accept header (`accepts`): application/json (default) or application/yaml (SVC
 * GetExportRequest.accepts). No header, `*\/*` or `application/*` gives JSON; a header naming neither
 * type is refused (not recorded; the text names the two). Returns whether the body is YAML.
 */
function wantsYaml(accepts: string | undefined): boolean {
  if (!accepts || !accepts.trim()) return false;
  const types = accepts
    .split(',')
    .map((t) => t.split(';')[0].trim().toLowerCase())
    .filter(Boolean);
  for (const t of types) {
    if (t === 'application/json' || t === '*/*' || t === 'application/*') return false;
    if (t === 'application/yaml') return true;
  }
  throw badRequest(`Unsupported Accept type: ${accepts}. Supported types are application/json and application/yaml`);
}

/** `extensions=integrations,authorizers` → the set; any other parameter is ignored. */
const extensionsOf = (parameters: Record<string, string> | undefined): Set<string> =>
  new Set(
    (parameters?.extensions ?? '')
      .split(',')
      .map((s) => s.trim().toLowerCase())
      .filter(Boolean),
  );

/**
 * YAML written for YAML 1.1 readers too: PyYAML, SnakeYAML (the AWS CLI's and Java's) resolve plain
 * scalars by 1.1's rules, where `version: 2026-12-07T07:21:52Z` is a timestamp, `on` / `yes` / `n` are
 * booleans and `0755` an octal number. With the 1.1 schema every string such a reader would take for
 * another type is written quoted; a YAML 1.2 reader reads the same strings.
 */
const YAML_OPTIONS = { lineWidth: 0, version: '1.1' } as const;

export interface StageExport {
  api: RestApi;
  stage: Stage;
  body: Buffer;
  contentType: string;
  filename: string;
}

/** Everything GetExport answers: the document of the stage's deployment, its Content-Type and file name. */
export async function exportStage(
  reader: StoreReader,
  ctx: ControlContext,
  apiId: string,
  stageName: string,
  exportType: string,
  opts: { accepts?: string; parameters?: Record<string, string> } = {},
): Promise<StageExport> {
  const api = await getApi(reader, ctx, apiId);
  const type = checkExportType(exportType);
  const stage = await getStage(reader, ctx, apiId, stageName);
  const yaml = wantsYaml(opts.accepts);
  const deployment = await getDeployment(reader, ctx, apiId, stage.deploymentId);
  const extensions = extensionsOf(opts.parameters);
  const documentation: ExportDocumentation | undefined = await exportDocumentation(reader, ctx, apiId, stage.documentationVersion);
  // Deployments taken before the snapshot carried description and version fall back to the API's.
  const frozen = deployment.snapshot.api;
  const version = apiVersion(frozen.createdDate !== undefined ? frozen : api);
  const doc = buildExportDocument(deployment.snapshot, {
    type,
    region: ctx.region,
    stageName: stage.stageName,
    info: {
      title: frozen.name,
      description: (frozen.createdDate !== undefined ? frozen.description : api.description) || undefined,
      version,
    },
    extensions,
    documentation,
  });
  const text = yaml ? toYaml(doc, YAML_OPTIONS) : JSON.stringify(doc, null, 2);
  return {
    api,
    stage,
    body: Buffer.from(text),
    contentType: EXPORT_CONTENT_TYPE,
    filename: `${type}_${version}.${yaml ? 'yaml' : 'json'}`,
  };
}

export const exportHandlers: Handlers = {
  async GetExport(input, ctx) {
    const e = await exportStage(ctx.store, ctx, input.restApiId, input.stageName, input.exportType, input);
    return { contentType: e.contentType, contentDisposition: `attachment; filename="${e.filename}"`, body: e.body };
  },
};
