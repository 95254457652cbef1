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
import { conflict } from './errors.js';
import { pageOf } from './paging.js';
import { applyPatch, type PatchTable } from './patch.js';
import { nowSeconds } from '../../shared/ids.js';
import type { Handlers } from './context.js';
import type { DocumentationVersion as DocumentationVersionView } from './generated/types.js';
import { getApi } from './rest-apis.js';
import { documentationParts, documentationVersions, stages } from './collections.js';

import type { DocumentationVersion } from '../../domain/documentation-version.js';

/** Every view leaves the snapshot out. */
function view(v: DocumentationVersion): DocumentationVersionView {
  const { parts: _snapshot, ...rest } = v;
  return rest;
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
      const versions = documentationVersions.in(tx, ctx.region, input.restApiId);
      // Not recorded: the 409 text follows "Stage already exists" / "Model name already exists for this REST API".
      if (await versions.has(input.documentationVersion)) throw conflict('Documentation version already exists');
      const version: DocumentationVersion = {
        version: input.documentationVersion,
        createdDate: nowSeconds(),
        description: input.description || undefined,
        parts: await documentationParts.in(tx, ctx.region, input.restApiId).list(),
      };
      if (input.stageName !== undefined) {
        // An unknown stage answers the stage's 404 (stages.ts; not recorded for this operation).
        const apiStages = stages.in(tx, ctx.region, input.restApiId);
        const stage = await apiStages.getOrThrow(input.stageName);
        await apiStages.update(stage.stageName, {
          ...stage,
          documentationVersion: version.version,
          lastUpdatedDate: nowSeconds(),
        });
      }
      await versions.insert(version.version, version);
      return version;
    });
    return view(v);
  },

  /**
   * Get and Update look the version up under the API directly, so an unknown API answers the version's
   * 404, as Get and Update of documentation parts do (recorded for parts; not recorded for versions).
   */
  async GetDocumentationVersion(input, ctx) {
    return view(await documentationVersions.in(ctx.store, ctx.region, input.restApiId).getOrThrow(input.documentationVersion));
  },

  async GetDocumentationVersions(input, ctx) {
    await getApi(ctx.store, ctx, input.restApiId);
    return await pageOf<DocumentationVersion, DocumentationVersionView>(documentationVersions.in(ctx.store, ctx.region, input.restApiId), input, { map: view });
  },

  async UpdateDocumentationVersion(input, ctx) {
    const v = await ctx.store.write(async (tx) => {
      const versions = documentationVersions.in(tx, ctx.region, input.restApiId);
      const next = applyPatch(await versions.getOrThrow(input.documentationVersion), input.patchOperations, VERSION_PATCH);
      await versions.update(next.version, next);
      return next;
    });
    return view(v);
  },

  async DeleteDocumentationVersion(input, ctx) {
    await ctx.store.write(async (tx) => {
      await getApi(tx, ctx, input.restApiId);
      const versions = documentationVersions.in(tx, ctx.region, input.restApiId);
      await versions.getOrThrow(input.documentationVersion);
      await versions.remove(input.documentationVersion);
    });
  },
};
