/** What the SAM transform's steps share while they turn one template into plain CloudFormation. */
import type { TemplateResource } from '../template.js';
import type { SamErrors } from './errors.js';

export type Json = Record<string, unknown>;
export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Where the stack is deployed: the values the translator writes literally (ARN partitions) or keeps as pseudo parameters. */
export interface TransformContext {
  region: string;
  accountId: string;
  stackName: string;
  partition: string;
  /** The stack's parameter values (else each parameter's Default): SAM resolves `Ref`s to them in a few properties. */
  parameterValues?: Record<string, unknown>;
  /**
   * Where what the transform leaves out is reported (a function's event of a type other than Api: Schedule, SQS,
   * S3, …, which Tollgate does not translate): one entry per ignored thing, shown in the deploy's output and as a
   * stack event, never dropped silently.
   */
  warnings?: { logicalId: string; message: string }[];
}

export interface TransformState {
  ctx: TransformContext;
  /** The SAM template's resources after Globals (read; API properties are edited by the functions' events). */
  input: Record<string, TemplateResource>;
  /** The CloudFormation resources written so far, in order. */
  out: Record<string, TemplateResource>;
  errors: SamErrors;
  /** `Ref` targets SAM renames (a layer's hashed id, `Api.Stage`, `Function.Alias`…): old → new. */
  renames: Map<string, string>;
  /** The one usage plan, API key and plan key of `CreateUsagePlan: SHARED`, grown by each API. */
  shared: SharedUsagePlan;
  /** The output template's Conditions (SHARED usage plans add one). */
  conditions: Json;
  /** Template parameters (given values over defaults), for resolveParameterRefs. */
  parameters: Map<string, unknown>;
}

/**
 * `Ref` to a template parameter (and `${Param}` in Fn::Sub) replaced by its value, as the translator's
 * IntrinsicsResolver.resolve_parameter_refs does for the properties it names (a layer's RetentionPolicy, an API's
 * Domain and Auth, the code a version hashes…); every other intrinsic is left for deploy time.
 */
export function resolveParameterRefs(value: unknown, parameters: Map<string, unknown>): unknown {
  if (Array.isArray(value)) return value.map((v) => resolveParameterRefs(v, parameters));
  if (!isObject(value)) return value;
  const keys = Object.keys(value);
  if (keys.length === 1 && typeof value.Ref === 'string' && parameters.has(value.Ref)) return parameters.get(value.Ref);
  if (keys.length === 1 && typeof value['Fn::Sub'] === 'string') {
    return { 'Fn::Sub': value['Fn::Sub'].replace(/\$\{([^}!.]+)\}/g, (m: string, n: string) => (parameters.has(n) ? String(parameters.get(n)) : m)) };
  }
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveParameterRefs(v, parameters)]));
}

/** The one usage plan, API key and plan key of `CreateUsagePlan: SHARED`, grown by each API, with the attributes its APIs combine to. */
export interface SharedUsagePlan {
  apiStages: Json[];
  stageKeys: Json[];
  dependsOn: string[];
  deletionPolicy?: string;
  updateReplacePolicy?: string;
  conditions: string[];
  anyWithoutCondition: boolean;
}

/** Condition, DeletionPolicy and UpdateReplacePolicy go from a SAM resource to what it generates (SAM's "passthrough" attributes). */
export function passthrough(resource: TemplateResource): Partial<TemplateResource> {
  const out: Partial<TemplateResource> = {};
  if (resource.Condition !== undefined) out.Condition = resource.Condition;
  if (resource.DeletionPolicy !== undefined) out.DeletionPolicy = resource.DeletionPolicy;
  if (resource.UpdateReplacePolicy !== undefined) out.UpdateReplacePolicy = resource.UpdateReplacePolicy;
  return out;
}

/**
 * Keeps only the defined values, in the order given (undefined and null properties are not written). The shape is
 * the one given: a property left out was undefined or null, as an optional one may be.
 */
export function defined<T extends object>(props: T): T {
  return Object.fromEntries(Object.entries(props).filter(([, v]) => v !== undefined && v !== null)) as T;
}
