/**
 * transformServerless(template, { region, accountId, stackName, partition }) → the plain CloudFormation template
 * AWS's SAM translator (the `AWS::Serverless-2016-10-31` transform) makes of it, for what Tollgate serves:
 * AWS::Serverless::Function (with Api events, AutoPublishAlias, its role), AWS::Serverless::Api (and the implicit
 * `ServerlessRestApi`), AWS::Serverless::LayerVersion, and Globals. A template without the SAM transform comes back
 * as it is (a copy). Other AWS::Serverless::* types, and function events other than Api, are left as written: the
 * stack engine names them as unsupported. Throws TemplateError with the translator's text
 * ("Invalid Serverless Application Specification document. …", errors.ts).
 * The translator: https://github.com/aws/serverless-application-model (samtranslator/); its input/output fixtures
 * (tests/translator/) are compared with this transform in test/stacks/sam/translator-fixtures.test.ts.
 * Pure: no file, no network (the project loaders, src/stacks/sources/, have already resolved local paths).
 */
import type { Template, TemplateResource } from '../template.js';
import { translateApi } from './api.js';
import { SamErrors } from './errors.js';
import { IMPLICIT_API, translateFunction } from './function.js';
import { GLOBALS_SECTION, mergeGlobal } from './globals.js';
import { translateLayer } from './layer.js';
import { isObject, type Json, type TransformContext, type TransformState } from './state.js';
import { normalizeMethod, skeleton } from './swagger.js';

export type { TransformContext } from './state.js';
export const SAM_TRANSFORM = 'AWS::Serverless-2016-10-31';

const transforms = (t: Template): string[] => (t.Transform === undefined ? [] : Array.isArray(t.Transform) ? t.Transform : [t.Transform]);

/** Does the template ask for the SAM transform? */
export const isServerless = (t: Template): boolean => transforms(t).includes(SAM_TRANSFORM);

/** The implicit API: every Api event without RestApiId, its paths and methods in the order of the events (samtranslator/plugins/api/implicit_rest_api_plugin.py). */
function addImplicitApi(resources: Record<string, TemplateResource>): void {
  const body = skeleton();
  const paths = body.paths as Json;
  const deletion = new Set<unknown>();
  const replace = new Set<unknown>();
  for (const r of Object.values(resources)) {
    if (r.Type !== 'AWS::Serverless::Function' || !isObject(r.Properties?.Events)) continue;
    for (const event of Object.values(r.Properties.Events)) {
      if (!isObject(event) || event.Type !== 'Api' || !isObject(event.Properties) || event.Properties.RestApiId !== undefined) continue;
      deletion.add(r.DeletionPolicy);
      replace.add(r.UpdateReplacePolicy);
      const path = String(event.Properties.Path);
      paths[path] = { ...(isObject(paths[path]) ? paths[path] : {}), [normalizeMethod(String(event.Properties.Method))]: {} };
    }
  }
  if (Object.keys(paths).length === 0 || resources[IMPLICIT_API] !== undefined) return;
  const api: TemplateResource = { Type: 'AWS::Serverless::Api', Properties: { StageName: 'Prod', DefinitionBody: body, __MANAGE_SWAGGER: true } };
  // The API keeps what its functions keep: Retain wins, then (for replacement) Snapshot, then Delete.
  const strongest = (set: Set<unknown>, order: string[]): string | undefined => order.find((p) => set.has(p));
  const dp = strongest(deletion, ['Retain', 'Delete']);
  const urp = strongest(replace, ['Retain', 'Snapshot', 'Delete']);
  if (dp) api.DeletionPolicy = dp;
  if (urp) api.UpdateReplacePolicy = urp;
  resources[IMPLICIT_API] = api;
}

/** An API with neither DefinitionBody nor DefinitionUri gets a body SAM manages; with OpenApiVersion 3 that body says `openapi`. */
function prepareApis(resources: Record<string, TemplateResource>): void {
  for (const r of Object.values(resources)) {
    if (r.Type !== 'AWS::Serverless::Api') continue;
    const p = (r.Properties ??= {});
    if (p.DefinitionBody === undefined && p.DefinitionUri === undefined) {
      p.DefinitionBody = skeleton();
      p.__MANAGE_SWAGGER = true;
    }
    // YAML's `3.0` reaches here as the number 3; the translator (Python) writes it "3.0".
    if (typeof p.OpenApiVersion === 'number') p.OpenApiVersion = Number.isInteger(p.OpenApiVersion) ? `${p.OpenApiVersion}.0` : String(p.OpenApiVersion);
    const v = p.OpenApiVersion;
    if (p.__MANAGE_SWAGGER && isObject(p.DefinitionBody) && typeof v === 'string' && /^3(\.\d)(\.\d)?$/.test(v)) {
      p.DefinitionBody.openapi = p.OpenApiVersion;
      delete p.DefinitionBody.swagger;
    }
  }
}

