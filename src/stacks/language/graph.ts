/**
 * The resources' dependency graph (Ref, Fn::GetAtt, Fn::Sub and DependsOn), checked before anything
 * changes: a name that is neither a resource, a parameter nor a pseudo parameter is refused, and so is a
 * cycle, naming the resources in it as CloudFormation does ("Circular dependency between resources: [A, B]",
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/troubleshooting.html#troubleshooting-errors-dependency-error).
 */
import { templateErrors } from '../errors.js';
import type { TemplateResource } from '../template.js';
import { referencesOf } from './references.js';

export interface Graph {
  /** Logical id → the logical ids it depends on (active resources only). */
  dependsOn: Map<string, Set<string>>;
  /** The order to create in: each resource after what it depends on (ties in template order). */
  order: string[];
}

/**
 * `declared`: every resource of the template (a reference to one whose condition is false is not unknown);
 * `active`: those whose condition holds; `known`: parameter and pseudo parameter names.
 */
export function dependencyGraph(declared: Record<string, TemplateResource>, active: string[], known: (name: string) => boolean): Graph {
  const dependsOn = new Map<string, Set<string>>();
  const unresolved = new Set<string>();
  const activeSet = new Set(active);
  for (const id of active) {
    const r = declared[id];
    const deps = new Set<string>();
    for (const n of referencesOf(r.Properties).names) {
      if (n in declared) {
        if (activeSet.has(n)) deps.add(n);
      } else if (!known(n)) unresolved.add(n);
    }
    for (const n of r.DependsOn === undefined ? [] : Array.isArray(r.DependsOn) ? r.DependsOn : [r.DependsOn]) {
      if (!(typeof n === 'string' && n in declared)) unresolved.add(String(n));
      else if (activeSet.has(n)) deps.add(n);
    }
    dependsOn.set(id, deps);
  }
  if (unresolved.size) throw templateErrors.unresolved(unresolved, 'Resources');
  return { dependsOn, order: topologicalOrder(active, dependsOn) };
}

export function topologicalOrder(ids: string[], dependsOn: Map<string, Set<string>>): string[] {
  const order: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (id: string): void => {
    const s = state.get(id);
    if (s === 'done') return;
    if (s === 'visiting') throw templateErrors.cycle(stronglyConnected(id, dependsOn).sort());
    state.set(id, 'visiting');
    stack.push(id);
    for (const d of dependsOn.get(id) ?? []) visit(d);
    stack.pop();
    state.set(id, 'done');
    order.push(id);
  };
  for (const id of ids) visit(id);
  return order;
}

/** Every resource on a cycle through `id`: those it reaches that reach it back (the whole knot, as CloudFormation names it). */
function stronglyConnected(id: string, dependsOn: Map<string, Set<string>>): string[] {
  const reach = (from: string, edges: (n: string) => Iterable<string>): Set<string> => {
    const seen = new Set<string>([from]);
    const todo = [from];
    while (todo.length) {
      for (const n of edges(todo.pop()!)) {
        if (seen.has(n)) continue;
        seen.add(n);
        todo.push(n);
      }
    }
    return seen;
  };
  const forward = reach(id, (n) => dependsOn.get(n) ?? []);
  const backward = reach(id, (n) => [...dependsOn].filter(([, deps]) => deps.has(n)).map(([k]) => k));
  return [...forward].filter((n) => backward.has(n));
}
