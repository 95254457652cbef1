/**
 * COGNITO_USER_POOLS authorizers (DG:apigateway-integrate-with-cognito, DG:apigateway-enable-cognito-user-pool;
 * aws-behavior.md "COGNITO_USER_POOLS and AWS_IAM"). There is no Cognito here: each user pool ARN of an
 * authorizer's providerARNs maps to its JWKS, a file or a URL, in configuration:
 *   --cognito-jwks arn:aws:cognito-idp:{region}:{account}:userpool/{poolId}=PATH|URL   (repeatable;
 *   TOLLGATE_COGNITO_JWKS, `;`-separated).
 *
 * A token (the identity source header; a leading `Bearer ` is tolerated) is accepted when:
 *   - it is a JWS signed RS256 by a key of the JWKS of the pool its `iss` names, the issuer being
 *     `https://cognito-idp.{region}.amazonaws.com/{poolId}` of one of the authorizer's providerARNs
 *     (Cognito's token verification guide, docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-tokens-verifying-a-jwt.html);
 *   - `exp` is in the future;
 *   - with no authorizationScopes on the method it is an ID token (`token_use: id`); with scopes it is an
 *     access token (`token_use: access`) whose `scope` holds at least one of them (SVC
 *     Method.authorizationScopes);
 *   - an identityValidationExpression, if any, matches its `aud` (so access tokens, which have none, fail).
 * Anything else → 401 {"message":"Unauthorized"}. A pool whose JWKS is not configured or cannot be read
 * → 500 AUTHORIZER_CONFIGURATION_ERROR (logged): the gateway cannot reach its user pool.
 * Claims reach `$context.authorizer.claims.*` and the proxy event's `requestContext.authorizer.claims` as
 * strings; a list prints as `[a b]`, as AWS prints `cognito:groups` (seen in public handlers' test events,
 * e.g. `"cognito:groups": "[group1 group2]"`).
 * JWKS are read on first use and kept an hour; an unknown `kid` reloads them (at most every 10 s).
 */
import { type KeyObject } from 'node:crypto';
import { type Authorizer } from '../domain/authorizer.js';
export declare const issuerOf: (poolArn: string) => string | undefined;
export declare class JwksStore {
    #private;
    private readonly now;
    constructor(sources?: Record<string, string>, now?: () => number);
    has(poolArn: string): boolean;
    /** The key for `kid` in the pool's JWKS; throws when the JWKS cannot be read. */
    key(poolArn: string, kid: string): Promise<KeyObject | undefined>;
}
/** A claim as API Gateway passes it on: a string. */
export declare function claimString(v: unknown): string;
export interface CognitoResult {
    claims: Record<string, string>;
}
export declare function verifyCognitoToken(rawToken: string, a: Authorizer, scopes: string[] | undefined, jwks: JwksStore, now: number): Promise<CognitoResult>;
