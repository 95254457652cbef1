/**
 * Tags: the one tag store is the `tags` member of each taggable entity, so create-time tags,
 * TagResource, every Get* and GetTags agree by construction. ARNs are
 * `arn:{partition}:apigateway:{region}::{path}` with an empty account field
 * (docs.aws.amazon.com/apigateway/latest/developerguide/arn-format-reference.html); only the seven
 * REST resources of apigateway-tagging-supported-resources.html can be tagged.
 */
import { badRequest, notFound } from './errors.js';
import { Kind, apiScope } from '../../domain/kinds.js';
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
export function checkTags(tags) {
    // The parser keeps null map values (F67); a null tag value leaves the tag out (AWS's answer is not
    // recorded; without this a null reached the checks below and answered 500, found by the fuzz test).
    for (const key of Object.keys(tags))
        if (tags[key] === null)
            delete tags[key];
    const keys = Object.keys(tags);
    for (const key of keys) {
        if (key.length < 1 || [...key].length > KEY_MAX)
            throw badRequest(`Invalid tag key. Tag keys must be between 1 and ${KEY_MAX} characters long`);
        if (key.toLowerCase().startsWith('aws:'))
            throw badRequest("Invalid tag key. Tag keys cannot start with 'aws:' (case insensitive)");
        if (!TAG_CHARS.test(key))
            throw badRequest('Invalid tag key. Tag keys may only contain letters, digits, spaces and . : + = @ _ / -');
        const value = tags[key];
        if ([...value].length > VALUE_MAX)
            throw badRequest(`Invalid tag value. Tag values must be at most ${VALUE_MAX} characters long`);
        if (!TAG_CHARS.test(value))
            throw badRequest('Invalid tag value. Tag values may only contain letters, digits, spaces and . : + = @ _ / -');
    }
    if (keys.length > MAX_TAGS)
        throw badRequest(`Too many tags. A resource can have at most ${MAX_TAGS} tags`);
}
/** Tags as Create* echoes them: only when there are some (aws-behavior.md, peer-localstack F1, F5). */
export const createTags = (tags) => (tags && Object.keys(tags).length ? tags : undefined);
export const arnFor = (region, path) => `arn:aws:apigateway:${region}::${path}`;
/** ARN → the entity that holds its tags. */
export function resolveArn(arn, ctx) {
    // Domain name access associations carry the owner's account and are stored under their whole ARN
    // (domain-name-access-associations.ts; taggable per apigateway-tagging-supported-resources.html).
    const assoc = /^arn:aws[a-z-]*:apigateway:([a-z0-9-]+):(\d{12}):\/domainnameaccessassociations\/domainname\/[^/]+\/vpcesource\/[^/]+$/.exec(arn);
    if (assoc) {
        const missing = 'Invalid domain name access association identifier specified';
        if (assoc[1] !== ctx.region || assoc[2] !== ctx.accountId)
            throw notFound(missing);
        return { kind: Kind.domainNameAccessAssociation, scope: ctx.region, id: arn, notFound: missing };
    }
    const m = /^arn:aws[a-z-]*:apigateway:([a-z0-9-]+)::(\/.*)$/.exec(arn);
    if (!m)
        throw badRequest('Invalid ARN specified in the request');
    const [, region, path] = m;
    const parts = path.split('/').slice(1);
    const top = region;
    let ref;
    if (parts[0] === 'restapis' && parts.length === 2) {
        ref = { kind: Kind.restApi, scope: top, id: parts[1], notFound: `Invalid API identifier specified ${ctx.accountId}:${parts[1]}` };
    }
    else if (parts[0] === 'restapis' && parts.length === 4 && parts[2] === 'stages') {
        ref = { kind: Kind.stage, scope: apiScope(region, parts[1]), id: parts[3], notFound: 'Invalid stage identifier specified' };
    }
    else if (parts.length === 2) {
        const kinds = {
            apikeys: [Kind.apiKey, 'Invalid API Key identifier specified'],
            usageplans: [Kind.usagePlan, 'Invalid Usage Plan ID specified'],
            domainnames: [Kind.domainName, 'Invalid domain name identifier specified'],
            clientcertificates: [Kind.clientCertificate, 'Invalid Client Certificate identifier specified'],
            vpclinks: [Kind.vpcLink, 'Invalid Vpc Link identifier specified'],
        };
        const k = kinds[parts[0]];
        // An id that is not valid percent-encoding makes the ARN invalid (not recorded; found by the fuzz test).
        let id;
        try {
            id = decodeURIComponent(parts[1]);
        }
        catch {
            id = undefined;
        }
        if (k && id !== undefined)
            ref = { kind: k[0], scope: top, id, notFound: k[1] };
    }
    if (!ref)
        throw badRequest('Invalid ARN specified in the request');
    // Resources live in the region whose endpoint was called; an ARN of another region is not here.
    if (region !== ctx.region)
        throw notFound(ref.notFound);
    return ref;
}
export const tagHandlers = {
    async GetTags(input, ctx) {
        const ref = resolveArn(input.resourceArn, ctx);
        const entity = await ctx.store.get(ref.kind, ref.scope, ref.id);
        if (!entity)
            throw notFound(ref.notFound);
        return { tags: entity.tags ?? {} };
    },
    async TagResource(input, ctx) {
        const ref = resolveArn(input.resourceArn, ctx);
        await ctx.store.write(async (tx) => {
            const entity = await tx.get(ref.kind, ref.scope, ref.id);
            if (!entity)
                throw notFound(ref.notFound);
            const tags = { ...(entity.tags ?? {}), ...input.tags };
            checkTags(tags);
            await tx.update(ref.kind, ref.scope, ref.id, { ...entity, tags });
        });
    },
    async UntagResource(input, ctx) {
        const ref = resolveArn(input.resourceArn, ctx);
        await ctx.store.write(async (tx) => {
            const entity = await tx.get(ref.kind, ref.scope, ref.id);
            if (!entity)
                throw notFound(ref.notFound);
            const tags = { ...(entity.tags ?? {}) };
            for (const k of input.tagKeys)
                delete tags[k];
            await tx.update(ref.kind, ref.scope, ref.id, { ...entity, tags });
        });
    },
};
//# sourceMappingURL=tags.js.map