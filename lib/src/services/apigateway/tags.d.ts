import type { ControlContext, Handlers } from './context.js';
import type { Tags } from '../../domain/tags.js';
export { type Tags };
export declare const MAX_TAGS = 50;
/**
 * Checks a tag map about to be stored. The `aws:` text is AWS's (serverless/serverless#9223:
 * "Invalid tag key. Tag keys cannot start with 'aws:' (case insensitive)"); the texts for the other
 * limits are not recorded and follow the same form.
 */
export declare function checkTags(tags: Tags): void;
/** Tags as Create* echoes them: only when there are some (aws-behavior.md, peer-localstack F1, F5). */
export declare const createTags: (tags: Tags | undefined) => Tags | undefined;
export declare const arnFor: (region: string, path: string) => string;
export interface TaggableRef {
    kind: string;
    scope: string;
    id: string;
    notFound: string;
}
/** ARN → the entity that holds its tags. */
export declare function resolveArn(arn: string, ctx: ControlContext): TaggableRef;
export declare const tagHandlers: Handlers;
