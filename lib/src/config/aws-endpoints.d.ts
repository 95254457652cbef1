export interface AwsEndpoints {
    /** The endpoint of every service not named in `services`; undefined = AWS. */
    all: string | undefined;
    /** Service name (as the integration URI spells it) → endpoint URL. */
    services: Record<string, string>;
}
export interface AwsKeys {
    accessKeyId: string;
    secretAccessKey: string;
    sessionToken?: string;
}
export declare function parseAwsEndpoints(flags: string[] | undefined, env: string | undefined): AwsEndpoints;
/** The configured signing keys; undefined when none are (the standard chain is used then). */
export declare function awsKeysFromEnv(env: NodeJS.ProcessEnv): AwsKeys | undefined;
