/**
 * What a value refers to: the names its Ref, Fn::GetAtt and Fn::Sub variables read (both branches of an
 * Fn::If count, as CloudFormation's dependency analysis counts them), before anything is evaluated.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-attribute-dependson.html
 */
import { intrinsicOf, isList } from './intrinsics.js';

const VARIABLE = /\$\{([^}!][^}]*)\}/g;

/** Every logical id or parameter name `v` reads, and the conditions it names. */
export function referencesOf(v: unknown, into: { names: Set<string>; conditions: Set<string> } = { names: new Set(), conditions: new Set() }) {
  if (Array.isArray(v)) {
    for (const x of v) referencesOf(x, into);
    return into;
  }
  if (typeof v !== 'object' || v === null) return into;
  const fn = intrinsicOf(v);
  if (!fn) {
    for (const x of Object.values(v)) referencesOf(x, into);
    return into;
  }
  const [name, arg] = fn;
  switch (name) {
    case 'Ref':
      if (typeof arg === 'string') into.names.add(arg);
      return into;
    case 'Condition':
      if (typeof arg === 'string') into.conditions.add(arg);
      return into;
    case 'Fn::GetAtt':
      if (typeof arg === 'string') into.names.add(arg.split('.')[0]);
      else if (Array.isArray(arg) && typeof arg[0] === 'string') {
        into.names.add(arg[0]);
        referencesOf(arg[1], into);
      }
      return into;
    case 'Fn::Sub': {
      const [tpl, vars] = isList(arg) ? [arg[0], (arg[1] ?? {}) as Record<string, unknown>] : [arg, {}];
      if (typeof tpl === 'string') {
        for (const m of tpl.matchAll(VARIABLE)) {
          const n = m[1].trim();
          if (!(n in vars)) into.names.add(n.split('.')[0]);
        }
      }
      referencesOf(vars, into);
      return into;
    }
    case 'Fn::If':
      if (Array.isArray(arg)) {
        if (typeof arg[0] === 'string') into.conditions.add(arg[0]);
        referencesOf(arg.slice(1), into);
      }
      return into;
    default:
      return referencesOf(arg, into);
  }
}
