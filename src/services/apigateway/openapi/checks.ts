/**
 * The rules an imported integration, authorizer, resource path part or method request parameter
 * obeys. Integrations, authorizers and path parts obey the very rules of PutIntegration
 * (integrations.ts integrationProblem), CreateAuthorizer (authorizers.ts authorizerProblem) and
 * CreateResource (resources.ts pathPartProblem), imported from there so the two entry points cannot
 * drift apart. An import reports a broken one inside its "Errors found during import" list, its text
 * wrapped as plan.ts words it ("Unable to put integration on …", as with mapping-expressions.ts).
 * What stays here is what the wire model checks for the API calls (protocol/validate.ts: enum
 * members, PutIntegrationResponse's statusCode pattern) and an import has to check itself.
 */
import { authorizerProblem } from '../authorizers.js';
import { integrationProblem as putIntegrationProblem } from '../integrations.js';
import type { Integration } from '../../../domain/integration.js';

export { authorizerProblem };

const CONTENT_HANDLING = ['CONVERT_TO_BINARY', 'CONVERT_TO_TEXT'];
const CONNECTION_TYPES = ['INTERNET', 'VPC_LINK'];

/**
 * PutIntegration's rules and texts (integrations.ts), then the enum members the model checks on the
 * wire. The account is the importing one: a role of another account is refused as PutIntegration
 * refuses it (there a 403 AccessDeniedException; at import its text in the list — AWS's import answer
 * is not recorded).
 */
export function integrationProblem(i: Integration, accountId: string): string | undefined {
  const problem = putIntegrationProblem(i, accountId);
  if (problem) return problem.message;
  // Not recorded: the texts for an unknown contentHandling / connectionType at import; they follow the passthrough text.
  if (i.contentHandling && !CONTENT_HANDLING.includes(i.contentHandling)) {
    return `Invalid content handling specified: ${i.contentHandling}. Valid options are ${CONTENT_HANDLING.join(',')}`;
  }
  if (i.connectionType && !CONNECTION_TYPES.includes(i.connectionType)) {
    return `Invalid connection type specified: ${i.connectionType}. Valid options are ${CONNECTION_TYPES.join(',')}`;
  }
  for (const r of Object.values(i.integrationResponses ?? {})) {
    // Not recorded for imports; PutIntegrationResponse's statusCode pattern (F67).
    if (!/^[1-5]\d\d$/.test(r.statusCode)) return `Invalid status code specified: ${r.statusCode}`;
    if (r.contentHandling && !CONTENT_HANDLING.includes(r.contentHandling)) {
      return `Invalid content handling specified: ${r.contentHandling}. Valid options are ${CONTENT_HANDLING.join(',')}`;
    }
  }
  return undefined;
}

/**
 * A method request parameter name: recorded at import as "Invalid mapping expression specified:
 * Validation Result: warnings : [], errors : [Parameter name should match the following regular
 * expression: ^[a-zA-Z0-9._$-]+$]" (AWS's answer to `page[size]`, public notes of Columbia's API
 * gateway trial).
 */
export function parameterNameProblem(name: string): string | undefined {
  if (/^[a-zA-Z0-9._$-]+$/.test(name)) return undefined;
  return 'Invalid mapping expression specified: Validation Result: warnings : [], errors : [Parameter name should match the following regular expression: ^[a-zA-Z0-9._$-]+$]';
}
