/**
 * A stored stack (src/domain/stack.ts) as CloudFormation's API shapes it: Stack, StackSummary, StackEvent,
 * StackResource, StackResourceSummary (https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_Stack.html
 * and its siblings). Times are Dates; the protocol writes them as ISO 8601.
 */
import type { Stack as StoredStack, StackEvent as StoredEvent } from '../../domain/stack.js';
import type { ResourceStatus, Stack, StackEvent, StackResource, StackResourceSummary, StackSummary } from '../../services/cloudformation/generated/types.js';

const when = (ms: number): Date => new Date(ms);

export function stackView(s: StoredStack): Stack {
  return {
    StackName: s.name,
    StackId: s.id,
    CreationTime: when(s.created),
    LastUpdatedTime: s.updated === undefined ? undefined : when(s.updated),
    DeletionTime: s.deleted === undefined ? undefined : when(s.deleted),
    StackStatus: s.status,
    StackStatusReason: s.reason,
    Description: s.description,
    Parameters: s.parameterView.map((p) => ({ ParameterKey: p.key, ParameterValue: p.value })),
    Outputs: s.outputs.map((o) => ({ OutputKey: o.key, OutputValue: o.value, Description: o.description, ExportName: o.exportName })),
    DisableRollback: false,
    NotificationARNs: [],
    Tags: s.skipUnsupported ? [{ Key: SKIP_TAG, Value: 'true' }] : [],
    EnableTerminationProtection: false,
    DriftInformation: { StackDriftStatus: 'NOT_CHECKED' },
  };
}

/**
 * The stack tag that deploys with `--skip-unsupported` (CreateStack has no such parameter): unsupported resources
 * skipped, references to them resolving to `tollgate-unsupported-{logicalId}`.
 */
export const SKIP_TAG = 'tollgate:skip-unsupported';

export function summaryView(s: StoredStack): StackSummary {
  return {
    StackName: s.name,
    StackId: s.id,
    CreationTime: when(s.created),
    LastUpdatedTime: s.updated === undefined ? undefined : when(s.updated),
    DeletionTime: s.deleted === undefined ? undefined : when(s.deleted),
    StackStatus: s.status,
    StackStatusReason: s.reason,
    TemplateDescription: s.description,
    DriftInformation: { StackDriftStatus: 'NOT_CHECKED' },
  };
}

/** Newest first, as DescribeStackEvents lists them. */
export function eventViews(s: StoredStack): StackEvent[] {
  return [...s.events].reverse().map((e: StoredEvent) => ({
    StackId: s.id,
    StackName: s.name,
    EventId: e.eventId,
    Timestamp: when(e.timestamp),
    LogicalResourceId: e.logicalId,
    PhysicalResourceId: e.physicalId,
    ResourceType: e.type,
    ResourceStatus: e.status as ResourceStatus,
    ResourceStatusReason: e.reason,
  }));
}

export function resourceViews(s: StoredStack): StackResource[] {
  return Object.entries(s.resources).map(([id, r]) => ({
    StackName: s.name,
    StackId: s.id,
    LogicalResourceId: id,
    PhysicalResourceId: r.physicalId,
    ResourceType: r.type,
    Timestamp: when(r.updated),
    ResourceStatus: r.status,
    ResourceStatusReason: r.skipped ? 'Skipped: Tollgate does not serve this type' : undefined,
    DriftInformation: { StackResourceDriftStatus: 'NOT_CHECKED' },
  }));
}

export function resourceSummaries(s: StoredStack): StackResourceSummary[] {
  return resourceViews(s).map((r) => ({
    LogicalResourceId: r.LogicalResourceId,
    PhysicalResourceId: r.PhysicalResourceId,
    ResourceType: r.ResourceType,
    LastUpdatedTimestamp: r.Timestamp,
    ResourceStatus: r.ResourceStatus,
    ResourceStatusReason: r.ResourceStatusReason,
    DriftInformation: { StackResourceDriftStatus: 'NOT_CHECKED' },
  }));
}
