/**
 * The intrinsic functions, evaluated against a stack's scope (parameters, pseudo parameters, mappings,
 * conditions, the resources provisioned so far, the region's exports). A value with no intrinsic stays as
 * it is; `AWS::NoValue` removes the property or list item it stands in.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference.html
 */
import { templateErrors } from '../errors.js';

/** `{ "Ref": "AWS::NoValue" }`: the property is removed. */
export const NO_VALUE: unique symbol = Symbol('AWS::NoValue');

/** What an expression may read. Each hook names the missing thing by throwing its own error. */
export interface EvalScope {
  /** A parameter or pseudo parameter; undefined when the name is neither. */
  parameter(name: string): unknown;
  /** A resource's Ref value; undefined when no resource has this logical id. */
  ref(logicalId: string): unknown;
  getAtt(logicalId: string, attribute: string): unknown;
  condition(name: string): boolean;
  mapping(map: string, key: string, attribute: string): unknown;
  importValue(name: string): unknown;
  region: string;
}

const FUNCTIONS = new Set([
  'Ref',
  'Condition',
  'Fn::GetAtt',
  'Fn::Sub',
  'Fn::Join',
  'Fn::Select',
  'Fn::Split',
  'Fn::If',
  'Fn::Equals',
  'Fn::And',
  'Fn::Or',
  'Fn::Not',
  'Fn::FindInMap',
  'Fn::Base64',
  'Fn::GetAZs',
  'Fn::ImportValue',
  'Fn::Length',
  'Fn::ToJsonString',
]);

/** `Array.isArray` narrowing to unknown[] (it narrows `unknown` to any[]), for template values. */
export const isList = (v: unknown): v is unknown[] => Array.isArray(v);

/** The function an object stands for (`{ "Fn::Join": … }`), if it is one. */
export function intrinsicOf(v: unknown): [name: string, arg: unknown] | undefined {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return undefined;
  const keys = Object.keys(v);
  if (keys.length !== 1 || !FUNCTIONS.has(keys[0])) return undefined;
  return [keys[0], (v as Record<string, unknown>)[keys[0]]];
}

const fail = (message: string) => templateErrors.intrinsic(message);

export function resolve(v: unknown, scope: EvalScope): unknown {
  if (Array.isArray(v)) return v.map((x) => resolve(x, scope)).filter((x) => x !== NO_VALUE);
  if (typeof v !== 'object' || v === null) return v;
  const fn = intrinsicOf(v);
  if (fn) return call(fn[0], fn[1], scope);
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) {
    const r = resolve(x, scope);
    if (r !== NO_VALUE) out[k] = r;
  }
  return out;
}

function call(name: string, arg: unknown, scope: EvalScope): unknown {
  switch (name) {
    case 'Ref':
      return ref(arg, scope);
    case 'Condition':
      if (typeof arg !== 'string') throw fail('Condition must be a string naming a condition');
      return scope.condition(arg);
    case 'Fn::GetAtt': {
      const [id, attr] = getAttArgs(arg, scope);
      return scope.getAtt(id, attr);
    }
    case 'Fn::Sub':
      return sub(arg, scope);
    case 'Fn::Join':
      return join(arg, scope);
    case 'Fn::Select':
      return select(arg, scope);
    case 'Fn::Split': {
      if (!Array.isArray(arg) || arg.length !== 2) throw fail('Fn::Split requires a list argument with two elements: a delimiter and a source string');
      const [delim, source] = [resolve(arg[0], scope), resolve(arg[1], scope)];
      if (typeof delim !== 'string' || typeof source !== 'string') throw fail('Fn::Split requires a string delimiter and a string to split');
      return source.split(delim);
    }
    case 'Fn::If':
      return fnIf(arg, scope);
    case 'Fn::Equals': {
      if (!Array.isArray(arg) || arg.length !== 2) throw fail('Fn::Equals requires a list argument with two elements');
      return text(resolve(arg[0], scope)) === text(resolve(arg[1], scope));
    }
    case 'Fn::And':
    case 'Fn::Or': {
      if (!Array.isArray(arg) || arg.length < 2 || arg.length > 10) throw fail(`${name} requires a list argument with between 2 and 10 elements`);
      const values = arg.map((c) => bool(resolve(c, scope), name));
      return name === 'Fn::And' ? values.every(Boolean) : values.some(Boolean);
    }
    case 'Fn::Not': {
      if (!Array.isArray(arg) || arg.length !== 1) throw fail('Fn::Not requires a list argument with one element');
      return !bool(resolve(arg[0], scope), name);
    }
    case 'Fn::FindInMap': {
      if (!Array.isArray(arg) || arg.length !== 3) {
        throw fail('every Fn::FindInMap object requires three parameters, the map name, map key and the attribute for return value');
      }
      const [m, k, a] = arg.map((x) => text(resolve(x, scope)));
      return scope.mapping(m, k, a);
    }
    case 'Fn::Base64': {
      const s = resolve(arg, scope);
      if (typeof s !== 'string') throw fail('Fn::Base64 requires a string');
      return Buffer.from(s, 'utf8').toString('base64');
    }
    case 'Fn::GetAZs': {
      const r = resolve(arg, scope);
      const region = r === '' || r === undefined || r === null ? scope.region : text(r);
      // A region's Availability Zones as CloudFormation lists them: the region and a letter each (Tollgate has no zones; three, as most regions).
      return ['a', 'b', 'c'].map((l) => `${region}${l}`);
    }
    case 'Fn::ImportValue': {
      const n = resolve(arg, scope);
      if (typeof n !== 'string') throw fail('Fn::ImportValue requires a string naming an export');
      return scope.importValue(n);
    }
    case 'Fn::Length': {
      const l = resolve(arg, scope);
      if (!Array.isArray(l)) throw fail('Fn::Length requires a list');
      return l.length;
    }
    case 'Fn::ToJsonString':
      return JSON.stringify(resolve(arg, scope));
  }
  throw fail(`Unknown function ${name}`);
}

