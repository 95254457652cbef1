/**
 * A stack's change set as the server keeps it (inside its stack's record, src/domain/stack.ts): the request it was
 * made from, which the execution deploys, and the changes it previews, in CloudFormation's vocabulary
 * (https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_DescribeChangeSet.html,
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_ResourceChange.html).
 */
export type ChangeSetStatus = 'CREATE_COMPLETE' | 'FAILED';

export type ExecutionStatus = 'AVAILABLE' | 'UNAVAILABLE' | 'EXECUTE_IN_PROGRESS' | 'EXECUTE_COMPLETE' | 'EXECUTE_FAILED' | 'OBSOLETE';

export interface PropertyChange {
  name: string;
  requiresRecreation: 'Never' | 'Conditionally' | 'Always';
  /** Static: the template's value changed; Dynamic: it names a resource this change set creates or replaces. */
  evaluation: 'Static' | 'Dynamic';
}

export interface PlannedChange {
  action: 'Add' | 'Modify' | 'Remove';
  logicalId: string;
  physicalId?: string;
  type: string;
  /** Modify only. */
  replacement?: 'True' | 'False' | 'Conditional';
  details: PropertyChange[];
}

export interface StoredChangeSet {
  /** `arn:aws:cloudformation:{region}:{account}:changeSet/{name}/{uuid}` */
  id: string;
  name: string;
  type: 'CREATE' | 'UPDATE';
  created: number;
  description?: string;
  status: ChangeSetStatus;
  statusReason?: string;
  executionStatus: ExecutionStatus;
  /** The template as given, its text, the parameter values given (UsePreviousValue resolved) and the options. */
  template: unknown;
  templateBody?: string;
  parameters: Record<string, string>;
  /** The values the template gets (defaults included, NoEcho masked), as DescribeChangeSet shows them. */
  parameterView: { key: string; value: string }[];
  skipUnsupported: boolean;
  capabilities: string[];
  tags: { key: string; value: string }[];
  changes: PlannedChange[];
}
