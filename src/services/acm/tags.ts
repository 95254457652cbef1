/**
 * AddTagsToCertificate, RemoveTagsFromCertificate, ListTagsForCertificate
 * (https://docs.aws.amazon.com/acm/latest/APIReference/API_AddTagsToCertificate.html and the two beside it).
 */
import type { Certificate } from '../../domain/certificate.js';
import { parseCertificateArn } from '../../domain/certificate.js';
import { Kind } from '../../domain/kinds.js';
import type { Handlers } from './context.js';
import { mergeTags } from './certificates.js';
import { configuredReadOnly } from './errors.js';
import { heldOrThrow } from './held.js';

/** "A tag … is removed only if … the value (if given) matches" (API_RemoveTagsFromCertificate.html). */
const removes = (t: Certificate['tags'][number], r: { Key: string; Value?: string }): boolean =>
  t.Key === r.Key && (r.Value === undefined || r.Value === t.Value);

export const tagHandlers: Handlers = {
  async AddTagsToCertificate(input, ctx) {
    await ctx.store.write(async (tx) => {
      const held = await heldOrThrow(ctx, input.CertificateArn, tx);
      if (held.configured) throw configuredReadOnly(held.certificateArn);
      const { configured: _c, facts: _f, seq: _s, ...body } = held;
      await tx.update<Certificate>(Kind.acmCertificate, ctx.region, parseCertificateArn(held.certificateArn)!.id, {
        ...body,
        tags: mergeTags(held.tags, input.Tags),
      });
    });
  },

  async RemoveTagsFromCertificate(input, ctx) {
    await ctx.store.write(async (tx) => {
      const held = await heldOrThrow(ctx, input.CertificateArn, tx);
      if (held.configured) throw configuredReadOnly(held.certificateArn);
      const { configured: _c, facts: _f, seq: _s, ...body } = held;
      const tags = held.tags.filter((t) => !input.Tags.some((r) => removes(t, r)));
      await tx.update<Certificate>(Kind.acmCertificate, ctx.region, parseCertificateArn(held.certificateArn)!.id, { ...body, tags });
    });
  },

  async ListTagsForCertificate(input, ctx) {
    const held = await heldOrThrow(ctx, input.CertificateArn);
    return { Tags: held.tags };
  },
};
