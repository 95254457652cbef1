export declare const LOCALSTACK_PORT = 4566;
/** LocalStack's documented dummy keys (its docs' `AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test`). */
export declare const LOCALSTACK_KEYS: {
    accessKeyId: string;
    secretAccessKey: string;
};
export interface LocalStackListen {
    host: string | undefined;
    port: number | undefined;
}
/** The first entry of GATEWAY_LISTEN: `host:port`, `:port`, `host`, or `[v6]:port`. */
export declare function parseGatewayListen(v: string): LocalStackListen;
/** Whether the mode is on: asked for, or implied by GATEWAY_LISTEN or by port 4566. */
export declare function localStackMode(flag: boolean, env: NodeJS.ProcessEnv, requestedPort: number | undefined): boolean;
/**
 * The environment credentials are read from: in the mode, with management off loopback and no keys
 * configured, the `test`/`test` key (Tollgate refuses an open management API off loopback; LocalStack's
 * users sign with these). On loopback any key already works.
 */
export declare function withLocalStackKeys(env: NodeJS.ProcessEnv, managementHost: string, credentialsFile: string | undefined): NodeJS.ProcessEnv;
