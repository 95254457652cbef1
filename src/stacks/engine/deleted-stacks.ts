/**
 * Deleted stacks, kept as CloudFormation keeps them: "Summary information for stacks that have been deleted is kept
 * for 90 days after the stack is deleted. If no StackStatusFilter is specified, summary information for all stacks is
 * returned (including existing stacks and stacks that have been deleted)"
 * (https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_ListStacks.html). A deleted stack is reached by
 * its id only: "Running stacks: You can specify either the stack's name or its unique stack ID. Deleted stacks: You
 * must specify the unique stack ID" (StackName of DescribeStacks, DescribeStackResources, ListStackResources:
 * https://docs.aws.amazon.com/sdk-for-kotlin/api/latest/cloudformation/aws.sdk.kotlin.services.cloudformation.model/-describe-stacks-request/stack-name.html;
 * "To get the status of a deleted stack you need the full ARN (including unique ID)", aws/aws-cdk#917), and
 * DescribeStacks without a name leaves it out ("Deleted stacks don't show up in the DescribeStacks operation if the
 * deletion has been completed successfully":
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_DeleteStack.html). Its name is free again: a
 * new stack of that name has a new id.
 *
 * The record is its own kind (Kind.deletedStack, by stack id), so that the live collection, its name lock and every
 * reader of live stacks (exports, imports, recovery, DescribeStacks of all) never see it. Retention: 90 days, as
 * CloudFormation's, and at most DELETED_KEPT per region (a bound of Tollgate's: the store is not an archive).
 */
import type { Stack } from '../../domain/stack.js';
import { deletedStacks, stacks } from '../../store/collections/index.js';
import type { StoreReader, StoreWriter } from '../../store/store.js';

/** CloudFormation's 90 days. */
export const DELETED_RETENTION_MS = 90 * 24 * 60 * 60 * 1000;
/** The newest deleted stacks kept per region (older ones are dropped at the next deletion). */
export const DELETED_KEPT = 100;

const kept = (s: Stack, now: number): boolean => s.deleted !== undefined && s.deleted > now - DELETED_RETENTION_MS;

/** The region's deleted stacks within their retention, newest deletion first. */
export async function listDeleted(reader: StoreReader, region: string, now: number): Promise<Stack[]> {
  const all = await deletedStacks.in(reader, region).list();
  return all.filter((s) => kept(s, now)).sort((a, b) => b.deleted! - a.deleted!);
}

/** The deleted stack of this id, within its retention. */
export async function getDeleted(reader: StoreReader, region: string, stackId: string, now: number): Promise<Stack | undefined> {
  const s = await deletedStacks.in(reader, region).get(stackId);
  return s && kept(s, now) ? s : undefined;
}

/**
 * In one transaction: the live stack removed (its name free) and its record kept as DELETE_COMPLETE, with its
 * events, template, parameters and outputs as they were; the region's deleted stacks pruned to the retention.
 */
export async function recordDeleted(tx: StoreWriter, last: Stack, now: number): Promise<void> {
  const live = stacks.in(tx, last.region);
  const dead = deletedStacks.in(tx, last.region);
  await live.remove(last.name);
  const record: Stack = { ...last, status: 'DELETE_COMPLETE', reason: undefined, lease: undefined, deleted: now, changeSets: undefined };
  await dead.insert(last.id, record);
  const all = (await dead.list()).sort((a, b) => (b.deleted ?? 0) - (a.deleted ?? 0));
  for (const [i, s] of all.entries()) if (i >= DELETED_KEPT || !kept(s, now)) await dead.remove(s.id);
}
