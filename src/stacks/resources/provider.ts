/**
 * What a resource type is to the stack engine: how to create, update and delete one through the services'
 * own operations (ServiceCalls), which attributes Fn::GetAtt may read, and which properties replace it
 * when they change (CloudFormation's "Update requires: Replacement", per property in the resource
 * reference: https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-template-resource-type-ref.html).
 */
import type { Operations as ApiOperations } from '../../services/apigateway/generated/types.js';
import type { Operations as LambdaOperations } from '../../services/lambda/generated/types.js';
import { resourceErrors } from '../errors.js';

/** The services' typed operations, called in-process with the same rules and errors as on the wire. */
export interface ServiceCalls {
  apigateway<Op extends keyof ApiOperations>(op: Op, input: ApiOperations[Op]['input']): Promise<ApiOperations[Op]['output']>;
  lambda<Op extends keyof LambdaOperations>(op: Op, input: LambdaOperations[Op]['input']): Promise<LambdaOperations[Op]['output']>;
}

export interface ProvisionContext {
  calls: ServiceCalls;
  logicalId: string;
  stackName: string;
  region: string;
  accountId: string;
}

/** What the engine keeps of a provisioned resource: its Ref value and its attributes. */
export interface Provisioned {
  physicalId: string;
  attributes: Record<string, unknown>;
}

export type Props = Record<string, unknown>;

export interface ResourceType {
  /** The attributes Fn::GetAtt may read (each found in `Provisioned.attributes`). */
  readonly attributes: readonly string[];
  /** Properties whose change replaces the resource: created anew, the old one deleted once the stack is done. */
  readonly replaceOn: readonly string[];
  create(props: Props, ctx: ProvisionContext): Promise<Provisioned>;
  /** In place; absent: the resource is deleted and created again under the same natural key (a method, a gateway response). */
  update?(props: Props, previous: { props: Props; state: Provisioned }, ctx: ProvisionContext): Promise<Provisioned>;
  delete(state: Provisioned, props: Props, ctx: ProvisionContext): Promise<void>;
  /**
   * The properties as compared with the last deploy's, with what the template cannot show added (the hash
   * of a local .zip file the template names by path, so that a rebuilt archive is a change).
   */
  fingerprint?(props: Props): Props;
  /**
   * A failed deploy is undoing this resource's replacement: put back what the new one took over before it
   * is deleted (a Deployment's StageName stage, moved to the new deployment, moves back).
   */
  restore?(old: { props: Props; state: Provisioned }, current: { props: Props; state: Provisioned }, ctx: ProvisionContext): Promise<void>;
}

/** A required property, or the error CloudFormation's schema check gives naming the resource and the property. */
export function required(props: Props, name: string, ctx: Pick<ProvisionContext, 'logicalId'>): string {
  const v = props[name];
  if (v === undefined || v === null) throw resourceErrors.required(ctx.logicalId, name);
  return String(v);
}

/** A required property that is not text (a list, a structure). */
export function requiredValue<T>(props: Props, name: string, ctx: Pick<ProvisionContext, 'logicalId'>): T {
  const v = props[name];
  if (v === undefined || v === null) throw resourceErrors.required(ctx.logicalId, name);
  return v as T;
}

/** A string property (numbers and booleans as text). */
export function str(props: Props, name: string): string | undefined {
  const v = props[name];
  return v === undefined || v === null ? undefined : String(v);
}

/** A number property: CloudFormation takes `"5"` for 5. */
export function num(props: Props, name: string, ctx: Pick<ProvisionContext, 'logicalId'>): number | undefined {
  const v = props[name];
  if (v === undefined || v === null) return undefined;
  const n = Number(v);
  if (typeof v === 'boolean' || Number.isNaN(n)) throw resourceErrors.invalid(ctx.logicalId, name, `expected type: Number, found: ${typeof v}`);
  return n;
}

/** A boolean property: CloudFormation takes `"true"` for true. */
export function bool(props: Props, name: string): boolean | undefined {
  const v = props[name];
  if (v === undefined || v === null) return undefined;
  return v === true || v === 'true';
}

/** A map of strings (stage variables, templates): values as text. */
export function strMap(v: unknown): Record<string, string> | undefined {
  if (v === undefined || v === null || typeof v !== 'object') return undefined;
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, String(x)]));
}

/** CloudFormation's tag list `[{Key, Value}]` as the APIs' tag map. */
export function tagMap(v: unknown): Record<string, string> | undefined {
  if (!Array.isArray(v)) return strMap(v);
  return Object.fromEntries(v.map((t: { Key: unknown; Value: unknown }) => [String(t.Key), String(t.Value)]));
}

/** A property whose value may be a JSON document given as an object (a policy, a schema): the text the API takes. */
export function jsonText(v: unknown): string | undefined {
  if (v === undefined || v === null) return undefined;
  return typeof v === 'string' ? v : JSON.stringify(v);
}
