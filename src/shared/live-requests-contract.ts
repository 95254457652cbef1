/**
 * The console's live-requests API as it travels (README "Web console: the live-requests API"): the
 * summary of an answered request (the list, and each server-sent `request` event), its trace and steps.
 * One definition for both sides: the server writes these (src/edge/live-requests.ts, src/pipeline/trace.ts)
 * and the page reads them (src/console/views/live-model.ts).
 *
 * Types only, and imported with `import type` only: the browser bundle (esbuild) erases the import, so no
 * server code reaches the page, and the page's code stays its own (.dependency-cruiser.cjs,
 * console-reads-only-the-contract). Nothing here may hold a value.
 */

/** One answered data-plane request. `reason` is Tollgate's sentence for a gateway error (src/pipeline/reasons.ts). */
export interface Summary {
  id: string;
  /** ISO-8601, the request's arrival. */
  time: string;
  apiId: string | null;
  stage: string | null;
  httpMethod: string;
  path: string;
  resourcePath: string | null;
  status: number;
  latencyMs: number;
  apiKeyId: string | null;
  errorType: string | null;
  reason: string | null;
  /** Whether its trace was kept (it was sent to a watching console's stream): GET …/requests/{id} may then answer it. */
  traced: boolean;
}

/**
 * A stream's `dropped` event, once a second while it has some to tell: the requests that matched its filter
 * in the last `ms` but were not sent — over its `rate` (events a second), or while its client read too slowly
 * — and a `dropped` of 0 once it is whole again.
 */
export interface Dropped {
  dropped: number;
  overRate: number;
  slowClient: number;
  ms: number;
  /** The stream's events a second (null: no cap, a stream opened in process by a bench or a test). */
  rate: number | null;
}

export type StepName =
  | 'route'
  | 'authorizer'
  | 'apiKey'
  | 'throttle'
  | 'quota'
  | 'validation'
  | 'integrationRequest'
  | 'endpoint'
  | 'integrationResponse'
  | 'methodResponse'
  | 'gatewayResponse';

export type StepOutcome = 'ok' | 'fail' | 'skip' | 'cached';

export interface TraceStep {
  name: StepName;
  /** Milliseconds from the request's start (its arrival at the pipeline), to the µs. */
  startMs: number;
  durationMs: number;
  outcome: StepOutcome;
  /** What the step knew (masked, bodies cut at 4 KiB); `{}` when it says nothing more than its outcome. */
  detail: Record<string, unknown>;
}

/** A request's summary and its steps, in the order they ran. */
export interface Trace extends Summary {
  steps: TraceStep[];
}
