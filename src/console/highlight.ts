/**
 * Syntax highlighting for mapping templates: Velocity (VTL, velocity.apache.org/engine/2.3/vtl-reference.html:
 * `#if`…`#end` directives, `##` and `#* *#` comments, `$ref.path(...)` references) over JSON. A dozen lines
 * of tokenizer instead of a highlighting library: the templates are short and this keeps the page small.
 * The output is text nodes in spans, never HTML.
 */
import { h } from './dom.js';

const TOKEN =
  /(##[^\n]*|#\*[\s\S]*?\*#)|(#\{?(?:if|elseif|else|end|foreach|set|define|macro|break|stop|parse|include|evaluate)\b\}?)|(\$!?\{?[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*(?:\([^()\n]*\))?)*\}?)|("(?:[^"\\$\n]|\\.|\$(?![!{A-Za-z_]))*")|(-?\b\d+(?:\.\d+)?(?:[eE][+-]?\d+)?\b)|\b(true|false|null)\b/g;
const CLASSES = ['', 'tok-comment', 'tok-directive', 'tok-ref', 'tok-string', 'tok-number', 'tok-literal'];

export function highlight(text: string): Node[] {
  const out: Node[] = [];
  let last = 0;
  for (const m of text.matchAll(TOKEN)) {
    if (m.index > last) out.push(document.createTextNode(text.slice(last, m.index)));
    const group = m.findIndex((g, i) => i > 0 && g !== undefined);
    out.push(h('span', { class: CLASSES[group] }, m[0]));
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push(document.createTextNode(text.slice(last)));
  return out;
}

/** A labelled, highlighted code block (a template, a body). */
export function codeBlock(label: string, text: string): HTMLElement {
  return h('figure', { class: 'code' }, h('figcaption', {}, label), h('pre', { tabindex: 0, 'aria-label': label }, h('code', {}, ...highlight(text))));
}
