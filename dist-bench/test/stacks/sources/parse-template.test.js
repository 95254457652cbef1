/**
 * parseTemplate (src/stacks/sources/parse-template.ts): JSON or YAML, short forms turned into the long JSON
 * form (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference.html),
 * and CloudFormation's "Template format error" texts for what is not a template.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TemplateError } from '../../../src/stacks/sources/errors.js';
import { parseTemplate } from '../../../src/stacks/sources/parse-template.js';
const rejects = (text, message) => {
    assert.throws(() => parseTemplate(text, 'template.yaml'), (e) => e instanceof TemplateError && e.code === 'ValidationError' && e.message === message && e.fileName === 'template.yaml');
};
describe('parseTemplate: the short forms become the long JSON form', () => {
    it('every documented short tag, in scalar, sequence and mapping operands', () => {
        const t = parseTemplate(`AWSTemplateFormatVersion: 2010-09-09
Conditions:
  IsProd: !Equals [!Ref Env, prod]
  Both: !And [!Condition IsProd, !Not [!Equals [!Ref Env, dev]]]
  Either: !Or [!Condition IsProd, !Condition Both]
Resources:
  Api:
    Type: AWS::ApiGateway::RestApi
    Properties:
      Name: !Sub '\${AWS::StackName}-api'
      Description: !Sub
        - 'api of \${Who}'
        - Who: !Ref Owner
      Policy: !Base64 text
      Tags:
        - Key: a
          Value: !Join ['-', [!Select [0, !GetAZs ''], !Select [1, !Split [',', 'a,b']]]]
        - Key: b
          Value: !If [IsProd, !FindInMap [Map, !Ref 'AWS::Region', Key], !Ref 'AWS::NoValue']
        - Key: c
          Value: !ImportValue other-export
        - Key: d
          Value: !Select [0, !Cidr [10.0.0.0/16, 2, 8]]
      Body: !Transform { Name: AWS::Include, Parameters: { Location: s3://b/k } }
  Root:
    Type: AWS::ApiGateway::Resource
    Properties:
      ParentId: !GetAtt Api.RootResourceId
      RestApiId: !GetAtt [Api, RootResourceId]
      PathPart: !GetAtt Db.Endpoint.Address
`, 'template.yaml');
        assert.equal(t.AWSTemplateFormatVersion, '2010-09-09', 'a date-like version stays a string');
        assert.deepEqual(t.Conditions, {
            IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] },
            Both: { 'Fn::And': [{ Condition: 'IsProd' }, { 'Fn::Not': [{ 'Fn::Equals': [{ Ref: 'Env' }, 'dev'] }] }] },
            Either: { 'Fn::Or': [{ Condition: 'IsProd' }, { Condition: 'Both' }] },
        });
        const api = t.Resources.Api.Properties;
        assert.deepEqual(api.Name, { 'Fn::Sub': '${AWS::StackName}-api' });
        assert.deepEqual(api.Description, { 'Fn::Sub': ['api of ${Who}', { Who: { Ref: 'Owner' } }] });
        assert.deepEqual(api.Policy, { 'Fn::Base64': 'text' });
        assert.deepEqual(api.Tags, [
            {
                Key: 'a',
                Value: { 'Fn::Join': ['-', [{ 'Fn::Select': [0, { 'Fn::GetAZs': '' }] }, { 'Fn::Select': [1, { 'Fn::Split': [',', 'a,b'] }] }]] },
            },
            { Key: 'b', Value: { 'Fn::If': ['IsProd', { 'Fn::FindInMap': ['Map', { Ref: 'AWS::Region' }, 'Key'] }, { Ref: 'AWS::NoValue' }] } },
            { Key: 'c', Value: { 'Fn::ImportValue': 'other-export' } },
            { Key: 'd', Value: { 'Fn::Select': [0, { 'Fn::Cidr': ['10.0.0.0/16', 2, 8] }] } },
        ]);
        assert.deepEqual(api.Body, { 'Fn::Transform': { Name: 'AWS::Include', Parameters: { Location: 's3://b/k' } } });
        const root = t.Resources.Root.Properties;
        assert.deepEqual(root.ParentId, { 'Fn::GetAtt': ['Api', 'RootResourceId'] });
        assert.deepEqual(root.RestApiId, { 'Fn::GetAtt': ['Api', 'RootResourceId'] });
        assert.deepEqual(root.PathPart, { 'Fn::GetAtt': ['Db', 'Endpoint.Address'] }, 'split at the first dot only');
    });
    it('anchors and merge keys still work under a tag', () => {
        const t = parseTemplate(`Resources:
  A:
    Type: AWS::Lambda::Function
    Properties: &props
      Role: !GetAtt [Role, Arn]
      Handler: !Join ['', [x, .handler]]
  B:
    Type: AWS::Lambda::Function
    Properties:
      <<: *props
      Handler: y
`, 't.yml');
        assert.deepEqual(t.Resources.B.Properties, { Role: { 'Fn::GetAtt': ['Role', 'Arn'] }, Handler: 'y' });
    });
    it('JSON is read as JSON (the long form kept as written)', () => {
        const t = parseTemplate('{"Resources":{"A":{"Type":"AWS::ApiGateway::RestApi","Properties":{"Name":{"Fn::Sub":"x"}}}}}', 'template.json');
        assert.deepEqual(t.Resources.A, { Type: 'AWS::ApiGateway::RestApi', Properties: { Name: { 'Fn::Sub': 'x' } } });
    });
    it('a flow-style YAML text that starts like JSON is still read as YAML', () => {
        const t = parseTemplate('{Resources: {A: {Type: AWS::ApiGateway::RestApi, Properties: {Name: !Ref N}}}}', 'template.yaml');
        assert.deepEqual(t.Resources.A.Properties, { Name: { Ref: 'N' } });
    });
});
describe('parseTemplate: what is not a template, in CloudFormation words', () => {
    it('broken JSON: "JSON not well-formed." with the line and column', () => {
        // `]` closing an object: neither JSON nor YAML; V8 stops at the `]` (line 3, column 22).
        rejects('{\n  "Resources": {\n    "A": {"Type": "X"]\n}', 'Template format error: JSON not well-formed. (line 3, column 22)');
    });
    it('broken YAML: "YAML not well-formed." with the line and column', () => {
        rejects('Resources:\n  A:\n    Type: [x\n  B: 1\n', 'Template format error: YAML not well-formed. (line 4, column 3)');
    });
    it('a bare string: "unsupported structure."', () => {
        rejects('template.yaml', 'Template format error: unsupported structure.');
        rejects('- a\n- b\n', 'Template format error: unsupported structure.');
    });
    it('no Resources, or none in it: "At least one Resources member must be defined."', () => {
        rejects('Description: x\n', 'Template format error: At least one Resources member must be defined.');
        rejects('Resources: {}\n', 'Template format error: At least one Resources member must be defined.');
    });
    it('a resource that is not an object: "Every Resources member must be an object."', () => {
        rejects('Resources:\n  A: 1\n', 'Template format error: Every Resources member must be an object.');
    });
    it('an unknown section: "Invalid template property or properties [..]"', () => {
        rejects('Resource: {}\nResources:\n  A: {Type: X}\nOutput: 1\n', 'Template format error: Invalid template property or properties [Resource, Output]');
    });
    it('a billion-laughs document is unreadable, not a crash', () => {
        const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
        for (let i = 1; i < 12; i++)
            lines.push(`${'b'.repeat(i)}: &${'b'.repeat(i)} [${Array(10)
                .fill(i === 1 ? '*a' : `*${'b'.repeat(i - 1)}`)
                .join(', ')}]`);
        lines.push('Resources:\n  A: {Type: X}');
        assert.throws(() => parseTemplate(lines.join('\n'), 'template.yaml'), TemplateError);
    });
});
//# sourceMappingURL=parse-template.test.js.map