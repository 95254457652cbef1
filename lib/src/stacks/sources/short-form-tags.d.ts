/**
 * CloudFormation's YAML short forms (`!Ref X`, `!Sub …`, `!GetAtt a.b`, …) as `yaml` custom tags, each turned
 * into the long JSON form it stands for (`{ "Ref": "X" }`, `{ "Fn::Sub": … }`, `{ "Fn::GetAtt": ["a", "b"] }`).
 * Each tag is declared for a scalar, a sequence and a mapping operand, as CloudFormation takes any of them
 * (the function then checks its operand at deploy time, not the parser).
 * The forms: https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference.html
 */
import { type CollectionTag, type ScalarTag } from 'yaml';
/** The custom tags to give `yaml`'s parse: every short form CloudFormation documents. */
export declare const SHORT_FORM_TAGS: (ScalarTag | CollectionTag)[];
