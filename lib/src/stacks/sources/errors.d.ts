/**
 * What the project loaders refuse, in CloudFormation's words (its ValidationError "Template format error: …"
 * texts), all rendered here. The texts and where AWS states them:
 * - "JSON not well-formed. (line L, column C)":
 *   https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-validate-template.html
 * - "YAML not well-formed", "At least one Resources member must be defined", "Invalid template property or
 *   properties [X]": https://repost.aws/knowledge-center/cloudformation-template-validation
 * - "Every Resources member must be an object.": serverless/serverless#1443 (quoting CloudFormation)
 * - "unsupported structure." (a body that is a bare string, such as a file name):
 *   https://bobbyhadz.com/blog/aws-cli-template-format-error-unsupported-structure
 * Errors of the project on disk (no template in a directory, a CDK assembly with several stacks, a missing
 * asset) are Tollgate's own and say what to do.
 */
/** Thrown by parseTemplate / loadProject; `code` is CloudFormation's error code for a bad template. */
export declare class TemplateError extends Error {
    /** The file the error is about, when there is one. */
    readonly fileName?: string | undefined;
    readonly code: "ValidationError";
    constructor(message: string, 
    /** The file the error is about, when there is one. */
    fileName?: string | undefined);
}
export declare const templateErrors: {
    readonly jsonNotWellFormed: (line: number, column: number, file?: string) => TemplateError;
    readonly yamlNotWellFormed: (line: number, column: number, file?: string) => TemplateError;
    readonly unsupportedStructure: (file?: string) => TemplateError;
    readonly noResources: (file?: string) => TemplateError;
    readonly resourceNotObject: (file?: string) => TemplateError;
    readonly invalidProperties: (names: string[], file?: string) => TemplateError;
    /** Tollgate's own: the project on disk. */
    readonly project: (message: string, file?: string) => TemplateError;
};
