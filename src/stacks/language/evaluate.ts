/**
 * A template read against its parameters, before anything is provisioned: the parameter values, the
 * conditions, which resources are in the stack, their dependency graph, and the scope expressions are
 * evaluated in (the resources' values are given by the engine as it provisions them). Everything a
 * template can be refused for is found here, so a refused deploy has changed nothing.
 */
import { templateErrors } from '../errors.js';
import type { Template } from '../template.js';
import { dependencyGraph, type Graph } from './graph.js';
import { type EvalScope, NO_VALUE, resolve, text } from './intrinsics.js';
import { checkDeclarations, type ParameterValue, resolveParameters } from './parameters.js';
import { pseudoParameters, type StackIdentity } from './pseudo.js';
import { referencesOf } from './references.js';

export interface EvaluatedTemplate {
  template: Template;
  parameters: Map<string, ParameterValue>;
  conditions: Map<string, boolean>;
  /** The resources whose condition holds, in template order. */
  active: string[];
  graph: Graph;
  /** A scope for expressions, reading resources through `resources`. */
  scope(resources: ResourceValues): EvalScope;
}

/** What the engine knows of the resources provisioned so far. */
export interface ResourceValues {
  ref(logicalId: string): unknown;
  getAtt(logicalId: string, attribute: string): unknown;
  importValue(name: string): unknown;
}

/** The template's shape: what makes it a template at all (anything else is "not a template"). */
export function checkShape(t: unknown): asserts t is Template {
  if (typeof t !== 'object' || t === null || Array.isArray(t)) throw templateErrors.notATemplate('Template must be a JSON or YAML object');
  const r = (t as Template).Resources as unknown;
  if (r === undefined || r === null || typeof r !== 'object' || Array.isArray(r) || Object.keys(r).length === 0) throw templateErrors.noResources();
  for (const [id, res] of Object.entries(r as Record<string, unknown>)) {
    if (typeof res !== 'object' || res === null || typeof (res as { Type?: unknown }).Type !== 'string') throw templateErrors.noType(id);
  }
}

export function evaluateTemplate(template: Template, given: Record<string, string>, identity: StackIdentity): EvaluatedTemplate {
  checkShape(template);
  checkDeclarations(template);
  const parameters = resolveParameters(template, given);
  const pseudo = pseudoParameters(identity);
  const parameter = (name: string): unknown => parameters.get(name) ?? pseudo.get(name);
  const mapping = (m: string, k: string, a: string): unknown => {
    const v = template.Mappings?.[m]?.[k]?.[a];
    if (v === undefined) throw templateErrors.mapping(`${m}::${k}::${a}`);
    return v;
  };
  const conditions = evaluateConditions(template, parameter, mapping, identity.region);
  const condition = (name: string): boolean => {
    const c = conditions.get(name);
    if (c === undefined) throw templateErrors.unknownCondition(name, 'Fn::If');
    return c;
  };
  for (const [id, r] of Object.entries(template.Resources)) {
    if (r.Condition !== undefined && !conditions.has(r.Condition))
      throw templateErrors.unknownCondition(String(r.Condition), `the Condition of resource ${id}`);
    for (const c of referencesOf(r.Properties).conditions) if (!conditions.has(c)) throw templateErrors.unknownCondition(c, `Fn::If in resource ${id}`);
  }
  const active = Object.keys(template.Resources).filter((id) => {
    const c = template.Resources[id].Condition;
    return c === undefined || conditions.get(c) === true;
  });
  const graph = dependencyGraph(template.Resources, active, (n) => parameters.has(n) || pseudo.has(n));
  checkOutputs(template, conditions, (n) => parameters.has(n) || pseudo.has(n));
  return {
    template,
    parameters,
    conditions,
    active,
    graph,
    scope: (resources) => ({
      region: identity.region,
      parameter,
      condition,
      mapping,
      ref: (id) => {
        if (!active.includes(id)) return undefined; // a resource whose condition is false is not there to refer to
        return resources.ref(id);
      },
      getAtt: (id, attr) => resources.getAtt(id, attr),
      importValue: (name) => resources.importValue(name),
    }),
  };
}

function evaluateConditions(
  template: Template,
  parameter: (n: string) => unknown,
  mapping: (m: string, k: string, a: string) => unknown,
  region: string,
): Map<string, boolean> {
  const defs = template.Conditions ?? {};
  const done = new Map<string, boolean>();
  const visiting: string[] = [];
  const scope: EvalScope = {
    region,
    parameter,
    mapping,
    condition: (name) => evaluate(name),
    // Conditions may not read resources (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/conditions-section-structure.html).
    ref: (id) => {
      throw templateErrors.unresolved([id], 'Conditions');
    },
    getAtt: (id) => {
      throw templateErrors.unresolved([id], 'Conditions');
    },
    importValue: () => {
      throw templateErrors.intrinsic('Fn::ImportValue may not be used in the Conditions block');
    },
  };
  const evaluate = (name: string): boolean => {
    const known = done.get(name);
    if (known !== undefined) return known;
    if (!(name in defs)) throw templateErrors.unknownCondition(name, 'the Conditions block');
    if (visiting.includes(name)) throw templateErrors.conditionCycle(visiting.slice(visiting.indexOf(name)));
    visiting.push(name);
    const v = resolve(defs[name], scope);
    visiting.pop();
    if (typeof v !== 'boolean')
      throw templateErrors.intrinsic(`condition ${name} must evaluate to a boolean (Fn::Equals, Fn::And, Fn::Or, Fn::Not or Condition)`);
    done.set(name, v);
    return v;
  };
  for (const name of Object.keys(defs)) evaluate(name);
  return done;
}

function checkOutputs(template: Template, conditions: Map<string, boolean>, known: (n: string) => boolean): void {
  const unresolved = new Set<string>();
  for (const o of Object.values(template.Outputs ?? {})) {
    if (o.Condition !== undefined && !conditions.has(o.Condition)) throw templateErrors.unknownCondition(o.Condition, 'the Outputs block');
    for (const n of referencesOf([o.Value, o.Export]).names) if (!(n in template.Resources) && !known(n)) unresolved.add(n);
  }
  if (unresolved.size) throw templateErrors.unresolved(unresolved, 'Outputs');
}

/** The stack's outputs, once every resource is provisioned (those whose condition is false left out). */
export function evaluateOutputs(ev: EvaluatedTemplate, scope: EvalScope): { key: string; value: string; description?: string; exportName?: string }[] {
  const out = [];
  for (const [key, o] of Object.entries(ev.template.Outputs ?? {})) {
    if (o.Condition !== undefined && !ev.conditions.get(o.Condition)) continue;
    const v = resolve(o.Value, scope);
    if (v === NO_VALUE) continue;
    const value = Array.isArray(v) ? v.map(text).join(',') : text(v);
    const exportName = o.Export ? text(resolve(o.Export.Name, scope)) : undefined;
    out.push({ key, value, ...(o.Description ? { description: o.Description } : {}), ...(exportName ? { exportName } : {}) });
  }
  return out;
}
