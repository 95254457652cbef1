/** Lambda functions (Lambda ListFunctions, signed for the `lambda` service). */
import type { Ctx } from '../context.js';
import { h, table, when } from '../dom.js';

interface FunctionConfiguration {
  FunctionName: string;
  Runtime?: string;
  Handler?: string;
  MemorySize?: number;
  Timeout?: number;
  CodeSize?: number;
  LastModified?: string;
  State?: string;
  PackageType?: string;
}

export async function functionsView(ctx: Ctx): Promise<Node> {
  const all: FunctionConfiguration[] = [];
  let marker: string | undefined;
  do {
    const page = await ctx.api.get<{ Functions?: FunctionConfiguration[]; NextMarker?: string }>('/2015-03-31/functions/', { Marker: marker }, 'lambda');
    all.push(...(page.Functions ?? []));
    marker = page.NextMarker;
  } while (marker);
  return h(
    'div',
    {},
    h('h1', {}, 'Lambda functions'),
    table(
      'Lambda functions',
      ['Name', 'Runtime', 'Handler', 'Memory (MB)', 'Timeout (s)', 'Code (bytes)', 'State', 'Modified'],
      all.map((f) => [
        h('code', {}, f.FunctionName),
        f.Runtime ?? f.PackageType,
        f.Handler,
        f.MemorySize,
        f.Timeout,
        f.CodeSize,
        f.State,
        when(f.LastModified),
      ]),
      'none (CreateFunction, or --functions DIR, adds them).',
    ),
  );
}
