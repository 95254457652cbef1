/** The account's settings, and the account-level throttle both planes apply and report. */
/**
 * The account-level throttle: 10,000 requests per second with a burst of 5,000, except Africa (Cape
 * Town) and Europe (Milan) with 2,500 and 1,250 ("Amazon API Gateway quotas",
 * docs.aws.amazon.com/apigateway/latest/developerguide/limits.html; aws-behavior.md "Throttling").
 * rateLimit is a double on the wire (`10000.0`).
 */
export function accountThrottle(region, configured) {
    const aws = region === 'af-south-1' || region === 'eu-south-1' ? { burstLimit: 1250, rateLimit: 2500 } : { burstLimit: 5000, rateLimit: 10000 };
    // --account-rate-limit / --account-burst-limit replace AWS's defaults; the data plane enforces the same values.
    return { burstLimit: configured?.accountBurstLimit ?? aws.burstLimit, rateLimit: configured?.accountRateLimit ?? aws.rateLimit };
}
