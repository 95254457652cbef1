/** The policy id of a function's own (unqualified) policy; a qualifier is never `$`. */
export const UNQUALIFIED_POLICY = '$';
/** Lambda's LastModified format: `2024-01-01T00:00:00.000+0000` (API_FunctionConfiguration.html, LastModified). */
export function lambdaTimestamp(d = new Date()) {
    return d.toISOString().replace('Z', '+0000');
}
