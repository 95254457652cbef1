/**
 * Account: GetAccount and UpdateAccount, one account entity per region (AWS's API Gateway account
 * settings are regional). Until the first update the account is AWS's defaults; the stored entity
 * only holds what UpdateAccount changed.
 */
import { badRequest } from './errors.js';
import { applyPatch, type PatchTable } from './patch.js';
import type { StoreReader } from '../../store/store.js';
import type { ControlContext, Handlers } from './context.js';
import type { Account } from './generated/types.js';
import { accountThrottle, type AccountSettings } from '../../domain/account.js';
import { ACCOUNT_ID, accounts } from './collections.js';

export const USAGE_PLANS = 'UsagePlans';

const defaults = (): AccountSettings => ({ features: [USAGE_PLANS] });

export async function getAccountSettings(reader: StoreReader, region: string): Promise<AccountSettings> {
  return (await accounts.in(reader, region).get(ACCOUNT_ID)) ?? defaults();
}

/** `cloudwatchRoleArn` only when set; `apiKeyVersion` "4" is what AWS answers for every current account. */
function view(a: AccountSettings, ctx: ControlContext): Account {
  return {
    cloudwatchRoleArn: a.cloudwatchRoleArn,
    throttleSettings: accountThrottle(ctx.region, ctx.config),
    features: a.features,
    apiKeyVersion: '4',
  };
}

/**
 * UpdateAccount paths (aws-behavior.md PATCH): `/cloudwatchRoleArn` replace (an empty value clears
 * it; not recorded), `/features` add and remove. Any other path,
 * `/throttle/*` included, gets the engine's invalid-path answer (AWS's text for this op not recorded).
 */
const ACCOUNT_PATCH: PatchTable<AccountSettings> = {
  rules: [
    {
      path: '/cloudwatchRoleArn',
      ops: ['replace'],
      apply: (a, op) => {
        if (op.value) a.cloudwatchRoleArn = op.value;
        else delete a.cloudwatchRoleArn;
      },
    },
    {
      path: '/features',
      ops: ['add', 'remove'],
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

export const accountHandlers: Handlers = {
  async GetAccount(_input, ctx) {
    return view(await getAccountSettings(ctx.store, ctx.region), ctx);
  },

  async UpdateAccount(input, ctx) {
    const account = await ctx.store.write(async (tx) => {
      const account = accounts.in(tx, ctx.region);
      const exists = await account.get(ACCOUNT_ID);
      const next = applyPatch(exists ?? defaults(), input.patchOperations, ACCOUNT_PATCH);
      if (exists) await account.update(ACCOUNT_ID, next);
      else await account.insert(ACCOUNT_ID, next);
      return next;
    });
    return view(account, ctx);
  },
};
