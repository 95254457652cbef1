/**
 * Finds the operation for an HTTP request from the model's URI templates, compiled once at boot.
 * Ranking (cf. smithy's mux): at each segment a literal beats a {label}, which beats a {greedy+};
 * a template with a required static query (`?mode=import`) beats the same path without one.
 */
import type { OperationDef } from './model.js';

type Segment = { kind: 'literal'; value: string } | { kind: 'label'; name: string } | { kind: 'greedy'; name: string };

interface CompiledRoute {
  operation: string;
  method: string;
  segments: Segment[];
  staticQuery: [string, string][];
}

export interface RouteMatch {
  operation: string;
  labels: Record<string, string>;
  /** Query keys the URI template itself fixes (`mode=import`): not input members. */
  staticQueryKeys: string[];
}

function compile(operation: string, method: string, uri: string): CompiledRoute {
  const [path, query = ''] = uri.split('?');
  const segments: Segment[] = path
    .split('/')
    .filter(Boolean)
    .map((s) => {
      const m = /^\{(\w+)(\+)?\}$/.exec(s);
      if (!m) return { kind: 'literal', value: s };
      return m[2] ? { kind: 'greedy', name: m[1] } : { kind: 'label', name: m[1] };
    });
  const staticQuery = query ? query.split('&').map((kv) => kv.split('=') as [string, string]) : [];
  return { operation, method, segments, staticQuery };
}

const RANK = { literal: 0, label: 1, greedy: 2 } as const;
function compareRoutes(a: CompiledRoute, b: CompiledRoute): number {
  const n = Math.min(a.segments.length, b.segments.length);
  for (let i = 0; i < n; i++) {
    const d = RANK[a.segments[i].kind] - RANK[b.segments[i].kind];
    if (d) return d;
  }
  if (a.segments.length !== b.segments.length) return b.segments.length - a.segments.length;
  return b.staticQuery.length - a.staticQuery.length;
}

function decode(s: string): string | undefined {
  try {
    return decodeURIComponent(s);
  } catch {
    return undefined;
  }
}

export class OperationRouter {
  readonly #byMethod = new Map<string, CompiledRoute[]>();

  constructor(operations: Record<string, OperationDef>) {
    for (const [name, op] of Object.entries(operations)) {
      const route = compile(name, op.method, op.uri);
      const list = this.#byMethod.get(op.method) ?? [];
      list.push(route);
      this.#byMethod.set(op.method, list);
    }
    for (const list of this.#byMethod.values()) list.sort(compareRoutes);
  }

  /** `rawPath` is still percent-encoded, so an encoded `/` inside a label (an ARN) stays in it. */
  match(method: string, rawPath: string, query: URLSearchParams): RouteMatch | undefined {
    const routes = this.#byMethod.get(method);
    if (!routes) return undefined;
    const parts = rawPath.split('/').filter(Boolean);
    for (const route of routes) {
      const labels = this.#matchSegments(route.segments, parts);
      if (!labels) continue;
      if (!route.staticQuery.every(([k, v]) => query.get(k) === v)) continue;
      return { operation: route.operation, labels, staticQueryKeys: route.staticQuery.map(([k]) => k) };
    }
    return undefined;
  }

  #matchSegments(segments: Segment[], parts: string[]): Record<string, string> | undefined {
    const labels: Record<string, string> = {};
    for (let i = 0; i < segments.length; i++) {
      const seg = segments[i];
      if (seg.kind === 'greedy') {
        if (i >= parts.length) return undefined;
        const v = decode(parts.slice(i).join('/'));
        if (v === undefined) return undefined;
        labels[seg.name] = v;
        return labels;
      }
      if (i >= parts.length) return undefined;
      if (seg.kind === 'literal') {
        if (parts[i] !== seg.value) return undefined;
      } else {
        const v = decode(parts[i]);
        if (v === undefined) return undefined;
        labels[seg.name] = v;
      }
    }
    return parts.length === segments.length ? labels : undefined;
  }
}
