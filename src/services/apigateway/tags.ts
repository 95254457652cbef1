/**
 * Tags: the one tag store is the `tags` member of each taggable entity, so create-time tags,
 * TagResource, every Get* and GetTags agree by construction. ARNs are
 * `arn:{partition}:apigateway:{region}::{path}` with an empty account field
 * (docs.aws.amazon.com/apigateway/latest/developerguide/arn-format-reference.html); only the seven
 * REST resources of apigateway-tagging-supported-resources.html can be tagged.
 */
import { badRequest } from './errors.js';
import type { ControlContext, Handlers } from './context.js';
import type { Tags } from '../../domain/tags.js';
import type { Collection, ScopedReader, ScopedWriter } from '../../store/collections/index.js';
import type { StoreReader, StoreWriter } from '../../store/store.js';
import {
  apiKeys,
  apiNotFound,
  associationNotFound,
  clientCertificates,
  domainNameAccessAssociations,
  domainNames,
  restApis,
  stageNotFound,
  stages,
  usagePlans,
  vpcLinks,
} from './collections.js';

export const MAX_TAGS = 50;
const KEY_MAX = 128;
const VALUE_MAX = 256;
// Letters, digits, spaces and `. : + = @ _ / -` (developer guide's set, a superset of the model
// doc's `[a-zA-Z+-=._:/]`; aws-behavior.md "Tag constraints").
const TAG_CHARS = /^[\p{L}\p{Z}\p{N}.:+=@_/-]*$/u;

/**
 * Checks a tag map about to be stored. The `aws:` text is AWS's (serverless/serverless#9223:
 * "Invalid tag key. Tag keys cannot start with 'aws:' (case insensitive)"); the texts for the other
 * limits are not recorded and follow the same form.
 */
export function checkTags(tags: Tags): void {
  // The parser keeps null map values (F67); a null tag value leaves the tag out (AWS's answer is not
  // recorded; without this a null reached the checks below and answered 500, found by the fuzz test).
  for (const key of Object.keys(tags)) if (tags[key] === null) delete tags[key];
  const keys = Object.keys(tags);
  for (const key of keys) {
    if (key.length < 1 || [...key].length > KEY_MAX) throw badRequest(`Invalid tag key. Tag keys must be between 1 and ${KEY_MAX} characters long`);
    if (key.toLowerCase().startsWith('aws:')) throw badRequest("Invalid tag key. Tag keys cannot start with 'aws:' (case insensitive)");
    if (!TAG_CHARS.test(key)) throw badRequest('Invalid tag key. Tag keys may only contain letters, digits, spaces and . : + = @ _ / -');
    const value = tags[key];
    if ([...value].length > VALUE_MAX) throw badRequest(`Invalid tag value. Tag values must be at most ${VALUE_MAX} characters long`);
    if (!TAG_CHARS.test(value)) throw badRequest('Invalid tag value. Tag values may only contain letters, digits, spaces and . : + = @ _ / -');
  }
  if (keys.length > MAX_TAGS) throw badRequest(`Too many tags. A resource can have at most ${MAX_TAGS} tags`);
}

/** Tags as Create* echoes them: only when there are some (aws-behavior.md, peer-localstack F1, F5). */
export const createTags = (tags: Tags | undefined): Tags | undefined => (tags && Object.keys(tags).length ? tags : undefined);

export const arnFor = (region: string, path: string): string => `arn:aws:apigateway:${region}::${path}`;

/** An entity that holds tags: its body as far as tags go. */
interface Tagged {
  tags?: Tags;
}

/** Where a taggable entity lives: its collection bound to a reader or a transaction, in its own scope. */
interface TaggableAt {
  read(reader: StoreReader): ScopedReader<Tagged>;
  write(tx: StoreWriter): ScopedWriter<Tagged>;
}

