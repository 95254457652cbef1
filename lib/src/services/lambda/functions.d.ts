import type { Handlers } from './context.js';
/** The RevisionId precondition of updates (recorded text: PreconditionFailedException, test_lambda_api.snapshot.json). */
export declare function checkRevision(given: string | undefined, current: string): void;
export declare const functionHandlers: Handlers;
