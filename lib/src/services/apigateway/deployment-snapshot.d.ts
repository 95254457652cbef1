/**
 * The frozen copy of a REST API that CreateDeployment stores and the data plane serves: later edits
 * to the API change nothing deployed until the next deployment (as AWS; cf. LocalStack's
 * freeze_rest_api). Stage settings (variables, method settings) are not in it: they are read live.
 */
import type { StoreReader } from '../../store/store.js';
import type { RestApi } from './rest-apis.js';
import type { DeploymentSnapshot } from '../../domain/deployment.js';
export { type DeploymentSnapshot };
export declare function takeSnapshot(reader: StoreReader, api: RestApi, region: string): Promise<DeploymentSnapshot>;
