/**
 * Client SDKs: GetSdkTypes / GetSdkType list what GetSdk generates (Tollgate generates JavaScript
 * only), GetSdk answers a ZIP of the generated client for a stage's deployment (sdk-javascript.ts,
 * sdk-zip.ts).
 *
 * Wire facts: AWS answers GetSdk with `Content-Type: application/octet-stream` and
 * `Content-Disposition: attachment; filename="javascript_2016-02-22_23-52Z.zip"` (AWS CLI example,
 * aws/aws-cli awscli/examples/apigateway/get-sdk.rst), i.e. `{sdkType}_{UTC yyyy-MM-dd_HH-mm}Z.zip`.
 * AWS's SdkType entries are not recorded: the shape is SVC SdkType {id, friendlyName, description,
 * configurationProperties}; the javascript type takes no configuration properties (SVC GetSdkRequest
 * names required parameters only for android, java, objectivec and swift).
 */
import { badRequest, notFound } from './errors.js';
import { getDeployment } from './deployments.js';
import { getApi } from './rest-apis.js';
import { javascriptClient, javascriptReadme, SDK_FOLDER } from './sdk-javascript.js';
import { writeZip } from './sdk-zip.js';
import { getStage } from './stages.js';
export const SDK_TYPES = [
    { id: 'javascript', friendlyName: 'JavaScript', description: 'JavaScript SDK (an ES module using fetch)', configurationProperties: [] },
];
/** The types AWS generates (SVC GetSdkRequest.sdkType) that Tollgate does not. */
const AWS_ONLY_TYPES = ['java', 'android', 'objectivec', 'swift', 'ruby'];
/** Not recorded: the text for an SDK type nobody generates; it follows the "Invalid … specified" texts. */
const sdkTypeNotFound = (id) => notFound(`Invalid SDK type specified: ${id}`);
/** `attachment; filename="javascript_2016-02-22_23-52Z.zip"` (AWS CLI example). */
export function sdkFilename(type, at) {
    const iso = at.toISOString(); // 2016-02-22T23:52:07.123Z
    return `${type}_${iso.slice(0, 10)}_${iso.slice(11, 13)}-${iso.slice(14, 16)}Z.zip`;
}
/** Where a generated client sends requests by default: this server's main listener as configured. */
function defaultEndpoint(config) {
    const host = config.host === '0.0.0.0' || config.host === '::' || !config.host ? '127.0.0.1' : config.host;
    return `http://${host.includes(':') ? `[${host}]` : host}:${config.port || 4567}`;
}
export const sdkHandlers = {
    /** The SdkTypes shape has no `position`: the one page is the whole list (`limit` and `position` are accepted and ignored). */
    async GetSdkTypes() {
        return { items: SDK_TYPES.map((t) => ({ ...t })) };
    },
    async GetSdkType(input) {
        const t = SDK_TYPES.find((x) => x.id === input.id);
        if (!t)
            throw sdkTypeNotFound(input.id);
        return { ...t };
    },
    async GetSdk(input, ctx) {
        const api = await getApi(ctx.store, ctx, input.restApiId);
        const stage = await getStage(ctx.store, ctx, input.restApiId, input.stageName);
        if (input.sdkType !== 'javascript') {
            // Not an AWS text: AWS generates these types, Tollgate does not.
            if (AWS_ONLY_TYPES.includes(input.sdkType))
                throw badRequest(`Tollgate does not generate ${input.sdkType} SDKs; supported types: ${SDK_TYPES.map((t) => t.id).join(', ')}`);
            throw sdkTypeNotFound(input.sdkType);
        }
        const deployment = await getDeployment(ctx.store, ctx, input.restApiId, stage.deploymentId);
        const snap = deployment.snapshot;
        const sdk = {
            apiId: api.id,
            apiName: snap.api.name,
            stageName: stage.stageName,
            deploymentId: deployment.id,
            endpoint: defaultEndpoint(ctx.config),
        };
        const now = new Date();
        const pkg = {
            name: 'apigateway-js-sdk',
            version: '1.0.0',
            description: `Client for ${snap.api.name} (${api.id}), stage ${stage.stageName}`,
            type: 'module',
            main: 'apigClient.js',
            private: true,
        };
        const zip = writeZip([
            { name: `${SDK_FOLDER}/apigClient.js`, data: Buffer.from(javascriptClient(snap, sdk)) },
            { name: `${SDK_FOLDER}/package.json`, data: Buffer.from(`${JSON.stringify(pkg, null, 2)}\n`) },
            { name: `${SDK_FOLDER}/README.md`, data: Buffer.from(javascriptReadme(sdk, snap)) },
        ], now);
        return {
            contentType: 'application/octet-stream',
            contentDisposition: `attachment; filename="${sdkFilename(input.sdkType, now)}"`,
            body: zip,
        };
    },
};
