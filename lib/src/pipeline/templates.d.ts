import type { Invocation } from './invocation.js';
import { type TemplateEnv } from './mapping/vtl.js';
export declare function renderTemplate(inv: Invocation, source: string, env: TemplateEnv): string;