const at = <S extends unknown[]>(c: Collection<Tagged, S>, ...scope: S): TaggableAt => ({
  read: (reader) => c.in(reader, ...scope),
  write: (tx) => c.in(tx, ...scope),
});

export interface TaggableRef {
  at: TaggableAt;
  id: string;
  notFound: () => Error;
}

/** The taggable top-level entities of a region, by the first segment of their ARN's path. */
const TOP_LEVEL = new Map<string, Collection<Tagged, [region: string]>>([
  ['apikeys', apiKeys],
  ['usageplans', usagePlans],
  ['domainnames', domainNames],
  ['clientcertificates', clientCertificates],
  ['vpclinks', vpcLinks],
]);

/** The id in an ARN's path: an id that is not valid percent-encoding makes the ARN invalid (not recorded; found by the fuzz test). */
function decodedId(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/** ARN → the entity that holds its tags. */
export function resolveArn(arn: string, ctx: ControlContext): TaggableRef {
  // Domain name access associations carry the owner's account and are stored under their whole ARN
  // (domain-name-access-associations.ts; taggable per apigateway-tagging-supported-resources.html).
  const assoc = /^arn:aws[a-z-]*:apigateway:([a-z0-9-]+):(\d{12}):\/domainnameaccessassociations\/domainname\/[^/]+\/vpcesource\/[^/]+$/.exec(arn);
  if (assoc) {
    if (assoc[1] !== ctx.region || assoc[2] !== ctx.accountId) throw associationNotFound();
    return { at: at(domainNameAccessAssociations, ctx.region), id: arn, notFound: associationNotFound };
  }
  const m = /^arn:aws[a-z-]*:apigateway:([a-z0-9-]+)::(\/.*)$/.exec(arn);
  if (!m) throw badRequest('Invalid ARN specified in the request');
  const [, region, path] = m;
  const parts = path.split('/').slice(1);
  let ref: TaggableRef | undefined;
  if (parts[0] === 'restapis' && parts.length === 2) {
    const id = parts[1];
    ref = { at: at(restApis, region), id, notFound: () => apiNotFound(ctx, id) };
  } else if (parts[0] === 'restapis' && parts.length === 4 && parts[2] === 'stages') {
    ref = { at: at(stages, region, parts[1]), id: parts[3], notFound: stageNotFound };
  } else if (parts.length === 2) {
    const c = TOP_LEVEL.get(parts[0]);
    const id = decodedId(parts[1]);
    if (c && id !== undefined) ref = { at: at(c, region), id, notFound: () => c.notFound!(id) };
  }
  if (!ref) throw badRequest('Invalid ARN specified in the request');
  // Resources live in the region whose endpoint was called; an ARN of another region is not here.
  if (region !== ctx.region) throw ref.notFound();
  return ref;
}

export const tagHandlers: Handlers = {
  async GetTags(input, ctx) {
    const ref = resolveArn(input.resourceArn, ctx);
    const entity = await ref.at.read(ctx.store).getOrThrow(ref.id, ref.notFound);
    return { tags: entity.tags ?? {} };
  },

  async TagResource(input, ctx) {
    const ref = resolveArn(input.resourceArn, ctx);
    await ctx.store.write(async (tx) => {
      const tagged = ref.at.write(tx);
      const entity = await tagged.getOrThrow(ref.id, ref.notFound);
      const tags = { ...(entity.tags ?? {}), ...input.tags };
      checkTags(tags);
      await tagged.update(ref.id, { ...entity, tags });
    });
  },

  async UntagResource(input, ctx) {
    const ref = resolveArn(input.resourceArn, ctx);
    await ctx.store.write(async (tx) => {
      const tagged = ref.at.write(tx);
      const entity = await tagged.getOrThrow(ref.id, ref.notFound);
      const tags = { ...(entity.tags ?? {}) };
      for (const k of input.tagKeys) delete tags[k];
      await tagged.update(ref.id, { ...entity, tags });
    });
  },
};
