/**
 * BasePathMapping: Create, Get, GetBasePathMappings, Update, Delete. Mappings live in the scope
 * `{region}/domainnames/{domainName}` under their base path; the empty base path is stored and
 * addressed as `(none)` (SVC: "To specify an empty base path, set this parameter to '(none)'").
 * Texts are AWS's as users report them (cited at each one).
 */
import { badRequest, conflict } from './errors.js';
import { pageOf } from './paging.js';
import { applyPatch, type PatchTable } from './patch.js';
import type { StoreReader } from '../../store/store.js';
import type { ControlContext, Handlers } from './context.js';
import { getDomain } from './domain-names.js';
import { NONE, type BasePathMapping } from '../../domain/base-path-mapping.js';
import { basePathMappings, restApis, stages, type ScopedReader } from './collections.js';

/** 409 with this text: aws/aws-extensions-for-dotnet-cli#102, amplify-education/serverless-domain-manager#214. */
const mappingExists = (): Error => conflict('Base path already exists for this domain name');
/** 409 with this text: amplify-education/serverless-domain-manager#179, aws/aws-cdk#11095. */
const onlyOneIfEmpty = (): Error => conflict('Only one base path mapping is allowed if the base path is empty.');
/** 400 with this text: Miserlou/Zappa docs ("when calling the CreateBasePathMapping operation"), moto. */
const invalidApi = (): Error => badRequest('Invalid REST API identifier specified');
/** AWS's text: serverless/serverless#4029, amplify-education/serverless-domain-manager#92; 400 as in moto. */
const invalidStage = (): Error => badRequest('Invalid stage identifier specified');
/** 400 with this text: aws/chalice#1897, aws/aws-cdk#14822, hashicorp/terraform-provider-aws#21986. */
const slashRejected = (): Error =>
  badRequest("API Gateway V1 doesn't support the slash character (/) in base path mappings. To create a multi-level base path mapping, use API Gateway V2.");
