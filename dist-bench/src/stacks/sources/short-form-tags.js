/**
 * CloudFormation's YAML short forms (`!Ref X`, `!Sub …`, `!GetAtt a.b`, …) as `yaml` custom tags, each turned
 * into the long JSON form it stands for (`{ "Ref": "X" }`, `{ "Fn::Sub": … }`, `{ "Fn::GetAtt": ["a", "b"] }`).
 * Each tag is declared for a scalar, a sequence and a mapping operand, as CloudFormation takes any of them
 * (the function then checks its operand at deploy time, not the parser).
 * The forms: https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference.html
 */
import { Pair, Scalar, YAMLMap } from 'yaml';
/** Short tag → the long form's key. `!Ref` and `!Condition` keep their bare names; the rest are `Fn::`. */
const LONG_FORM = {
    Ref: 'Ref',
    Condition: 'Condition',
    ...Object.fromEntries([
        'Sub',
        'GetAtt',
        'Join',
        'Select',
        'Split',
        'If',
        'Equals',
        'And',
        'Or',
        'Not',
        'FindInMap',
        'Base64',
        'GetAZs',
        'ImportValue',
        'Cidr',
        'Transform',
        'Length',
        'ToJsonString',
    ].map((n) => [n, `Fn::${n}`])),
};
/**
 * `!GetAtt Resource.Attribute` is split at the first dot only: an attribute may itself hold dots
 * (`!GetAtt Db.Endpoint.Address` is `["Db", "Endpoint.Address"]`). The GetAtt page, "Syntax for the short form":
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference-getatt.html
 */
function scalarOperand(name, value) {
    if (name !== 'GetAtt')
        return value;
    const dot = value.indexOf('.');
    return dot < 0 ? [value] : [value.slice(0, dot), value.slice(dot + 1)];
}
function wrap(key, node) {
    const map = new YAMLMap();
    map.items.push(new Pair(new Scalar(key), node));
    return map;
}
function tagsFor(name) {
    const key = LONG_FORM[name];
    const tag = `!${name}`;
    const scalar = { tag, resolve: (value) => ({ [key]: scalarOperand(name, value) }) };
    const seq = { tag, collection: 'seq', resolve: (coll) => wrap(key, coll) };
    const map = { tag, collection: 'map', resolve: (coll) => wrap(key, coll) };
    return [scalar, seq, map];
}
/** The custom tags to give `yaml`'s parse: every short form CloudFormation documents. */
export const SHORT_FORM_TAGS = Object.keys(LONG_FORM).flatMap(tagsFor);
//# sourceMappingURL=short-form-tags.js.map