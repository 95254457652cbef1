/**
 * The live requests as the page holds them: the API's shapes (Summary, Trace and its steps) are the
 * server's own, from the contract both sides import (src/shared/live-requests-contract.ts, types only:
 * esbuild erases the import); the filter the page applies is its own.
 */
import type { Summary, Trace, TraceStep as Step } from '../../shared/live-requests-contract.js';

export type { Step, Summary, Trace };

export interface Filters {
  apiId: string;
  stage: string;
  /** '' (any), an exact status, or a class such as '4xx'. */
  status: string;
  apiKeyId: string;
}

export function matches(s: Summary, f: Filters): boolean {
  if (f.apiId && s.apiId !== f.apiId) return false;
  if (f.stage && s.stage !== f.stage) return false;
  if (f.apiKeyId && s.apiKeyId !== f.apiKeyId) return false;
  if (/^\dxx$/.test(f.status)) return String(s.status)[0] === f.status[0];
  if (f.status) return String(s.status) === f.status;
  return true;
}
