/** An authorizer of a REST API (Lambda TOKEN / REQUEST, or Cognito user pools). */
export type AuthorizerType = 'TOKEN' | 'REQUEST' | 'COGNITO_USER_POOLS';
export interface Authorizer {
    id: string;
    name: string;
    type: AuthorizerType;
    providerARNs?: string[];
    authType: string;
    authorizerUri?: string;
    authorizerCredentials?: string;
    identitySource?: string;
    identityValidationExpression?: string;
    /** Only when set: AWS does not echo the default (F63); the data plane uses `?? DEFAULT_TTL`. */
    authorizerResultTtlInSeconds?: number;
}
/** A Cognito user pool's ARN: region, account, pool id (the --cognito-jwks keys; the issuer is built from it). */
export declare const COGNITO_POOL_ARN: RegExp;
