/**
 * Mapping templates compiled once per deployment (memoised on the compiled deployment, keyed by
 * source) and rendered per request. A template that does not compile or fails to render is an
 * API configuration error: 500 {"message": "Internal server error"}, logged.
 */
import { GatewayError } from './gateway-errors.js';
import type { Invocation } from './invocation.js';
import { CompiledTemplate, TemplateError, type TemplateEnv } from './mapping/vtl.js';

class FailingTemplate {
  constructor(readonly error: TemplateError) {}
  render(): string { throw this.error; }
}

export interface RenderableTemplate { render(env: TemplateEnv): string }

export function templateFor(inv: Invocation, source: string): RenderableTemplate {
  const memo = inv.served.deployment.memo;
  const key = `tpl\u0000${source}`;
  let t = memo.get(key) as CompiledTemplate | FailingTemplate | undefined;
  if (!t) {
    try { t = new CompiledTemplate(source); } catch (e) { t = new FailingTemplate(e as TemplateError); }
    memo.set(key, t);
  }
  const template = t;
  return {
    render(env: TemplateEnv): string {
      try {
        return template.render(env);
      } catch (e) {
        throw new GatewayError('API_CONFIGURATION_ERROR', { cause: e });
      }
    },
  };
}
