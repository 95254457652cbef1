/** A base path mapping of a custom domain name to a REST API stage. */
export const NONE = '(none)';
//# sourceMappingURL=base-path-mapping.js.map