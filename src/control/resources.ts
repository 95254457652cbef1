/**
 * Resources of a REST API's tree. The root (`/`) is created with the API and has no parentId or
 * pathPart (peer-localstack F54). Unknown ids answer "Invalid Resource identifier specified" (F55).
 */
import { notFound } from '../protocol/errors.js';
import { listPage } from '../protocol/paging.js';
import type { HandlerTable } from './context.js';
import { apiScope } from './context.js';
import { getApi } from './rest-apis.js';

export interface Resource {
  id: string;
  parentId?: string;
  pathPart?: string;
  path: string;
  resourceMethods?: Record<string, unknown>;
}

export const RESOURCE_KIND = 'resource';

export const resourceHandlers: HandlerTable = {
  async GetResource(input: { restApiId: string; resourceId: string; embed?: string[] }, ctx) {
    const r = await ctx.store.get<Resource>(RESOURCE_KIND, apiScope(ctx.region, input.restApiId), input.resourceId);
    if (!r) throw notFound('Invalid Resource identifier specified');
    return r as unknown as Record<string, unknown>;
  },

  async GetResources(input: { restApiId: string; position?: string; limit?: number; embed?: string[] }, ctx) {
    await getApi(ctx.store, ctx, input.restApiId);
    return listPage<Resource>(ctx.store, RESOURCE_KIND, apiScope(ctx.region, input.restApiId), input) as unknown as Record<string, unknown>;
  },
};
