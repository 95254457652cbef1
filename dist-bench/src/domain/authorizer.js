/** An authorizer of a REST API (Lambda TOKEN / REQUEST, or Cognito user pools). */
/** A Cognito user pool's ARN: region, account, pool id (the --cognito-jwks keys; the issuer is built from it). */
export const COGNITO_POOL_ARN = /^arn:aws[a-z-]*:cognito-idp:([a-z0-9-]+):(\d{12}):userpool\/([A-Za-z0-9_-]+)$/;
//# sourceMappingURL=authorizer.js.map