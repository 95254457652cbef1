/** Normalises a key for lookups: `~1pets~1x/GET` and `pets/x/GET` name the same method. */
const normalKey = (key) => key.replace(/~1/g, '/').replace(/~0/g, '~').replace(/^\/+/, '');
/**
 * The effective settings for one method (for the data plane): its own entry or the stage default.
 * Keys are matched in both the `~1`-escaped and the plain form.
 */
export function methodSettingFor(s, resourcePath, httpMethod) {
    const settings = s.methodSettings ?? {};
    // The root's key is `~1/GET` (or `/GET`): both sides lose their leading slashes before comparing.
    const want = `${resourcePath}/${httpMethod}`.replace(/^\/+/, '');
    for (const [k, v] of Object.entries(settings))
        if (k !== '*/*' && normalKey(k) === want)
            return v;
    return settings['*/*'];
}
//# sourceMappingURL=stage.js.map