/** `Ref`s, `Fn::GetAtt`s and `${…}` of Fn::Sub that name a resource SAM renamed (layers, `Api.Stage`, `Function.Alias`). */
function rename(value: unknown, renames: Map<string, string>): unknown {
  if (Array.isArray(value)) return value.map((v) => rename(v, renames));
  if (!isObject(value)) return value;
  if (typeof value.Ref === 'string' && renames.has(value.Ref)) return { Ref: renames.get(value.Ref) };
  const out: Json = {};
  for (const [k, v] of Object.entries(value)) {
    if (k === 'Fn::GetAtt' && Array.isArray(v) && typeof v[0] === 'string' && renames.has(v[0])) out[k] = [renames.get(v[0]), ...(v.slice(1) as unknown[])];
    else if (k === 'Fn::Sub') {
      const sub = (s: unknown): unknown =>
        typeof s === 'string' ? s.replace(/\$\{([^}!]+)\}/g, (m: string, name: string) => (renames.has(name) ? `\${${renames.get(name)}}` : m)) : s;
      out[k] = Array.isArray(v) ? [sub(v[0]), rename(v[1], renames)] : sub(v);
    } else out[k] = rename(v, renames);
  }
  return out;
}

/** The SAM transform (see above). */
export function transformServerless(template: Template, ctx: TransformContext): Template {
  const t = structuredClone(template);
  if (!isServerless(t)) return t;
  const input = t.Resources;
  addImplicitApi(input);
  const globals = isObject(t.Globals) ? t.Globals : {};
  for (const r of Object.values(input)) {
    const section = GLOBALS_SECTION[r.Type];
    if (section && isObject(globals[section])) r.Properties = mergeGlobal(globals[section], r.Properties ?? {}) as Json;
  }
  prepareApis(input);
  const parameters = new Map<string, unknown>();
  for (const [name, p] of Object.entries(t.Parameters ?? {})) if (p.Default !== undefined) parameters.set(name, p.Default);
  for (const [name, v] of Object.entries(ctx.parameterValues ?? {})) parameters.set(name, v);
  const state: TransformState = {
    ctx,
    input,
    out: {},
    errors: new SamErrors(),
    renames: new Map(),
    shared: { apiStages: [], stageKeys: [], dependsOn: [], conditions: [], anyWithoutCondition: false },
    conditions: (t.Conditions ??= {}),
    parameters,
  };
  const ofType = (type: string): [string, TemplateResource][] => Object.entries(input).filter(([, r]) => r.Type === type);
  for (const [id, r] of ofType('AWS::Serverless::Function')) translateFunction(id, r, state);
  for (const [id, r] of ofType('AWS::Serverless::Api')) translateApi(id, r, state);
  for (const [id, r] of ofType('AWS::Serverless::LayerVersion')) translateLayer(id, r, state);
  const translated = new Set(['AWS::Serverless::Function', 'AWS::Serverless::Api', 'AWS::Serverless::LayerVersion']);
  for (const [id, r] of Object.entries(input)) if (!translated.has(r.Type)) state.out[id] = r;
  state.errors.throwIfAny();

  const rest = transforms(t).filter((x) => x !== SAM_TRANSFORM);
  const out: Template = { ...t, Resources: state.out };
  if (Object.keys(state.conditions).length === 0) delete out.Conditions;
  delete out.Globals;
  if (rest.length === 0) delete out.Transform;
  else out.Transform = rest.length === 1 && !Array.isArray(t.Transform) ? rest[0] : rest;
  if (state.renames.size > 0) {
    out.Resources = rename(out.Resources, state.renames) as Template['Resources'];
    for (const r of Object.values(out.Resources)) {
      if (typeof r.DependsOn === 'string') r.DependsOn = state.renames.get(r.DependsOn) ?? r.DependsOn;
      else if (Array.isArray(r.DependsOn)) r.DependsOn = r.DependsOn.map((d) => state.renames.get(d) ?? d);
    }
    if (out.Outputs) out.Outputs = rename(out.Outputs, state.renames) as Template['Outputs'];
  }
  return out;
}
