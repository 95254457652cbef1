/**
 * The template language, evaluated without a server: each intrinsic function, parameters, pseudo
 * parameters, conditions, mappings, and the errors CloudFormation gives (texts in src/stacks/errors.ts).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { evaluateOutputs, evaluateTemplate } from '../../../src/stacks/language/evaluate.js';
import { NO_VALUE, resolve } from '../../../src/stacks/language/intrinsics.js';
import type { Template } from '../../../src/stacks/template.js';

const ID = { stackName: 'shop', stackId: 'arn:aws:cloudformation:eu-west-1:123456789012:stack/shop/uuid-1', region: 'eu-west-1', accountId: '123456789012' };
const PHYSICAL: Record<string, string> = { Api: 'abc123', Fn: 'shop-Fn-XYZ' };
const ATTRS: Record<string, Record<string, string>> = {
  Api: { RootResourceId: 'root1' },
  Fn: { Arn: 'arn:aws:lambda:eu-west-1:123456789012:function:shop-Fn-XYZ' },
};
const EXPORTS: Record<string, string> = { SharedVpc: 'vpc-1' };

function template(extra: Partial<Template> = {}): Template {
  return {
    Parameters: {
      Env: { Type: 'String', Default: 'dev', AllowedValues: ['dev', 'prod'] },
      Size: { Type: 'Number', Default: 3 },
      Names: { Type: 'CommaDelimitedList', Default: 'a,b,c' },
      Ports: { Type: 'List<Number>', Default: '80, 443' },
      Secret: { Type: 'String', Default: 's3cret', NoEcho: true },
    },
    Mappings: { Sizes: { dev: { Memory: 128 }, prod: { Memory: 1024 } } },
    Conditions: {
      IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] },
      IsDev: { 'Fn::Not': [{ Condition: 'IsProd' }] },
      Both: { 'Fn::And': [{ Condition: 'IsDev' }, { 'Fn::Equals': ['1', '1'] }] },
      Either: { 'Fn::Or': [{ Condition: 'IsProd' }, { 'Fn::Equals': [{ Ref: 'AWS::Region' }, 'eu-west-1'] }] },
    },
    Resources: {
      Api: { Type: 'AWS::ApiGateway::RestApi', Properties: { Name: 'x' } },
      Fn: { Type: 'AWS::Lambda::Function', Properties: {} },
      ProdOnly: { Type: 'AWS::ApiGateway::RestApi', Condition: 'IsProd', Properties: {} },
    },
    ...extra,
  };
}

function evalIn(value: unknown, params: Record<string, string> = {}, t = template()) {
  const ev = evaluateTemplate(t, params, ID);
  const scope = ev.scope({ ref: (id) => PHYSICAL[id], getAtt: (id, a) => ATTRS[id]?.[a], importValue: (n) => EXPORTS[n] });
  return resolve(value, scope);
}

const refusal = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    return `${(e as Error).name}: ${(e as Error).message}`;
  }
  throw new Error('expected a refusal');
};

describe('template language: intrinsic functions', () => {
  it('Ref: parameters (defaults, lists as lists), pseudo parameters, resources', () => {
    assert.equal(evalIn({ Ref: 'Env' }), 'dev');
    assert.equal(evalIn({ Ref: 'Env' }, { Env: 'prod' }), 'prod');
    assert.equal(evalIn({ Ref: 'Size' }), '3');
    assert.deepEqual(evalIn({ Ref: 'Names' }), ['a', 'b', 'c']);
    assert.deepEqual(evalIn({ Ref: 'Ports' }), ['80', '443']);
    assert.equal(evalIn({ Ref: 'Api' }), 'abc123');
    assert.deepEqual(evalIn(['AWS::Region', 'AWS::AccountId', 'AWS::StackName', 'AWS::StackId', 'AWS::Partition', 'AWS::URLSuffix'].map((Ref) => ({ Ref }))), [
      'eu-west-1',
      '123456789012',
      'shop',
      ID.stackId,
      'aws',
      'amazonaws.com',
    ]);
  });

  it('AWS::NoValue removes the property or the list item', () => {
    assert.deepEqual(evalIn({ a: { Ref: 'AWS::NoValue' }, b: [1, { Ref: 'AWS::NoValue' }, 2] }), { b: [1, 2] });
    assert.equal(evalIn({ Ref: 'AWS::NoValue' }), NO_VALUE);
  });

  it('Fn::GetAtt in both forms', () => {
    assert.equal(evalIn({ 'Fn::GetAtt': ['Api', 'RootResourceId'] }), 'root1');
    assert.equal(evalIn({ 'Fn::GetAtt': 'Fn.Arn' }), ATTRS.Fn.Arn);
  });

  it('Fn::Sub: the string form (parameters, resources, attributes, pseudo parameters, ${!literal}) and the list form with its own variables', () => {
    assert.equal(evalIn({ 'Fn::Sub': '${AWS::StackName}-${Env}-${Api}-${Fn.Arn}-${!Literal}' }), `shop-dev-abc123-${ATTRS.Fn.Arn}-\${Literal}`);
    assert.equal(evalIn({ 'Fn::Sub': ['${Greeting}, ${Env}', { Greeting: { 'Fn::Join': ['', ['hel', 'lo']] } }] }), 'hello, dev');
  });

  it('Fn::Join, Fn::Select, Fn::Split, Fn::Base64, Fn::GetAZs, Fn::FindInMap, Fn::ImportValue', () => {
    assert.equal(evalIn({ 'Fn::Join': ['-', ['a', { Ref: 'Env' }, 3]] }), 'a-dev-3');
    assert.equal(evalIn({ 'Fn::Join': [',', { Ref: 'Names' }] }), 'a,b,c');
    assert.equal(evalIn({ 'Fn::Select': ['1', { Ref: 'Names' }] }), 'b');
    assert.deepEqual(evalIn({ 'Fn::Split': ['|', 'x|y'] }), ['x', 'y']);
    assert.equal(evalIn({ 'Fn::Base64': 'hi' }), 'aGk=');
    assert.deepEqual(evalIn({ 'Fn::GetAZs': '' }), ['eu-west-1a', 'eu-west-1b', 'eu-west-1c']);
    assert.equal(evalIn({ 'Fn::FindInMap': ['Sizes', { Ref: 'Env' }, 'Memory'] }, { Env: 'prod' }), 1024);
    assert.equal(evalIn({ 'Fn::ImportValue': 'SharedVpc' }), 'vpc-1');
  });

  it('conditions: Fn::Equals, And, Or, Not, Condition; Fn::If picks a branch; a resource whose condition is false is not in the stack', () => {
    assert.equal(evalIn({ 'Fn::If': ['IsProd', 'big', 'small'] }), 'small');
    assert.equal(evalIn({ 'Fn::If': ['IsProd', 'big', { Ref: 'AWS::NoValue' }] }, { Env: 'prod' }), 'big');
    const ev = evaluateTemplate(template(), {}, ID);
    assert.deepEqual(Object.fromEntries(ev.conditions), { IsProd: false, IsDev: true, Both: true, Either: true });
    assert.deepEqual(ev.active, ['Api', 'Fn']);
    assert.deepEqual(evaluateTemplate(template(), { Env: 'prod' }, ID).active, ['Api', 'Fn', 'ProdOnly']);
  });

  it('outputs: values and exports, those whose condition is false left out', () => {
    const t = template({
      Outputs: {
        ApiId: { Value: { Ref: 'Api' }, Export: { Name: { 'Fn::Sub': '${AWS::StackName}-api' } } },
        Prod: { Value: 'p', Condition: 'IsProd' },
        List: { Value: { Ref: 'Names' } },
      },
    });
    const ev = evaluateTemplate(t, {}, ID);
    const scope = ev.scope({ ref: (id) => PHYSICAL[id], getAtt: () => undefined, importValue: () => undefined });
    assert.deepEqual(evaluateOutputs(ev, scope), [
      { key: 'ApiId', value: 'abc123', exportName: 'shop-api' },
      { key: 'List', value: 'a,b,c' },
    ]);
  });
});

describe('template language: refusals name what is wrong, as CloudFormation does', () => {
  it('parameters: missing, unknown, not allowed, not a number, pattern', () => {
    const t = template({ Parameters: { Need: { Type: 'String' }, Other: { Type: 'String' } } });
    assert.equal(
      refusal(() => evaluateTemplate(t, {}, ID)),
      'ValidationError: Parameters: [Need, Other] must have values',
    );
    assert.equal(
      refusal(() => evaluateTemplate(template(), { Nope: 'x' }, ID)),
      'ValidationError: Parameters: [Nope] do not exist in the template',
    );
    assert.equal(
      refusal(() => evaluateTemplate(template(), { Env: 'qa' }, ID)),
      "ValidationError: Parameter 'Env' must be one of AllowedValues",
    );
    assert.equal(
      refusal(() => evaluateTemplate(template(), { Size: 'big' }, ID)),
      "ValidationError: Parameter 'Size' must be a number.",
    );
    const p = template({ Parameters: { Code: { Type: 'String', AllowedPattern: '[a-z]+' } } });
    assert.equal(
      refusal(() => evaluateTemplate(p, { Code: 'A1' }, ID)),
      "ValidationError: Parameter 'Code' failed to satisfy constraint: Malformed input-Parameter Code must match pattern [a-z]+",
    );
    assert.equal(
      refusal(() => evaluateTemplate(template({ Parameters: { X: { Type: 'Strung' } } }), {}, ID)),
      'ValidationError: Template format error: Unrecognized parameter type: Strung',
    );
  });

  it('a reference to nothing, in Resources and in Outputs', () => {
    const bad = template({ Resources: { A: { Type: 'AWS::ApiGateway::Resource', Properties: { RestApiId: { Ref: 'Nope' }, P: { 'Fn::Sub': '${Ghost}' } } } } });
    assert.equal(
      refusal(() => evaluateTemplate(bad, {}, ID)),
      'ValidationError: Template format error: Unresolved resource dependencies [Nope, Ghost] in the Resources block of the template',
    );
    const dep = template({ Resources: { A: { Type: 'AWS::ApiGateway::RestApi', DependsOn: 'Missing' } } });
    assert.equal(
      refusal(() => evaluateTemplate(dep, {}, ID)),
      'ValidationError: Template format error: Unresolved resource dependencies [Missing] in the Resources block of the template',
    );
    const out = template({ Outputs: { O: { Value: { Ref: 'Nothing' } } } });
    assert.equal(
      refusal(() => evaluateTemplate(out, {}, ID)),
      'ValidationError: Template format error: Unresolved resource dependencies [Nothing] in the Outputs block of the template',
    );
  });

  it('a cycle, through Ref, GetAtt and DependsOn', () => {
    const t = template({
      Resources: {
        A: { Type: 'AWS::ApiGateway::RestApi', Properties: { Name: { Ref: 'B' } } },
        B: { Type: 'AWS::ApiGateway::RestApi', Properties: { Name: { 'Fn::GetAtt': ['C', 'RootResourceId'] } } },
        C: { Type: 'AWS::ApiGateway::RestApi', DependsOn: ['A'] },
        D: { Type: 'AWS::ApiGateway::RestApi' },
      },
    });
    assert.equal(
      refusal(() => evaluateTemplate(t, {}, ID)),
      'ValidationError: Circular dependency between resources: [A, B, C]',
    );
  });

  it('not a template: no Resources, a resource without Type', () => {
    assert.equal(
      refusal(() => evaluateTemplate({ Resources: {} }, {}, ID)),
      'ValidationError: Template format error: At least one Resources member must be defined.',
    );
    assert.equal(
      refusal(() => evaluateTemplate([] as unknown as Template, {}, ID)),
      'ValidationError: Template format error: Template must be a JSON or YAML object',
    );
    assert.equal(
      refusal(() => evaluateTemplate({ Resources: { X: { Properties: {} } } } as unknown as Template, {}, ID)),
      'ValidationError: Template format error: [/Resources/X] Every Resources object must contain a Type member.',
    );
  });

  it('intrinsic misuse: Fn::Select out of range, Fn::Join without a list, a missing mapping, an unknown condition', () => {
    assert.equal(
      refusal(() => evalIn({ 'Fn::Select': [5, ['a']] })),
      'ValidationError: Template error: Fn::Select cannot select nonexistent value at index 5',
    );
    assert.match(
      refusal(() => evalIn({ 'Fn::Join': ['-'] })),
      /^ValidationError: Template error: every Fn::Join object requires two parameters/,
    );
    assert.equal(
      refusal(() => evalIn({ 'Fn::FindInMap': ['Sizes', 'qa', 'Memory'] })),
      'ValidationError: Template error: Unable to get mapping for Sizes::qa::Memory',
    );
    assert.match(
      refusal(() => evaluateTemplate(template({ Conditions: { C: { Condition: 'Nope' } } }), {}, ID)),
      /Unresolved condition dependency Nope/,
    );
    assert.equal(
      refusal(() => evalIn({ 'Fn::Sub': '${bad name}' })),
      'ValidationError: Template error: variable names in Fn::Sub syntax must contain only alphanumeric characters, underscores, periods, and colons',
    );
  });
});
