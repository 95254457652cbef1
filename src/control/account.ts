/**
 * Account: GetAccount and UpdateAccount, one account entity per region (AWS's API Gateway account
 * settings are regional). Until the first update the account is AWS's defaults; the stored entity
 * only holds what UpdateAccount changed.
 */
import { badRequest } from '../services/apigateway/errors.js';
import { applyPatch, type PatchOperation, type PatchTable } from '../services/apigateway/patch.js';
import type { StoreReader } from '../store/store.js';
import type { ControlContext, HandlerTable } from './context.js';

export const KIND = 'account';
const ID = 'account';
export const USAGE_PLANS = 'UsagePlans';

export interface AccountSettings { cloudwatchRoleArn?: string; features: string[] }
export interface ThrottleSettings { burstLimit: number; rateLimit: number }

/**
 * The account-level throttle: 10,000 requests per second with a burst of 5,000, except Africa (Cape
 * Town) and Europe (Milan) with 2,500 and 1,250 ("Amazon API Gateway quotas",
 * docs.aws.amazon.com/apigateway/latest/developerguide/limits.html; aws-behavior.md "Throttling").
 * rateLimit is a double on the wire (`10000.0`).
 */
export function accountThrottle(region: string, configured?: { accountRateLimit?: number; accountBurstLimit?: number }): ThrottleSettings {
  const aws = region === 'af-south-1' || region === 'eu-south-1' ? { burstLimit: 1250, rateLimit: 2500 } : { burstLimit: 5000, rateLimit: 10000 };
  // --account-rate-limit / --account-burst-limit replace AWS's defaults; the data plane enforces the same values.
  return { burstLimit: configured?.accountBurstLimit ?? aws.burstLimit, rateLimit: configured?.accountRateLimit ?? aws.rateLimit };
}

const defaults = (): AccountSettings => ({ features: [USAGE_PLANS] });

export async function getAccountSettings(reader: StoreReader, region: string): Promise<AccountSettings> {
  return (await reader.get<AccountSettings>(KIND, region, ID)) ?? defaults();
}

/** `cloudwatchRoleArn` only when set; `apiKeyVersion` "4" is what AWS answers for every current account. */
function view(a: AccountSettings, ctx: ControlContext): Record<string, unknown> {
  return { cloudwatchRoleArn: a.cloudwatchRoleArn, throttleSettings: accountThrottle(ctx.region, ctx.config), features: a.features, apiKeyVersion: '4' };
}

/**
 * UpdateAccount paths (aws-behavior.md PATCH): `/cloudwatchRoleArn` replace (an empty value clears
 * it; not recorded), `/features` add and remove. Any other path,
 * `/throttle/*` included, gets the engine's invalid-path answer (AWS's text for this op not recorded).
 */
const ACCOUNT_PATCH: PatchTable<AccountSettings> = {
  rules: [
    { path: '/cloudwatchRoleArn', ops: ['replace'], apply: (a, op) => { if (op.value) a.cloudwatchRoleArn = op.value; else delete a.cloudwatchRoleArn; } },
    {
      path: '/features', ops: ['add', 'remove'],
      apply: (a, op) => {
        const value = op.value ?? '';
        // Not recorded: AWS's text for an empty feature. Removing UsagePlans answers moto's text
        // (tests/test_apigateway/test_apigateway.py::test_update_account_error): AWS's is not
        // recorded, and a peer's wording beats one of our own.
        if (!value) throw badRequest('A feature name is required');
        if (op.op === 'remove' && value === USAGE_PLANS) throw badRequest('Usage Plans cannot be disabled once enabled');
        const rest = a.features.filter((f) => f !== value);
        a.features = op.op === 'add' ? [...rest, value] : rest;
      },
    },
  ],
};

export const accountHandlers: HandlerTable = {
  async GetAccount(_input: Record<string, never>, ctx) {
    return view(await getAccountSettings(ctx.store, ctx.region), ctx);
  },

  async UpdateAccount(input: { patchOperations?: PatchOperation[] }, ctx) {
    const account = await ctx.store.write(async (tx) => {
      const exists = await tx.get<AccountSettings>(KIND, ctx.region, ID);
      const next = applyPatch(exists ?? defaults(), input.patchOperations, ACCOUNT_PATCH);
      if (exists) await tx.update(KIND, ctx.region, ID, next); else await tx.insert(KIND, ctx.region, ID, next);
      return next;
    });
    return view(account, ctx);
  },
};
