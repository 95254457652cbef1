/** `--cognito-jwks ARN=PATH|URL` entries. */
export declare function parseCognitoJwks(flags: string[] | undefined, env: string | undefined): Record<string, string>;
