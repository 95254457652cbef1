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
  readonly code = 'ValidationError' as const;
  constructor(
    message: string,
    /** The file the error is about, when there is one. */
    readonly fileName?: string,
  ) {
    super(message);
    this.name = 'TemplateError';
  }
}

const FORMAT = 'Template format error: ';

export const templateErrors = {
  jsonNotWellFormed: (line: number, column: number, file?: string) =>
    new TemplateError(`${FORMAT}JSON not well-formed. (line ${line}, column ${column})`, file),
  yamlNotWellFormed: (line: number, column: number, file?: string) =>
    new TemplateError(`${FORMAT}YAML not well-formed. (line ${line}, column ${column})`, file),
  unsupportedStructure: (file?: string) => new TemplateError(`${FORMAT}unsupported structure.`, file),
  noResources: (file?: string) => new TemplateError(`${FORMAT}At least one Resources member must be defined.`, file),
  resourceNotObject: (file?: string) => new TemplateError(`${FORMAT}Every Resources member must be an object.`, file),
  invalidProperties: (names: string[], file?: string) => new TemplateError(`${FORMAT}Invalid template property or properties [${names.join(', ')}]`, file),
  /** Tollgate's own: the project on disk. */
  project: (message: string, file?: string) => new TemplateError(message, file),
} as const;
