import { type RunningApp } from './app.js';
export interface StartOptions {
    /** More `tollgate serve` flags (`--functions DIR`, `--credentials FILE`, `--log-level info`, …). */
    args?: string[];
    /** The region of `clientConfig` (default us-east-1). */
    region?: string;
}
export interface TestCredentials {
    accessKeyId: string;
    secretAccessKey: string;
}
export interface RunningTollgate extends AsyncDisposable {
    /** The main listener (invoke URLs), `http://127.0.0.1:PORT`. */
    url: string;
    /** The management endpoint for SDK clients and the CLI's --endpoint-url (the main listener unless --admin-port). */
    endpoint: string;
    region: string;
    /** Any key works on loopback; these are LocalStack's customary `test`/`test`. */
    credentials: TestCredentials;
    /** `{ endpoint, region, credentials }`: the constructor argument of any AWS SDK v3 client. */
    clientConfig: {
        endpoint: string;
        region: string;
        credentials: TestCredentials;
    };
    /** Variables that point a child process's AWS SDK or CLI here (AWS_ENDPOINT_URL, keys, region). */
    env: Record<string, string>;
    /** The URL of `path` on a deployed stage: `{url}/_aws/execute-api/{apiId}/{stage}{path}`. */
    invokeUrl(apiId: string, stage: string, path?: string): string;
    /** The running app itself (its store, logger), for what the above does not cover. */
    app: RunningApp;
    /** Stops it; again is a no-op. */
    stop(): Promise<void>;
}
export declare function startTollgate(options?: StartOptions): Promise<RunningTollgate>;
