/**
 * What a change set previews: the engine's per-resource comparison (provision.ts `step`) run without provisioning.
 * Each active resource's properties are resolved against the stack's recorded resources and compared with what the
 * last deploy stored; a reference to a resource this deploy creates or replaces cannot be known before it runs, so
 * that property counts as changed, "Dynamic" (CloudFormation's Evaluation for "a value that can't be determined
 * until the stack is updated"); removed resources are Removes. Replacement as CloudFormation reports it
 * (https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_ResourceChange.html): True when the type
 * changes or a property the type replaces on changes (or the type has no in-place update), Conditional when only a
 * dynamic value might, else False. A Deployment is replaced whenever its API changed (api-changes.ts).
 */
import type { PlannedChange, PropertyChange } from '../../domain/change-set.js';
import type { StackResource } from '../../domain/stack.js';
import type { EvaluatedTemplate } from '../language/evaluate.js';
import { topologicalOrder } from '../language/graph.js';
import { resolve } from '../language/intrinsics.js';
import { placeholder } from '../resources/inert.js';
import type { Props } from '../resources/provider.js';
import { DEPLOYMENT, deploymentEdges, isApiPart, REST_API } from './api-changes.js';
import { typeOf } from './provision.js';

/** A value that names what this deploy creates or replaces: unknown until it runs. */
class Unknown extends Error {}

export function planChanges(
  ev: EvaluatedTemplate,
  previous: Record<string, StackResource>,
  unsupported: Set<string>,
  exportValue: (name: string) => string | undefined,
): PlannedChange[] {
  const { template, active, graph } = ev;
  const fresh = new Set<string>();
  const changedApis = new Set<string>();
  const known = (id: string): StackResource => {
    const r = previous[id];
    if (!r || fresh.has(id)) throw new Unknown();
    return r;
  };
  const scope = ev.scope({
    ref: (id) => known(id).physicalId,
    getAtt: (id, attr) => (unsupported.has(id) || previous[id]?.skipped ? placeholder(id) : known(id).attributes[attr]),
    importValue: (name) => {
      const v = exportValue(name);
      if (v === undefined) throw new Unknown();
      return v;
    },
  });
  const out: PlannedChange[] = [];
  const removed = Object.keys(previous).filter((id) => !active.includes(id));
  // Removed API parts go first in a deploy, and change their API (provision.ts removeApiParts).
  for (const id of removed) if (isApiPart(previous[id].type)) changedApis.add(String(previous[id].properties.RestApiId));
  for (const id of topologicalOrder(active, deploymentEdges(template.Resources, active, graph.dependsOn))) {
    const decl = template.Resources[id];
    const prev = previous[id];
    if (!prev) {
      fresh.add(id);
      out.push({ action: 'Add', logicalId: id, type: decl.Type, details: [] });
      continue;
    }
    const t = typeOf(decl.Type, unsupported.has(id));
    const dynamic = new Set<string>();
    const props: Props = {};
    for (const [k, raw] of Object.entries(decl.Properties ?? {})) {
      try {
        Object.assign(props, resolve({ [k]: raw }, scope));
      } catch {
        dynamic.add(k); // an Unknown, or an expression only the deploy can evaluate (it reports the error then)
      }
    }
    const fp = t.fingerprint?.(props) ?? props;
    const keys = [...new Set([...Object.keys(prev.properties), ...Object.keys(fp)])];
    const stat = keys.filter((k) => !dynamic.has(k) && JSON.stringify(prev.properties[k]) !== JSON.stringify(fp[k]));
    const typeChanged = prev.type !== decl.Type;
    const forced = decl.Type === DEPLOYMENT && changedApis.has(String(props.RestApiId));
    if (!stat.length && !dynamic.size && !typeChanged && !forced) continue;
    const replaces = (k: string): boolean => t.replaceOn.includes(k);
    const replacement = typeChanged || forced || stat.some(replaces) || !t.update ? 'True' : [...dynamic].some(replaces) ? 'Conditional' : 'False';
    if (replacement !== 'False') fresh.add(id);
    if (decl.Type === REST_API) changedApis.add(prev.physicalId);
    else if (isApiPart(decl.Type) && props.RestApiId !== undefined) changedApis.add(String(props.RestApiId));
    const detail = (k: string, evaluation: PropertyChange['evaluation']): PropertyChange => ({
      name: k,
      requiresRecreation: replaces(k) ? (evaluation === 'Static' ? 'Always' : 'Conditionally') : 'Never',
      evaluation,
    });
    const details = [...stat.map((k) => detail(k, 'Static')), ...[...dynamic].map((k) => detail(k, 'Dynamic'))];
    out.push({ action: 'Modify', logicalId: id, physicalId: prev.physicalId, type: decl.Type, replacement, details });
  }
  for (const id of removed) out.push({ action: 'Remove', logicalId: id, physicalId: previous[id].physicalId, type: previous[id].type, details: [] });
  return out;
}
