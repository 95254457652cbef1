/**
 * Resources of a REST API's tree. Each resource entity also carries its methods (with their
 * integrations and responses) under `resourceMethods`, so a resource and what hangs from it are
 * written in one place and a deployment snapshot is one read. The root (`/`) is created with the API
 * and has no parentId or pathPart (peer-localstack F54).
 */
import { badRequest, conflict, limitExceeded } from './errors.js';
import { pageOf } from './paging.js';
import { applyPatch, type PatchTable } from './patch.js';
import type { StoreReader, StoreWriter } from '../../store/store.js';
import type { ControlContext, Handlers } from './context.js';
import type { Resource as ResourceView } from './generated/types.js';
import { methodsView } from './method-views.js';
import { getApi } from './rest-apis.js';
import type { Resource } from '../../domain/resource.js';
import { resources } from './collections.js';

export async function getResource(reader: StoreReader, ctx: ControlContext, apiId: string, resourceId: string): Promise<Resource> {
  return resources.in(reader, ctx.region, apiId).getOrThrow(resourceId);
}

/**
 * Path parts: `a-zA-Z0-9._-` (plus `:` and `,`, which OpenAPI imports accept, DG:known-issues), or a
 * whole-segment variable `{name}` / greedy `{name+}` whose name takes the same characters (moto
 * accepts `{pro:xy+}`; AWS's answer to one is not recorded, so it is not refused). The text is moto's
 * wording of AWS's rule (aws-behavior.md "Path part charset"; not recorded from AWS).
 */
const PATH_PART = /^(?:[a-zA-Z0-9._:,-]+|\{[a-zA-Z0-9._:,-]+\+?\})$/;
export const isVariablePart = (p: string | undefined): boolean => !!p && p.startsWith('{');
export const isGreedyPart = (p: string | undefined): boolean => !!p && p.endsWith('+}');

/** CreateResource's rule, also an OpenAPI import's (openapi/plan.ts: "Unable to create resource at path '{path}': {text}"). */
export function pathPartProblem(pathPart: string): string | undefined {
  if (PATH_PART.test(pathPart)) return undefined;
  return "Resource's path part only allow a-zA-Z0-9._- and curly braces at the beginning and the end and an optional plus sign before the closing brace.";
}

function checkPathPart(pathPart: string): void {
  const problem = pathPartProblem(pathPart);
  if (problem) throw badRequest(problem);
}

const childPath = (parent: Resource, pathPart: string): string => (parent.path === '/' ? `/${pathPart}` : `${parent.path}/${pathPart}`);

/** Sibling rules (recorded: aws-behavior.md "Exact messages"). */
async function checkPlacement(tx: StoreReader, ctx: ControlContext, apiId: string, parent: Resource, pathPart: string, selfId?: string): Promise<void> {
  if (isGreedyPart(parent.pathPart)) throw badRequest(`Cannot create a child of a resource with a greedy path variable: ${parent.pathPart}`);
  const siblings = (await allResources(tx, ctx, apiId)).filter((r) => r.parentId === parent.id && r.id !== selfId);
  if (siblings.some((s) => s.pathPart === pathPart)) throw conflict(`Another resource with the same parent already has this name: ${pathPart}`);
  const variable = siblings.find((s) => isVariablePart(s.pathPart));
  if (isVariablePart(pathPart) && variable) {
    throw badRequest(`A sibling (${variable.pathPart}) of this resource already has a variable path part -- only one is allowed`);
  }
}

async function allResources(tx: StoreReader, ctx: ControlContext, apiId: string): Promise<Resource[]> {
  return resources.in(tx, ctx.region, apiId).list();
}

function descendants(all: Resource[], id: string): Resource[] {
  const out: Resource[] = [];
  const walk = (pid: string): void => {
    for (const r of all)
      if (r.parentId === pid) {
        out.push(r);
        walk(r.id);
      }
  };
  walk(id);
  return out;
}

/** Without `embed=methods`, methods are listed by name with empty bodies (F49). */
export function resourceView(r: Resource, embedMethods: boolean): ResourceView {
  if (!r.resourceMethods || !Object.keys(r.resourceMethods).length) {
    const { resourceMethods: _m, ...rest } = r;
    return rest;
  }
  if (embedMethods) return { ...r, resourceMethods: methodsView(r.resourceMethods) };
  return { ...r, resourceMethods: Object.fromEntries(Object.keys(r.resourceMethods).map((m) => [m, {}])) };
}

