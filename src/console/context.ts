/** What every view is handed: the signed management client, the server's settings, and a signal aborted when the view is left. */
import type { Management } from './api.js';

export interface Settings {
  region: string;
  /** Credentials are configured on the server: the page signs in. */
  signIn: boolean;
  /** The data plane answers on this origin (no --admin-port): invoke URLs can be called from the page. */
  dataPlaneHere: boolean;
}

export interface Ctx {
  api: Management;
  settings: Settings;
  /** Aborted when the user navigates away (the live stream and slow loads stop). */
  signal: AbortSignal;
}

/** An invoke URL of a stage on the data plane: the path form every Tollgate listener answers (src/edge/invoke-url.ts). */
export function invokeUrl(s: Settings, apiId: string, stage: string, path = '/'): string {
  const origin = s.dataPlaneHere ? location.origin : 'http://<main listener>';
  return `${origin}/_aws/execute-api/${apiId}/${stage}${path}`;
}
