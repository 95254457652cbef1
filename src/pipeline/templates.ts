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
  render(): string {
    throw this.error;
  }
}

type Compiled = CompiledTemplate | FailingTemplate;

/** The deployment's compiled templates, by source (the snapshot's own strings, so lookups hash them once). */
function compiledTemplates(inv: Invocation): Map<string, Compiled> {
  const memo = inv.served.deployment.memo;
  let m = memo.get('templates') as Map<string, Compiled> | undefined;
  if (!m) {
    m = new Map();
    memo.set('templates', m);
  }
  return m;
}

export function renderTemplate(inv: Invocation, source: string, env: TemplateEnv): string {
  const all = compiledTemplates(inv);
  let t = all.get(source);
  if (!t) {
    try {
      t = new CompiledTemplate(source);
    } catch (e) {
      t = new FailingTemplate(e as TemplateError);
    }
    all.set(source, t);
  }
  try {
    return t.render(env);
  } catch (e) {
    throw new GatewayError('API_CONFIGURATION_ERROR', { cause: e });
  }
}