function ref(arg: unknown, scope: EvalScope): unknown {
  if (typeof arg !== 'string') throw fail('every Ref object must have a single String value.');
  const p = scope.parameter(arg);
  if (p !== undefined) return p;
  const r = scope.ref(arg);
  if (r === undefined) throw templateErrors.unresolved([arg], 'Resources');
  return r;
}

/** `["Res", "Attr"]`, `"Res.Attr"` (the short form), or an attribute given by a Ref. */
function getAttArgs(arg: unknown, scope: EvalScope): [string, string] {
  if (typeof arg === 'string') {
    const dot = arg.indexOf('.');
    if (dot > 0 && dot < arg.length - 1) return [arg.slice(0, dot), arg.slice(dot + 1)];
  } else if (Array.isArray(arg) && arg.length === 2 && typeof arg[0] === 'string') {
    const attr = resolve(arg[1], scope);
    if (typeof attr === 'string' && attr !== '' && arg[0] !== '') return [arg[0], attr];
  }
  throw fail('every Fn::GetAtt object requires two non-empty parameters, the resource name and the resource attribute');
}

const VARIABLE = /\$\{([^}]*)\}/g;

function sub(arg: unknown, scope: EvalScope): string {
  let template: unknown = arg;
  let vars: Record<string, unknown> = {};
  if (Array.isArray(arg)) {
    if (arg.length !== 2 || typeof arg[1] !== 'object' || arg[1] === null || Array.isArray(arg[1])) {
      throw fail(
        "One or more Fn::Sub intrinsic functions don't specify expected arguments. Specify a string as first argument, and an optional second argument to specify a mapping of values to replace in the string",
      );
    }
    template = arg[0];
    vars = arg[1] as Record<string, unknown>;
  }
  if (typeof template !== 'string') throw fail('Fn::Sub requires a string to substitute in');
  return template.replace(VARIABLE, (whole, body: string) => {
    if (body.startsWith('!')) return `\${${body.slice(1)}}`; // `${!Literal}` writes `${Literal}`
    const name = body.trim();
    if (!/^[A-Za-z0-9_.:]+$/.test(name))
      throw fail('variable names in Fn::Sub syntax must contain only alphanumeric characters, underscores, periods, and colons');
    if (name in vars) return text(resolve(vars[name], scope));
    const p = scope.parameter(name);
    if (p !== undefined) return text(p);
    const dot = name.indexOf('.');
    if (dot > 0) return text(scope.getAtt(name.slice(0, dot), name.slice(dot + 1)));
    const r = scope.ref(name);
    if (r === undefined) throw templateErrors.unresolved([name], 'Resources');
    return text(r);
  });
}

function join(arg: unknown, scope: EvalScope): string {
  const usage =
    'every Fn::Join object requires two parameters, (1) a string delimiter and (2) a list of strings to be joined or a function that returns a list of strings (such as Fn::GetAZs) to be joined.';
  if (!Array.isArray(arg) || arg.length !== 2 || typeof arg[0] !== 'string') throw fail(usage);
  const items = resolve(arg[1], scope);
  if (!Array.isArray(items)) throw fail(usage);
  return items.map(text).join(arg[0]);
}

function select(arg: unknown, scope: EvalScope): unknown {
  if (!Array.isArray(arg) || arg.length !== 2) throw fail('Fn::Select requires a list argument with two elements: an index and a list');
  const index = Number(resolve(arg[0], scope));
  const items = resolve(arg[1], scope);
  if (!Array.isArray(items)) throw fail('Fn::Select requires a list to select from');
  if (!Number.isInteger(index) || index < 0 || index >= items.length) throw fail(`Fn::Select cannot select nonexistent value at index ${index}`);
  return items[index];
}

function fnIf(arg: unknown, scope: EvalScope): unknown {
  if (!Array.isArray(arg) || arg.length !== 3 || typeof arg[0] !== 'string') throw fail('Fn::If requires a list argument with three elements');
  return resolve(scope.condition(arg[0]) ? arg[1] : arg[2], scope);
}

function bool(v: unknown, fn: string): boolean {
  if (typeof v === 'boolean') return v;
  if (v === 'true' || v === 'false') return v === 'true';
  throw fail(`${fn} requires conditions (a condition name, Fn::Equals, Fn::And, Fn::Or or Fn::Not) as its elements`);
}

/** A value where text is required: numbers and booleans as CloudFormation writes them, anything else refused. */
export function text(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  throw fail(`a string was expected where ${JSON.stringify(v)} was given`);
}
