/**
 * The live requests as the page holds them: the API's shapes (Summary, Trace and its steps) are the
 * server's own, from the contract both sides import (src/shared/live-requests-contract.ts, types only:
 * esbuild erases the import); the filter the page applies is its own.
 */
import type { Dropped, Summary, Trace, TraceStep as Step } from '../../shared/live-requests-contract.js';

export type { Dropped, Step, Summary, Trace };

export interface Filters {
  apiId: string;
  stage: string;
  /** '' (any), an exact status, or a class such as '4xx'. */
  status: string;
  apiKeyId: string;
  /** The stream's events a second ('' for the server's default, 100): not a filter of what is shown, only of how many. */
  rate: string;
}

export function matches(s: Summary, f: Filters): boolean {
  if (f.apiId && s.apiId !== f.apiId) return false;
  if (f.stage && s.stage !== f.stage) return false;
  if (f.apiKeyId && s.apiKeyId !== f.apiKeyId) return false;
  if (/^\dxx$/.test(f.status)) return String(s.status)[0] === f.status[0];
  if (f.status) return String(s.status) === f.status;
  return true;
}

/** What a `dropped` event says, for the line under the filters ('' when the stream is whole again). */
export function droppedText(d: Dropped): string {
  if (!d.dropped) return '';
  const n = d.dropped.toLocaleString('en-US');
  const period = d.ms === 1000 ? 'the last second' : `the last ${(d.ms / 1000).toLocaleString('en-US')} s`;
  const limit = d.rate === null ? 'the stream has no cap' : `the stream sends at most ${d.rate.toLocaleString('en-US')} a second`;
  const slow = `${d.slowClient.toLocaleString('en-US')} while this page read too slowly`;
  const why = !d.slowClient ? limit : !d.overRate ? slow : `${d.overRate.toLocaleString('en-US')} over the rate: ${limit}; ${slow}`;
  return `${n} matching request${d.dropped === 1 ? '' : 's'} not shown in ${period} (${why}); narrow the filters to see the ones you want.`;
}
