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
export class TemplateError extends Error {
    fileName;
    code = 'ValidationError';
    constructor(message, 
    /** The file the error is about, when there is one. */
    fileName) {
        super(message);
        this.fileName = fileName;
        this.name = 'TemplateError';
    }
}
const FORMAT = 'Template format error: ';
export const templateErrors = {
    jsonNotWellFormed: (line, column, file) => new TemplateError(`${FORMAT}JSON not well-formed. (line ${line}, column ${column})`, file),
    yamlNotWellFormed: (line, column, file) => new TemplateError(`${FORMAT}YAML not well-formed. (line ${line}, column ${column})`, file),
    unsupportedStructure: (file) => new TemplateError(`${FORMAT}unsupported structure.`, file),
    noResources: (file) => new TemplateError(`${FORMAT}At least one Resources member must be defined.`, file),
    resourceNotObject: (file) => new TemplateError(`${FORMAT}Every Resources member must be an object.`, file),
    invalidProperties: (names, file) => new TemplateError(`${FORMAT}Invalid template property or properties [${names.join(', ')}]`, file),
    /** Tollgate's own: the project on disk. */
    project: (message, file) => new TemplateError(message, file),
};
//# sourceMappingURL=errors.js.map