/** The live-request shapes of the console API (README "Web console": Summary, Trace, Step) and the filter the page applies. */
export interface Summary {
  id: string;
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
  traced: boolean;
}

export interface Step {
  name: string;
  startMs: number;
  durationMs: number;
  outcome: 'ok' | 'fail' | 'skip' | 'cached';
  detail?: Record<string, unknown>;
}

export interface Trace extends Summary {
  steps: Step[];
}

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
