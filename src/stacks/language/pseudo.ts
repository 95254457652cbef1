/**
 * Pseudo parameters: what CloudFormation predefines for every stack.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/pseudo-parameter-reference.html
 */
import { NO_VALUE } from './intrinsics.js';

export interface StackIdentity {
  stackName: string;
  stackId: string;
  region: string;
  accountId: string;
}

export function pseudoParameters(s: StackIdentity): Map<string, unknown> {
  return new Map<string, unknown>([
    ['AWS::Region', s.region],
    ['AWS::AccountId', s.accountId],
    ['AWS::StackName', s.stackName],
    ['AWS::StackId', s.stackId],
    ['AWS::Partition', s.region.startsWith('cn-') ? 'aws-cn' : s.region.startsWith('us-gov-') ? 'aws-us-gov' : 'aws'],
    ['AWS::URLSuffix', s.region.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com'],
    ['AWS::NotificationARNs', []],
    ['AWS::NoValue', NO_VALUE],
  ]);
}

/** A stack's id: `arn:aws:cloudformation:{region}:{account}:stack/{name}/{uuid}`. */
export function stackArn(region: string, accountId: string, name: string, uuid: string): string {
  return `arn:aws:cloudformation:${region}:${accountId}:stack/${name}/${uuid}`;
}
