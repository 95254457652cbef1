/**
 * Documentation versions of a REST API (kind `documentationversion`, scope apiScope, id = the version
 * string): Create (a snapshot of the API's documentation parts at that moment, kept in the entity and
 * never returned; an optional stageName points that stage at the new version), Get, GetDocumentationVersions
 * (paginated), Update (`/description` replace, aws-behavior.md PATCH table), Delete.
 *
 * Recorded shapes (LS-snap test_apigateway_common TestDocumentations): Create answers 201
 * `{createdDate, version}` (`description` only when set); Update and Get answer `{createdDate,
 * description, version}`. GetDocumentationVersion of an unknown version answers 404 `Invalid
 * Documentation version specified`: tools match that text (deliveryhero/serverless-aws-documentation
 * src/documentation.js checks `err.message === 'Invalid Documentation version specified'`).
 */
import { conflict, notFound, type ServiceError } from './errors.js';
import { listPage } from './paging.js';
import { applyPatch, type PatchTable } from './patch.js';
import { nowSeconds } from '../../shared/ids.js';
import type { StoreReader } from '../../store/store.js';
import type { ControlContext, Handlers } from './context.js';
import type { DocumentationVersion as DocumentationVersionView } from './generated/types.js';
import { allParts } from './documentation-parts.js';
import { getApi } from './rest-apis.js';
import { getStage } from './stages.js';
import { Kind, apiScope } from '../../domain/kinds.js';

import type { DocumentationVersion } from '../../domain/documentation-version.js';
export type { DocumentationVersion };

export const versionNotFound = (): ServiceError => notFound('Invalid Documentation version specified');

/** Every view leaves the snapshot out. */
function view(v: DocumentationVersion): DocumentationVersionView {
  const { parts: _snapshot, ...rest } = v;
  return rest;
}

/**
 * Get and Update look the version up under the API directly, so an unknown API answers the version's
 * 404, as Get and Update of documentation parts do (recorded for parts; not recorded for versions).
 */
async function getVersion(reader: StoreReader, ctx: ControlContext, apiId: string, version: string): Promise<DocumentationVersion> {
  const v = await reader.get<DocumentationVersion>(Kind.documentationVersion, apiScope(ctx.region, apiId), version);
  if (!v) throw versionNotFound();
  return v;
}

const VERSION_PATCH: PatchTable<DocumentationVersion> = {
  rules: [
    {
      path: '/description',
      ops: ['replace'],
      apply: (v, op) => {
        if (op.value) v.description = op.value;
        else delete v.description;
      },
    },
  ],
};

export const documentationVersionHandlers: Handlers = {
  async CreateDocumentationVersion(input, ctx) {
    const v = await ctx.store.write(async (tx) => {
      await getApi(tx, ctx, input.restApiId);
      const scope = apiScope(ctx.region, input.restApiId);
      // Not recorded: the 409 text follows "Stage already exists" / "Model name already exists for this REST API".
      if (await tx.get(Kind.documentationVersion, scope, input.documentationVersion)) throw conflict('Documentation version already exists');
      const version: DocumentationVersion = {
        version: input.documentationVersion,
        createdDate: nowSeconds(),
        description: input.description || undefined,
        parts: await allParts(tx, ctx, input.restApiId),
      };
      if (input.stageName !== undefined) {
        // An unknown stage answers the stage's 404 (stages.ts; not recorded for this operation).
        const stage = await getStage(tx, ctx, input.restApiId, input.stageName);
        await tx.update(Kind.stage, scope, stage.stageName, {
          ...stage,
          documentationVersion: version.version,
          lastUpdatedDate: nowSeconds(),
        });
      }
      await tx.insert(Kind.documentationVersion, scope, version.version, version);
      return version;
    });
    return view(v);
  },

  async GetDocumentationVersion(input, ctx) {
    return view(await getVersion(ctx.store, ctx, input.restApiId, input.documentationVersion));
  },

  async GetDocumentationVersions(input, ctx) {
    await getApi(ctx.store, ctx, input.restApiId);
    return await listPage<DocumentationVersion, DocumentationVersionView>(ctx.store, Kind.documentationVersion, apiScope(ctx.region, input.restApiId), input, {
      map: view,
    });
  },

  async UpdateDocumentationVersion(input, ctx) {
    const v = await ctx.store.write(async (tx) => {
      const current = await getVersion(tx, ctx, input.restApiId, input.documentationVersion);
      const next = applyPatch(current, input.patchOperations, VERSION_PATCH);
      await tx.update(Kind.documentationVersion, apiScope(ctx.region, input.restApiId), next.version, next);
      return next;
    });
    return view(v);
  },

  async DeleteDocumentationVersion(input, ctx) {
    await ctx.store.write(async (tx) => {
      await getApi(tx, ctx, input.restApiId);
      await getVersion(tx, ctx, input.restApiId, input.documentationVersion);
      await tx.delete(Kind.documentationVersion, apiScope(ctx.region, input.restApiId), input.documentationVersion);
    });
  },
};
