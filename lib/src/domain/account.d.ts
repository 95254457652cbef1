/** The account's settings, and the account-level throttle both planes apply and report. */
export interface AccountSettings {
    cloudwatchRoleArn?: string;
    features: string[];
}
export interface ThrottleSettings {
    burstLimit: number;
    rateLimit: number;
}
/**
 * The account-level throttle: 10,000 requests per second with a burst of 5,000, except Africa (Cape
 * Town) and Europe (Milan) with 2,500 and 1,250 ("Amazon API Gateway quotas",
 * docs.aws.amazon.com/apigateway/latest/developerguide/limits.html; aws-behavior.md "Throttling").
 * rateLimit is a double on the wire (`10000.0`).
 */
export declare function accountThrottle(region: string, configured?: {
    accountRateLimit?: number;
    accountBurstLimit?: number;
}): ThrottleSettings;
