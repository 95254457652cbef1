/** The console's views by URL hash. Each view is an async function of the context that returns its content. */
import type { Ctx } from './context.js';
import { apiView, apisView } from './views/apis.js';
import { methodView } from './views/method.js';
import { stageView } from './views/stage.js';
import { keysView, planView } from './views/keys.js';
import { domainsView } from './views/domains.js';
import { functionsView } from './views/functions.js';
import { stacksView } from './views/stacks.js';
import { liveView } from './views/live.js';

export const SECTIONS: [string, string][] = [
  ['#/apis', 'REST APIs'],
  ['#/keys', 'API keys & usage plans'],
  ['#/domains', 'Domain names'],
  ['#/functions', 'Lambda functions'],
  ['#/stacks', 'Stacks'],
  ['#/live', 'Live requests'],
];

type View = (ctx: Ctx, ...parts: string[]) => Promise<Node>;

const ROUTES: [RegExp, View][] = [
  [/^#\/apis\/?$/, apisView],
  [/^#\/apis\/([^/]+)\/?$/, apiView],
  [/^#\/apis\/([^/]+)\/methods\/([^/]+)\/([A-Z]+)$/, methodView],
  [/^#\/apis\/([^/]+)\/stages\/([^/]+)$/, stageView],
  [/^#\/keys\/?$/, keysView],
  [/^#\/plans\/([^/]+)$/, planView],
  [/^#\/domains\/?$/, domainsView],
  [/^#\/functions\/?$/, functionsView],
  [/^#\/stacks\/?$/, stacksView],
  [/^#\/live\/?$/, liveView],
];

export function resolve(hash: string, ctx: Ctx): Promise<Node> {
  const path = hash.split('?')[0];
  for (const [re, view] of ROUTES) {
    const m = re.exec(path);
    if (m) return view(ctx, ...m.slice(1).map(decodeURIComponent));
  }
  return Promise.reject(new Error(`No view at ${hash}`));
}