/** Letters, digits and `$-_.+!*'()` (aws-behavior.md "Custom domains", DG rest-api-mappings); upper case is allowed (aws/aws-cdk#11799). */
const BASE_PATH_CHARS = /^[A-Za-z0-9$\-_.+!*'()]+$/;

/** The stored key of a base path: absent, empty and `(none)` all mean the empty base path. */
export function normalizeBasePath(basePath: string | undefined): string {
  if (basePath === undefined || basePath === '' || basePath === NONE) return NONE;
  if (basePath.includes('/')) throw slashRejected();
  // Not recorded: AWS's text for other characters outside the documented set.
  if (!BASE_PATH_CHARS.test(basePath)) throw badRequest("Base path may only contain letters, numbers and one of $-_.+!*'()");
  return basePath;
}

/** `(none)` as the stage means "the caller names the stage in the path" (SVC CreateBasePathMappingRequest): no stage is kept. */
const normalizeStage = (stage: string | undefined): string | undefined => (stage === undefined || stage === '' || stage === NONE ? undefined : stage);

async function checkTarget(tx: StoreReader, ctx: ControlContext, restApiId: string, stage: string | undefined): Promise<void> {
  if (!restApiId || !(await restApis.in(tx, ctx.region).has(restApiId))) throw invalidApi();
  if (stage !== undefined && !(await stages.in(tx, ctx.region, restApiId).has(stage))) throw invalidStage();
}

/** An empty base path must be the domain's only mapping, whichever of the two comes first. */
async function checkPlacement(mappings: ScopedReader<BasePathMapping>, basePath: string, ignore?: string): Promise<void> {
  const others = (await mappings.rows()).filter((r) => r.id !== ignore);
  if (others.length && (basePath === NONE || others.some((r) => r.id === NONE))) throw onlyOneIfEmpty();
}

async function getMapping(reader: StoreReader, ctx: ControlContext, domainName: string, basePath: string, domainNameId?: string): Promise<BasePathMapping> {
  await getDomain(reader, ctx, domainName, domainNameId);
  return basePathMappings.in(reader, ctx.region, domainName).getOrThrow(basePath === '' ? NONE : basePath);
}

const view = (m: BasePathMapping): Record<string, unknown> => ({ basePath: m.basePath, restApiId: m.restApiId, stage: m.stage });

/**
 * UpdateBasePathMapping paths, replace only: `/basePath`, `/restapiId` (AWS's spelling) and
 * `/stage`, as AWS accepts them in LocalStack's AWS-validated
 * tests/aws/services/apigateway test_update_base_path_mappings_apigw_v1 (where `/restapiid` is a bad
 * path); terraform-provider-aws sends the same three.
 */
const MAPPING_PATCH: PatchTable<BasePathMapping> = {
  rules: [
    {
      path: '/basePath',
      ops: ['replace'],
      apply: (m, op) => {
        m.basePath = normalizeBasePath(op.value);
      },
    },
    {
      path: '/restapiId',
      ops: ['replace'],
      apply: (m, op) => {
        m.restApiId = op.value ?? '';
      },
    },
    {
      path: '/stage',
      ops: ['replace'],
      apply: (m, op) => {
        const s = normalizeStage(op.value);
        if (s) m.stage = s;
        else delete m.stage;
      },
    },
  ],
};

export const basePathMappingHandlers: Handlers = {
  async CreateBasePathMapping(input, ctx) {
    const basePath = normalizeBasePath(input.basePath);
    const stage = normalizeStage(input.stage);
    const mapping: BasePathMapping = { basePath, restApiId: input.restApiId, ...(stage ? { stage } : {}) };
    await ctx.store.write(async (tx) => {
      await getDomain(tx, ctx, input.domainName, input.domainNameId);
      await checkTarget(tx, ctx, input.restApiId, stage);
      const mappings = basePathMappings.in(tx, ctx.region, input.domainName);
      if (await mappings.has(basePath)) throw basePath === NONE ? onlyOneIfEmpty() : mappingExists();
      await checkPlacement(mappings, basePath);
      await mappings.insert(basePath, mapping);
    });
    return view(mapping);
  },

  async GetBasePathMapping(input, ctx) {
    return view(await getMapping(ctx.store, ctx, input.domainName, input.basePath, input.domainNameId));
  },

  async GetBasePathMappings(input, ctx) {
    await getDomain(ctx.store, ctx, input.domainName, input.domainNameId);
    return pageOf<BasePathMapping, Record<string, unknown>>(basePathMappings.in(ctx.store, ctx.region, input.domainName), input, { map: view });
  },

  async UpdateBasePathMapping(input, ctx) {
    const mapping = await ctx.store.write(async (tx) => {
      const current = await getMapping(tx, ctx, input.domainName, input.basePath, input.domainNameId);
      const next = applyPatch(current, input.patchOperations, MAPPING_PATCH);
      if (next.restApiId !== current.restApiId || next.stage !== current.stage) await checkTarget(tx, ctx, next.restApiId, next.stage);
      const mappings = basePathMappings.in(tx, ctx.region, input.domainName);
      if (next.basePath !== current.basePath) {
        await checkPlacement(mappings, next.basePath, current.basePath);
        // Renaming onto an existing base path replaces that mapping: AWS answers 200 in the
        // AWS-validated test above ("overwrite-exists-base-path-mapping").
        await mappings.remove(next.basePath);
        await mappings.remove(current.basePath);
        await mappings.insert(next.basePath, next);
      } else {
        await mappings.update(next.basePath, next);
      }
      return next;
    });
    return view(mapping);
  },

  async DeleteBasePathMapping(input, ctx) {
    await ctx.store.write(async (tx) => {
      const m = await getMapping(tx, ctx, input.domainName, input.basePath, input.domainNameId);
      await basePathMappings.in(tx, ctx.region, input.domainName).remove(m.basePath);
    });
  },
};
