/** A base path mapping of a custom domain name to a REST API stage. */
export declare const NONE = "(none)";
export interface BasePathMapping {
    basePath: string;
    restApiId: string;
    stage?: string;
}
