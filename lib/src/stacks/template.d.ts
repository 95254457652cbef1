/**
 * The shape of a CloudFormation template as Tollgate's stacks read it, after any transform (the SAM
 * transform turns `AWS::Serverless::*` into these). Values stay `unknown`: intrinsic functions
 * (`{ "Ref": … }`, `{ "Fn::Sub": … }`) may stand anywhere a value may, and are resolved at deploy time.
 * Anatomy: https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/template-anatomy.html
 */
export interface Template {
    AWSTemplateFormatVersion?: string;
    Description?: string;
    Transform?: string | string[];
    Metadata?: Record<string, unknown>;
    Parameters?: Record<string, TemplateParameter>;
    Mappings?: Record<string, Record<string, Record<string, unknown>>>;
    Conditions?: Record<string, unknown>;
    Resources: Record<string, TemplateResource>;
    Outputs?: Record<string, TemplateOutput>;
    /** SAM only: defaults merged into each AWS::Serverless::* resource by the transform. */
    Globals?: Record<string, Record<string, unknown>>;
}
/** https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/parameters-section-structure.html */
export interface TemplateParameter {
    Type: string;
    Default?: unknown;
    AllowedValues?: unknown[];
    AllowedPattern?: string;
    NoEcho?: boolean | string;
    Description?: string;
    MinLength?: number | string;
    MaxLength?: number | string;
    MinValue?: number | string;
    MaxValue?: number | string;
    ConstraintDescription?: string;
}
/** https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/resources-section-structure.html */
export interface TemplateResource {
    Type: string;
    Properties?: Record<string, unknown>;
    DependsOn?: string | string[];
    Condition?: string;
    DeletionPolicy?: string;
    UpdateReplacePolicy?: string;
    Metadata?: Record<string, unknown>;
}
/** https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/outputs-section-structure.html */
export interface TemplateOutput {
    Value: unknown;
    Description?: string;
    Condition?: string;
    Export?: {
        Name: unknown;
    };
}
/**
 * Function code that lives on this machine, as the project loaders (src/stacks/sources/) write it into a
 * template: the hot-reload convention Tollgate's Lambda service already accepts (S3Bucket `hot-reload`,
 * S3Key an absolute path; src/services/lambda/code-input.ts), where the path is a directory (served as
 * is, reloaded on change) or a `.zip` file (read and uploaded as ZipFile).
 */
export declare const LOCAL_CODE_BUCKET = "hot-reload";