const RESOURCE_PATCH: PatchTable<Resource> = {
  rules: [
    {
      path: '/parentId',
      ops: ['replace'],
      apply: (r, op) => {
        r.parentId = op.value;
      },
    },
    {
      path: '/pathPart',
      ops: ['replace'],
      apply: (r, op) => {
        r.pathPart = op.value;
      },
    },
  ],
};

export const resourceHandlers: Handlers = {
  async CreateResource(input, ctx) {
    const created = await ctx.store.write(async (tx: StoreWriter) => {
      await getApi(tx, ctx, input.restApiId);
      const parent = await getResource(tx, ctx, input.restApiId, input.parentId);
      checkPathPart(input.pathPart);
      await checkPlacement(tx, ctx, input.restApiId, parent, input.pathPart);
      const all = resources.in(tx, ctx.region, input.restApiId);
      // AWS's per-API quota (DG:limits): 300 resources.
      if (ctx.config.awsLimits && (await all.count()) >= 300) {
        throw limitExceeded('Maximum number of Resources for this API has been reached: 300');
      }
      const id = await all.newId();
      const r: Resource = { id, parentId: parent.id, pathPart: input.pathPart, path: childPath(parent, input.pathPart) };
      await all.insert(id, r);
      return r;
    });
    return resourceView(created, false);
  },

  async GetResource(input, ctx) {
    const r = await getResource(ctx.store, ctx, input.restApiId, input.resourceId);
    return resourceView(r, !!input.embed?.includes('methods'));
  },

  async GetResources(input, ctx) {
    await getApi(ctx.store, ctx, input.restApiId);
    const embed = !!input.embed?.includes('methods');
    return pageOf<Resource, ResourceView>(resources.in(ctx.store, ctx.region, input.restApiId), input, { map: (r) => resourceView(r, embed) });
  },

  async UpdateResource(input, ctx) {
    const updated = await ctx.store.write(async (tx) => {
      await getApi(tx, ctx, input.restApiId);
      const current = await getResource(tx, ctx, input.restApiId, input.resourceId);
      const next = applyPatch(current, input.patchOperations, RESOURCE_PATCH);
      if (current.path === '/') {
        // F56: the root has neither a pathPart nor a parent to change.
        if (next.pathPart !== current.pathPart) throw badRequest('Root resource cannot update its pathPart.');
        if (next.parentId !== current.parentId) throw badRequest('Root resource cannot update its parentId.');
        return current;
      }
      const all = await allResources(tx, ctx, input.restApiId);
      if (next.parentId === current.id || descendants(all, current.id).some((d) => d.id === next.parentId)) {
        throw badRequest('Resources cannot be cyclical.');
      }
      const parent = await getResource(tx, ctx, input.restApiId, next.parentId!);
      checkPathPart(next.pathPart ?? '');
      if (next.parentId !== current.parentId || next.pathPart !== current.pathPart) {
        await checkPlacement(tx, ctx, input.restApiId, parent, next.pathPart!, current.id);
      }
      next.path = childPath(parent, next.pathPart!);
      const tree = resources.in(tx, ctx.region, input.restApiId);
      await tree.update(next.id, next);
      // The subtree's paths follow (computed parent first).
      const byId = new Map(all.map((r) => [r.id, r]));
      byId.set(next.id, next);
      for (const d of descendants(all, current.id)) {
        const p = byId.get(d.parentId!)!;
        const moved = { ...d, path: childPath(p, d.pathPart!) };
        byId.set(d.id, moved);
        await tree.update(d.id, moved);
      }
      return next;
    });
    return resourceView(updated, false);
  },

  async DeleteResource(input, ctx) {
    await ctx.store.write(async (tx) => {
      await getApi(tx, ctx, input.restApiId);
      const r = await getResource(tx, ctx, input.restApiId, input.resourceId);
      // AWS refuses to delete the root; its exact text is not recorded.
      if (r.path === '/') throw badRequest('Cannot delete the root resource of a REST API');
      const tree = resources.in(tx, ctx.region, input.restApiId);
      for (const d of [r, ...descendants(await tree.list(), r.id)]) await tree.remove(d.id);
    });
  },
};
