import { inspect } from 'node:util';
import { type PolicyDocument } from '../domain/policy-document.js';
export interface Credential {
    accessKeyId: string;
    secretAccessKey: string;
    sessionToken?: string;
    principalArn: string;
    accountId: string;
    /** `$context.identity.user` and `caller`. */
    userId: string;
    /** Identity policy for execute-api:Invoke; undefined = allow. */
    policy?: PolicyDocument;
}
export declare class CredentialStore {
    #private;
    constructor(entries?: Credential[]);
    get(accessKeyId: string): Credential | undefined;
    get size(): number;
    toJSON(): {
        credentials: number;
    };
    [inspect.custom](): string;
}
/** Parses a credentials document. Messages never quote a secret. */
export declare function parseCredentials(doc: unknown, defaultAccount: string, source?: string): Credential[];
/** `--credentials FILE` and/or TOLLGATE_ACCESS_KEY_ID / TOLLGATE_SECRET_ACCESS_KEY. */
export declare function loadCredentials(file: string | undefined, env: NodeJS.ProcessEnv, accountId: string): CredentialStore;
