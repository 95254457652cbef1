/**
 * A stored change set (src/domain/change-set.ts) as CloudFormation's API shapes it: DescribeChangeSet's answer,
 * ChangeSetSummary, Change / ResourceChange
 * (https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_DescribeChangeSet.html,
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_ResourceChange.html).
 */
import type { PlannedChange, StoredChangeSet } from '../../domain/change-set.js';
import type { Stack } from '../../domain/stack.js';
import type { Capability, Change, ChangeSetSummary, DescribeChangeSetOutput } from '../../services/cloudformation/generated/types.js';

export function changeView(c: PlannedChange): Change {
  return {
    Type: 'Resource',
    ResourceChange: {
      Action: c.action,
      LogicalResourceId: c.logicalId,
      PhysicalResourceId: c.physicalId,
      ResourceType: c.type,
      Replacement: c.replacement,
      Scope: c.details.length ? ['Properties'] : [],
      Details: c.details.map((d) => ({
        Target: { Attribute: 'Properties', Name: d.name, RequiresRecreation: d.requiresRecreation },
        Evaluation: d.evaluation,
        // A dynamic value comes from another resource's reference (CloudFormation's ResourceReference source).
        ChangeSource: d.evaluation === 'Dynamic' ? 'ResourceReference' : 'DirectModification',
      })),
    },
  };
}

export function changeSetView(s: Stack, cs: StoredChangeSet): DescribeChangeSetOutput {
  return {
    ChangeSetName: cs.name,
    ChangeSetId: cs.id,
    StackId: s.id,
    StackName: s.name,
    Description: cs.description,
    Parameters: cs.parameterView.map((p) => ({ ParameterKey: p.key, ParameterValue: p.value })),
    CreationTime: new Date(cs.created),
    ExecutionStatus: cs.executionStatus,
    Status: cs.status,
    StatusReason: cs.statusReason,
    NotificationARNs: [],
    RollbackConfiguration: {},
    Capabilities: cs.capabilities as Capability[],
    Tags: cs.tags.map((t) => ({ Key: t.key, Value: t.value })),
    Changes: cs.changes.map(changeView),
    IncludeNestedStacks: false,
  };
}

export function changeSetSummary(s: Stack, cs: StoredChangeSet): ChangeSetSummary {
  return {
    StackId: s.id,
    StackName: s.name,
    ChangeSetId: cs.id,
    ChangeSetName: cs.name,
    ExecutionStatus: cs.executionStatus,
    Status: cs.status,
    StatusReason: cs.statusReason,
    CreationTime: new Date(cs.created),
    Description: cs.description,
    IncludeNestedStacks: false,
  };
}
