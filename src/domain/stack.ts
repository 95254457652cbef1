/**
 * A stack as the server keeps it (src/stacks/): its template (after any transform), the parameter values
 * given, each logical resource's physical id, attributes and last properties, its outputs and its events.
 * Kept in the store like every entity, so it survives restarts and is shared by nodes on PostgreSQL.
 * Statuses and event fields in CloudFormation's vocabulary:
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_Stack.html,
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_StackEvent.html
 */
import type { StoredChangeSet } from './change-set.js';

export type StackStatus =
  | 'REVIEW_IN_PROGRESS'
  | 'CREATE_IN_PROGRESS'
  | 'CREATE_COMPLETE'
  | 'CREATE_FAILED'
  | 'ROLLBACK_IN_PROGRESS'
  | 'ROLLBACK_COMPLETE'
  | 'ROLLBACK_FAILED'
  | 'UPDATE_IN_PROGRESS'
  | 'UPDATE_COMPLETE'
  | 'UPDATE_ROLLBACK_IN_PROGRESS'
  | 'UPDATE_ROLLBACK_COMPLETE'
  | 'UPDATE_ROLLBACK_FAILED'
  | 'DELETE_IN_PROGRESS'
  | 'DELETE_FAILED'
  /** Only a deleted stack's record has it (src/stacks/engine/deleted-stacks.ts): a live stack is never DELETE_COMPLETE. */
  | 'DELETE_COMPLETE';

export type ResourceStatus =
  | 'CREATE_IN_PROGRESS'
  | 'CREATE_COMPLETE'
  | 'CREATE_FAILED'
  | 'UPDATE_IN_PROGRESS'
  | 'UPDATE_COMPLETE'
  | 'UPDATE_FAILED'
  | 'DELETE_IN_PROGRESS'
  | 'DELETE_COMPLETE'
  | 'DELETE_FAILED'
  | 'DELETE_SKIPPED';

export interface StackResource {
  type: string;
  physicalId: string;
  attributes: Record<string, unknown>;
  /** The properties it was last provisioned with, resolved (what the next deploy compares with). */
  properties: Record<string, unknown>;
  /** The logical ids it depended on: the order it is deleted in. */
  dependsOn: string[];
  status: ResourceStatus;
  updated: number;
  deletionPolicy?: string;
  /** Skipped as unsupported: nothing provisioned, references resolve to a placeholder. */
  skipped?: boolean;
}

export interface StackOutput {
  key: string;
  value: string;
  description?: string;
  exportName?: string;
}

export interface StackEvent {
  eventId: string;
  timestamp: number;
  logicalId: string;
  physicalId: string;
  type: string;
  status: string;
  reason?: string;
}

export interface Stack {
  name: string;
  /** `arn:aws:cloudformation:{region}:{account}:stack/{name}/{uuid}` */
  id: string;
  region: string;
  status: StackStatus;
  reason?: string;
  created: number;
  updated?: number;
  /** When its deletion completed (a deleted stack's record only: DescribeStacks' DeletionTime). */
  deleted?: number;
  description?: string;
  /** The template as given, and as deployed (after the SAM transform, when it has one). */
  originalTemplate: unknown;
  template: unknown;
  /** The values given (defaults are not stored: a redeploy applies the template's). */
  parameters: Record<string, string>;
  /** The values used, for DescribeStacks (NoEcho ones masked). */
  parameterView: { key: string; value: string }[];
  skipUnsupported: boolean;
  resources: Record<string, StackResource>;
  outputs: StackOutput[];
  /** Export names this stack's template imports (Fn::ImportValue): an export in use cannot be removed. */
  imports: string[];
  /** The newest last, at most EVENTS_KEPT. */
  events: StackEvent[];
  /** The template's text as given to CloudFormation's API (GetTemplate answers it); absent: deployed from a project. */
  templateBody?: string;
  /**
   * Who holds the stack while it is `*_IN_PROGRESS`, and until when: the deploying node renews it; an expired one
   * means that node died, and the next deploy takes the stack over (src/stacks/engine/stack-engine.ts).
   */
  lease?: { owner: string; expires: number };
  /** Its change sets (CreateChangeSet): a CREATE one makes a stack `REVIEW_IN_PROGRESS`, with no resources, until executed. */
  changeSets?: StoredChangeSet[];
}

export const EVENTS_KEPT = 500;

/**
 * An operation holds the stack (its lease): a second one is refused. `REVIEW_IN_PROGRESS` is no operation: a stack a
 * CREATE change set made, waiting for ExecuteChangeSet (or DeleteStack).
 */
export const isInProgress = (s: StackStatus): boolean => s.endsWith('_IN_PROGRESS') && s !== 'REVIEW_IN_PROGRESS';
