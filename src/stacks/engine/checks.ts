/**
 * What is checked of a template before anything changes, besides its language (language/evaluate.ts):
 * every resource's type is one Tollgate provisions (else the deploy is refused naming each resource, or
 * with skipUnsupported each is skipped), and every Fn::GetAtt names a resource and an attribute its type
 * has ("Template error: resource X does not support attribute type Y in Fn::GetAtt").
 */
import { templateErrors } from '../errors.js';
import type { EvaluatedTemplate } from '../language/evaluate.js';
import { intrinsicOf, isList } from '../language/intrinsics.js';
import { resourceType } from '../resources/registry.js';

/** The active resources of unsupported types; refused unless `skip`. */
export function unsupportedResources(ev: EvaluatedTemplate, skip: boolean): Set<string> {
  const found = ev.active.filter((id) => !resourceType(ev.template.Resources[id].Type));
  if (found.length && !skip) throw templateErrors.unsupported(found.map((id) => `${id} (${ev.template.Resources[id].Type})`));
  return new Set(found);
}

export function checkGetAtts(ev: EvaluatedTemplate, unsupported: Set<string>): void {
  const { Resources, Outputs } = ev.template;
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(visit);
    if (typeof v !== 'object' || v === null) return;
    const fn = intrinsicOf(v);
    if (fn?.[0] === 'Fn::GetAtt') {
      const arg = fn[1];
      const [id, attr] = typeof arg === 'string' ? [arg.slice(0, arg.indexOf('.')), arg.slice(arg.indexOf('.') + 1)] : isList(arg) ? arg : [];
      if (typeof id === 'string' && id !== '') {
        const decl = Resources[id];
        if (!decl) throw templateErrors.getAttUndefined(id);
        const t = resourceType(decl.Type);
        if (typeof attr === 'string' && t && !unsupported.has(id) && !t.attributes.includes(attr)) throw templateErrors.getAttUnsupported(id, attr);
      }
    }
    if (fn?.[0] === 'Fn::Sub') {
      const tpl = isList(fn[1]) ? fn[1][0] : fn[1];
      if (typeof tpl === 'string') {
        for (const m of tpl.matchAll(/\$\{([^}!][^}]*)\}/g)) {
          const [id, ...rest] = m[1].trim().split('.');
          const decl = Resources[id];
          const t = decl && resourceType(decl.Type);
          if (rest.length && t && !unsupported.has(id) && !t.attributes.includes(rest.join('.'))) throw templateErrors.getAttUnsupported(id, rest.join('.'));
        }
      }
    }
    for (const x of Object.values(v)) visit(x);
  };
  for (const id of ev.active) visit(Resources[id].Properties);
  visit(Outputs);
}
