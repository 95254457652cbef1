/**
 * The resource router of one deployment, compiled once from its frozen resources. At each level a
 * static child beats the `{param}` child, which beats the `{greedy+}` child, which must consume at
 * least one segment (DG:api-gateway-method-settings-method-request; mikestaub/serverless-express#43).
 * There is no backtracking: once a static child matches a segment, its subtree decides
 * ("`/{proxy+}` matches anything under root except the subtrees of static siblings").
 * Matching costs one map lookup per path segment, whatever the number of resources.
 */
import type { Method } from '../domain/method.js';
import type { Resource } from '../domain/resource.js';

interface Node {
  resource: Resource | undefined;
  statics: Map<string, Node>;
  param: { name: string; node: Node } | undefined;
  greedy: { name: string; resource: Resource } | undefined;
}

export interface ResourceMatch {
  resource: Resource;
  /** Raw (still percent-encoded) values, as AWS passes them on (LS-snap test_lambda_aws_proxy_integration). */
  pathParameters: Record<string, string>;
}

const newNode = (resource?: Resource): Node => ({ resource, statics: new Map(), param: undefined, greedy: undefined });

export class ResourceRouter {
  readonly #root: Node;

  constructor(resources: Resource[]) {
    const byParent = new Map<string, Resource[]>();
    let root: Resource | undefined;
    for (const r of resources) {
      if (r.parentId === undefined) root = r;
      else byParent.set(r.parentId, [...(byParent.get(r.parentId) ?? []), r]);
    }
    this.#root = newNode(root);
    const build = (node: Node, id: string): void => {
      for (const child of byParent.get(id) ?? []) {
        const part = child.pathPart ?? '';
        if (part.startsWith('{') && part.endsWith('+}')) {
          node.greedy = { name: part.slice(1, -2), resource: child };
        } else if (part.startsWith('{') && part.endsWith('}')) {
          const n = newNode(child);
          node.param = { name: part.slice(1, -1), node: n };
          build(n, child.id);
        } else {
          const n = newNode(child);
          node.statics.set(part, n);
          build(n, child.id);
        }
      }
    };
    if (root) build(this.#root, root.id);
  }

  match(path: string): ResourceMatch | undefined {
    const params: Record<string, string> = {};
    let node = this.#root;
    // Segment by segment, without splitting the path into arrays; empty segments (`//`, a trailing
    // `/`) are skipped.
    for (let i = 0; i < path.length;) {
      if (path.charCodeAt(i) === 47 /* / */) {
        i++;
        continue;
      }
      let end = path.indexOf('/', i);
      if (end < 0) end = path.length;
      const seg = path.slice(i, end);
      const next = node.statics.get(seg);
      if (next) {
        node = next;
        i = end;
        continue;
      }
      if (node.param) {
        params[node.param.name] = seg;
        node = node.param.node;
        i = end;
        continue;
      }
      if (node.greedy) {
        // The rest of the path as sent, inner `//` kept, trailing slashes left out (rec:
        // test_apigateway_lambda.py::test_lambda_aws_proxy_integration [invocation-payload-with-double-slash],
        // [invocation-payload-with-trailing-slash]).
        let last = path.length;
        while (last > i && path.charCodeAt(last - 1) === 47) last--;
        params[node.greedy.name] = path.slice(i, last);
        return { resource: node.greedy.resource, pathParameters: params };
      }
      return undefined;
    }
    return node.resource ? { resource: node.resource, pathParameters: params } : undefined;
  }
}

/** An explicit method wins over ANY on the same resource (LS-code:handlers/resource_router.py). */
export function pickMethod(resource: Resource, httpMethod: string): Method | undefined {
  const methods = resource.resourceMethods;
  if (!methods) return undefined;
  return methods[httpMethod] ?? methods.ANY;
}
