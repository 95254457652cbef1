/**
 * Parameter values: the values given, checked against the template's declarations (Type, AllowedValues,
 * AllowedPattern, Min/MaxLength, Min/MaxValue), else their Default. Lists (`List<…>`, `CommaDelimitedList`)
 * become arrays of strings; every other value stays the string CloudFormation passes around.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/parameters-section-structure.html
 */
import type { Template, TemplateParameter } from '../template.js';
import { parameterErrors, templateErrors } from '../errors.js';

export type ParameterValue = string | string[];

/** Types whose value is taken as given (AWS-specific ids Tollgate cannot look up are strings, as CloudFormation passes them). */
const SCALAR = /^(String|Number|AWS::[A-Za-z0-9]+::[A-Za-z0-9]+::[A-Za-z0-9]+|AWS::SSM::Parameter::Value<[^>]+>|AWS::SSM::Parameter::Name)$/;
const LIST = /^(CommaDelimitedList|List<(Number|String|AWS::[A-Za-z0-9]+::[A-Za-z0-9]+::[A-Za-z0-9]+)>)$/;

export function isListType(type: string): boolean {
  return LIST.test(type);
}

/** Checks the declarations themselves (types), before any value. */
export function checkDeclarations(template: Template): void {
  for (const decl of Object.values(template.Parameters ?? {})) {
    if (typeof decl?.Type !== 'string' || !(SCALAR.test(decl.Type) || LIST.test(decl.Type))) throw templateErrors.parameterType(String(decl?.Type));
  }
}

/** The stack's parameter values: given ones checked, defaults filled in; a declaration left without a value is refused. */
export function resolveParameters(template: Template, given: Record<string, string>): Map<string, ParameterValue> {
  const decls = template.Parameters ?? {};
  const unknown = Object.keys(given).filter((k) => !(k in decls));
  if (unknown.length) throw parameterErrors.notInTemplate(unknown);
  const missing: string[] = [];
  const out = new Map<string, ParameterValue>();
  for (const [name, decl] of Object.entries(decls)) {
    const raw = name in given ? given[name] : decl.Default === undefined ? undefined : defaultText(decl.Default);
    if (raw === undefined) {
      missing.push(name);
      continue;
    }
    out.set(name, check(name, decl, raw));
  }
  if (missing.length) throw parameterErrors.missing(missing);
  return out;
}

/** A Default may be written as a number or a list in YAML; CloudFormation reads it as text. */
function defaultText(v: unknown): string {
  return Array.isArray(v) ? v.map(String).join(',') : String(v);
}

function check(name: string, decl: TemplateParameter, raw: string): ParameterValue {
  const list = LIST.test(decl.Type);
  const items = list ? (raw === '' ? [] : raw.split(',').map((s) => (decl.Type === 'CommaDelimitedList' ? s : s.trim()))) : [raw];
  const numeric = decl.Type === 'Number' || decl.Type === 'List<Number>';
  const fail = (detail: string) => parameterErrors.constraint(name, decl.ConstraintDescription ?? detail);
  for (const item of items) {
    if (numeric && (item.trim() === '' || Number.isNaN(Number(item)))) throw parameterErrors.notANumber(name);
    if (decl.AllowedValues && !decl.AllowedValues.map(String).includes(item)) throw parameterErrors.notAllowed(name);
    if (decl.AllowedPattern !== undefined && !new RegExp(`^(?:${decl.AllowedPattern})$`).test(item)) {
      throw fail(`Malformed input-Parameter ${name} must match pattern ${decl.AllowedPattern}`);
    }
    if (decl.MinLength !== undefined && item.length < Number(decl.MinLength))
      throw fail(`Parameter '${name}' must contain at least ${decl.MinLength} characters`);
    if (decl.MaxLength !== undefined && item.length > Number(decl.MaxLength))
      throw fail(`Parameter '${name}' must contain at most ${decl.MaxLength} characters`);
    if (decl.MinValue !== undefined && Number(item) < Number(decl.MinValue)) throw fail(`Parameter '${name}' must be a number not less than ${decl.MinValue}`);
    if (decl.MaxValue !== undefined && Number(item) > Number(decl.MaxValue))
      throw fail(`Parameter '${name}' must be a number not greater than ${decl.MaxValue}`);
  }
  return list ? items : raw;
}

/** NoEcho values are shown as CloudFormation shows them, five asterisks ("masked as asterisks (*****)", https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/parameters-section-structure.html). */
export function displayValue(decl: TemplateParameter | undefined, value: ParameterValue): string {
  if (decl && String(decl.NoEcho) === 'true') return '*****';
  return Array.isArray(value) ? value.join(',') : value;
}
