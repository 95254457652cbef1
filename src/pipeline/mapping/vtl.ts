/**
 * Mapping templates: Velocity (velocityjs) with API Gateway's variables — `$input`, `$util`,
 * `$context`, `$stageVariables` (DG:api-gateway-mapping-template-reference). Templates are parsed once
 * per deployment (compileTemplate) and rendered per request, each render on a fresh engine.
 *
 * velocityjs is the parser and the directive/whitespace machinery (its whitespace handling matches
 * Velocity 1.7: `#set` lines and directive-only lines lose their newline, checked against
 * velocity-engine-core 2.3 in `bc` space-gobbling mode). On top of it, Velocity's Java semantics:
 *  - values are Java objects (java.ts) printed the Java way; null references print nothing (API
 *    Gateway renders an unset `$context.authorizer.principalId` as empty: localstack#7188, #5587);
 *  - `$x.m(args)` calls the Java method (methods.ts), `$map.key`/`$map['key']` is `get("key")`;
 *  - `#if`: only null and false are false; `==` compares numbers by value, other types by toString(),
 *    and a null equals null and the empty string (velocityEquals);
 *    math is Velocity's (integer division for integers, Double otherwise, `+` concatenates strings);
 *  - `#set($x = null)` leaves `$x` unchanged (Velocity 1.7 `directive.set.null.allowed=false`);
 *  - `#foreach` runs at most 1,000 times per loop (DG:limits, aws-behavior.md "Limits"); one more
 *    iteration fails the render, which the pipeline answers with 500;
 *  - `$foreach.hasNext/count/index/first/last` and `$velocityCount` (1-based, Velocity 1.7);
 *  - `$context.requestOverride.*` / `$context.responseOverride.*` can each be set once per render:
 *    "Trying to override the same parameter multiple times will result in 5XX responses"
 *    (DG:apigateway-override-request-response-parameters).
 */
import velocity from 'velocityjs';
import { JDouble, JavaException, MapEntry, isJavaMap, isNumeric, javaEquals, javaString, mapGet, mapPut, numberValue, truthy } from './java.js';
import { InputVariable, NOT_FOUND, UtilVariable, util, type HostObject, type TemplateInput } from './input.js';
import { NO_METHOD, callJavaMethod, getJavaProperty } from './methods.js';

export { util, type TemplateInput };
export { PayloadParseError } from './input.js';

export interface TemplateEnv {
  input: TemplateInput;
  /** `$context`, or what builds it: then built only if the template reads or sets `$context`. */
  context: Record<string, unknown> | (() => Record<string, unknown>);
  stageVariables: Record<string, string>;
}

export class TemplateError extends Error {}

/** Templates are limited to 300 KB (DG:api-gateway-known-issues). */
export const MAX_TEMPLATE_BYTES = 300 * 1024;
/** "Number of iterations in a #foreach … loop in mapping templates: 1,000" (DG:limits). */
export const MAX_FOREACH_ITERATIONS = 1000;
/** The payload limit (10 MB, DG:limits) bounds what a template may produce. */
export const MAX_OUTPUT_CHARS = 10 * 1024 * 1024;

/**
 * A velocityjs AST node (its parser's JSON): the fields this engine reads, each with the types its node types
 * give it (velocityjs's own dist/src/type.d.ts leaves `value` as any). A block (#if, #foreach) is an array of nodes.
 */
interface Ast {
  type: string;
  /** references, property, method: a name; index: the key's node. */
  id?: string | Ast;
  /** string, integer, decimal, bool, raw: the text; map: the entries; array: the items (a range: its two ends). */
  value?: string | Record<string, Ast> | (Ast | string | number)[];
  isEval?: boolean;
  isRange?: boolean;
  operator?: string;
  expression?: Ast[];
  /** method: its arguments (false for `()`). */
  args?: Ast[] | false;
  path?: Ast[];
  equal?: [Ast, Ast];
  condition?: Ast;
  from?: Ast;
  to?: string;
  pos?: unknown;
}

/** A node's text (string, integer, decimal, bool and raw nodes). */
/** A template's or a block's content: text, nodes, and blocks. */
type AstItem = string | Ast | Ast[];

const textOf = (node: Ast): string => (typeof node.value === 'string' ? node.value : '');
/** A references, property or method node's name. */
const nameOf = (node: Ast): string => (typeof node.id === 'string' ? node.id : '');
/** The value node of an index (`$a[...]`). */
const keyOf = (node: Ast): Ast => (typeof node.id === 'object' ? node.id : { type: 'string', value: nameOf(node) });

interface EngineBase {
  context: Record<string, unknown>;
  macros: Record<string, unknown>;
  local: Record<string, Record<string, unknown>>;
  conditions: string[];
  contextId: string;
  runState: { stop: boolean; break: boolean };
  defines: Record<string, unknown>;
  /** What velocityjs's own `render` sets before a render (renderRoot resets them). */
  silence: boolean;
  macrosStore: Record<string, unknown>;
  /** The template's nodes, as compiled. */
  asts: AstItem[];
  /** velocityjs's #eval. */
  eval(s: unknown, local: unknown): unknown;
  render(context: Record<string, unknown>, macros?: Record<string, unknown>, silence?: boolean): string;
  getReferences(ast: Ast, isVal?: boolean): unknown;
  getBlock(block: Ast[]): string;
  getMacro(ast: Ast): string;
  getContext(id: string): Record<string, unknown>;
}

// velocityjs types its Compile with `any` fields and its AST with `value: any`; the engine is written against the
// narrower EngineBase above, so the class is seen through it (the one cast velocityjs's typing leaves).
const VelocityCompile = velocity.Compile as unknown as new (asts: unknown, config?: unknown) => EngineBase;

const isHost = (v: unknown): v is HostObject => v instanceof InputVariable || v instanceof UtilVariable;

const OVERRIDE_ROOTS = new Set(['requestOverride', 'responseOverride']);

class Engine extends VelocityCompile {
  /** Override targets set during this render (`requestOverride.header.x`, `responseOverride.status`). */
  readonly overrides = new Map<string, { target: unknown; key: unknown }>();

  /** Set while a render runs: a render that would re-enter this engine gets a fresh one instead. */
  busy = false;
  /** The macros every render sees: #evaluate, #stop and velocityjs's own #eval, made once per engine. */
  readonly #macros: Record<string, unknown>;

  constructor(asts: unknown) {
    super(asts, { escape: false });
    this.#macros = {
      // #evaluate (Velocity 1.7): renders a string as a template, in the current scope.
      evaluate: (s: unknown): string => (typeof s === 'string' ? this.renderAstList(interpolation(s), this.contextId) : ''),
      stop: (): string => {
        this.runState.stop = true;
        return '';
      },
      eval: (s: unknown, local: unknown): unknown => this.eval(s, local),
    };
  }

  /**
   * One render, the engine's state reset first (what velocityjs's own `render` and constructor set):
   * engines are kept per compiled template, since building one per request cost more than the render.
   */
  renderRoot(root: Record<string, unknown>): string {
    this.silence = true;
    this.macrosStore = {};
    this.context = root;
    this.macros = this.#macros;
    this.local = {};
    this.defines = {};
    this.conditions = [];
    this.contextId = '';
    this.runState = { stop: false, break: false };
    this.overrides.clear();
    return this.renderAstList();
  }

  renderAstList(asts?: AstItem[], contextId?: string): string {
    let str = '';
    asts = asts || this.asts;
    if (contextId) {
      if (contextId !== this.contextId && this.conditions.indexOf(contextId) === -1) this.conditions.unshift(contextId);
      this.contextId = contextId;
    } else {
      this.contextId = '';
    }
    for (const ast of asts) {
      if (this.runState.stop) break;
      if (typeof ast === 'string') {
        str += ast;
        continue;
      }
      if (Array.isArray(ast)) {
        str += this.getBlock(ast);
        if (this.runState.break) break;
        continue;
      }
      switch (ast.type) {
        case 'references': {
          const v = this.getReferences(ast, true);
          str += v === null || v === undefined || v === NOT_FOUND ? '' : javaString(v);
          break;
        }
        case 'set':
          this.setValue(ast);
          break;
        case 'break':
          this.runState.break = true;
          break;
        case 'macro_call':
          str += this.getMacro(ast);
          break;
        case 'comment':
          break;
        case 'raw':
          str += textOf(ast);
          break;
        default:
          // velocityjs's parser puts every other directive (#if, #foreach, #macro, #define) in a block: an array.
          break;
      }
      if (this.runState.break) break;
    }
    if (str.length > MAX_OUTPUT_CHARS) throw new TemplateError('Mapping template output exceeds the 10 MB payload limit');
    return str;
  }

  getLiteral(literal: Ast): unknown {
    switch (literal.type) {
      case 'string': {
        const text = textOf(literal);
        return literal.isEval && (text.includes('#') || text.includes('$')) ? this.renderAstList(interpolation(text), this.contextId) : text;
      }
      case 'integer':
        return parseInt(textOf(literal), 10);
      case 'decimal':
        return new JDouble(Number(literal.value));
      case 'bool':
        return literal.value === 'true' ? true : literal.value === 'false' ? false : null;
      case 'map': {
        const m = new Map<string, unknown>();
        const entries = typeof literal.value === 'object' && !Array.isArray(literal.value) ? literal.value : {};
        for (const [k, v] of Object.entries(entries)) m.set(k, this.getLiteral(v));
        return m;
      }
      case 'array': {
        if (!literal.isRange) return (literal.value as Ast[]).map((x) => this.getLiteral(x));
        const [from, to] = (literal.value as unknown[]).map((x) => {
          if (typeof x === 'string') return parseInt(x, 10);
          if (typeof x === 'number') return x;
          const v = this.getReferences(x as Ast);
          return isNumeric(v) ? numberValue(v) : NaN;
        });
        if (!Number.isInteger(from) || !Number.isInteger(to)) return null;
        if (Math.abs(to - from) > 1_000_000) throw new TemplateError('Range too large');
        const out: number[] = [];
        if (from <= to) for (let i = from; i <= to; i++) out.push(i);
        else for (let i = from; i >= to; i--) out.push(i);
        return out;
      }
      case 'math':
        return this.getExpression(literal);
      default:
        return this.getReferences(literal);
    }
  }

  getExpression(ast: Ast): unknown {
    if (ast.type !== 'math') return this.getLiteral(ast);
    const [l, r] = ast.expression as Ast[];
    switch (ast.operator) {
      case '&&':
        return truthy(this.getExpression(l)) && truthy(this.getExpression(r));
      case '||':
        return truthy(this.getExpression(l)) || truthy(this.getExpression(r));
      case 'not':
        return !truthy(this.getExpression(l));
      case 'parenthesis':
        return this.getExpression(l);
      case 'minus': {
        const v = this.getExpression(l);
        if (v instanceof JDouble) return new JDouble(-v.value);
        if (typeof v === 'bigint') return -v;
        return typeof v === 'number' ? -v : null;
      }
      case '==':
        return velocityEquals(this.getExpression(l), this.getExpression(r));
      case '!=':
        return !velocityEquals(this.getExpression(l), this.getExpression(r));
      case '<':
      case '>':
      case '<=':
      case '>=': {
        const a = this.getExpression(l);
        const b = this.getExpression(r);
        if (!isNumeric(a) || !isNumeric(b)) return false;
        const x = numberValue(a);
        const y = numberValue(b);
        return ast.operator === '<' ? x < y : ast.operator === '>' ? x > y : ast.operator === '<=' ? x <= y : x >= y;
      }
      default:
        return velocityMath(ast.operator ?? '', this.getExpression(l), this.getExpression(r));
    }
  }

  getAttributes(property: Ast, baseRef: unknown, ast: Ast): unknown {
    if (baseRef === null || baseRef === undefined || baseRef === NOT_FOUND) return undefined;
    if (property.type === 'method') return this.getPropMethod(property, baseRef, ast);
    if (property.type === 'property') {
      if (isHost(baseRef)) return baseRef.hostProperty(nameOf(property));
      return getJavaProperty(baseRef, nameOf(property));
    }
    return this.getPropIndex(property, baseRef);
  }

  getPropIndex(property: Ast, baseRef: unknown): unknown {
    const idAst = keyOf(property);
    const key = idAst.type === 'references' ? this.getReferences(idAst) : this.getLiteral(idAst);
    if (Array.isArray(baseRef)) {
      if (!isNumeric(key) || typeof key === 'object') return undefined;
      const i = Number(key);
      if (!Number.isInteger(i) || i < 0 || i >= baseRef.length) {
        throw new JavaException(`java.lang.IndexOutOfBoundsException: Index ${i} out of bounds for length ${baseRef.length}`);
      }
      return baseRef[i];
    }
    if (isJavaMap(baseRef)) return mapGet(baseRef, key);
    return undefined;
  }

  getPropMethod(property: Ast, baseRef: unknown, _ast: Ast): unknown {
    const args = property.args ? property.args.map((a) => this.getLiteral(a)) : [];
    const r = isHost(baseRef) ? baseRef.hostMethod(nameOf(property), args) : callJavaMethod(baseRef, nameOf(property), args);
    return r === NO_METHOD || r === NOT_FOUND ? undefined : r;
  }

  setValue(ast: Ast): void {
    const [ref, valueAst] = ast.equal as [Ast, Ast];
    let value = valueAst.type === 'math' ? this.getExpression(valueAst) : this.getLiteral(valueAst);
    if (value === NOT_FOUND) value = undefined;
    // Velocity 1.7: a null right-hand side leaves the left-hand side as it was.
    if (value === null || value === undefined) return;
    let scope = this.getContext(nameOf(ref));
    if (this.contextId && this.contextId.indexOf('macro:') === 0) scope = this.context;
    const path = ref.path ?? [];
    if (path.length === 0) {
      if (ref.id === '__proto__') return;
      scope[nameOf(ref)] = value;
      return;
    }
    let target: unknown = scope[nameOf(ref)];
    for (let i = 0; i < path.length - 1; i++) target = this.getAttributes(path[i], target, ref);
    const last = path[path.length - 1];
    let key: unknown;
    if (last.type === 'property') key = last.id;
    else if (last.type === 'index') key = keyOf(last).type === 'references' ? this.getReferences(keyOf(last)) : this.getLiteral(keyOf(last));
    else return;
    if (target === null || target === undefined) return;
    if (ref.id === 'context' && scope === this.context) this.#checkOverride(path, key, target);
    if (Array.isArray(target)) {
      if (typeof key === 'number' && Number.isInteger(key) && key >= 0 && key < target.length) target[key] = value;
      return;
    }
    if (isJavaMap(target)) mapPut(target, key, value);
    else if (target instanceof MapEntry && key === 'value') target.value = value;
  }

  #checkOverride(path: Ast[], key: unknown, target: unknown): void {
    const names = path.slice(0, -1).map((p) => (p.type === 'property' ? String(p.id) : '?'));
    if (!OVERRIDE_ROOTS.has(names[0])) return;
    const name = [...names, String(key)].join('.');
    if (this.overrides.has(name)) {
      throw new TemplateError(`$context.${name} is overridden more than once`);
    }
    this.overrides.set(name, { target, key });
  }

  getBlockIf(block: Ast[]): string {
    let received = false;
    const asts: Ast[] = [];
    for (const ast of block) {
      const hasCondition = ast.type === 'if' || ast.type === 'elseif';
      if (!(hasCondition || ast.type === 'else')) {
        if (received) asts.push(ast);
        continue;
      }
      if (received) break;
      received = hasCondition ? truthy(this.getExpression(ast.condition as Ast)) : true;
    }
    return this.renderAstList(asts, this.contextId);
  }

  getBlockEach(block: Ast[]): string {
    const head = block[0];
    const from = head.from ? this.getLiteral({ ...head.from, pos: head.pos }) : undefined;
    const body = block.slice(1);
    const name = head.to as string;
    let items: unknown[];
    if (Array.isArray(from)) items = from;
    else if (isJavaMap(from)) items = from instanceof Map ? [...from.values()] : Object.values(from);
    else return '';
    const local: Record<string, unknown> = { foreach: {}, velocityCount: 0 };
    const contextId = `foreach:${++foreachIds}`;
    let ret = '';
    const len = items.length;
    for (let i = 0; i < len; i++) {
      if (i >= MAX_FOREACH_ITERATIONS) {
        throw new TemplateError(`#foreach exceeded ${MAX_FOREACH_ITERATIONS} iterations`);
      }
      local[name] = items[i];
      local.foreach = { count: i + 1, index: i, hasNext: i + 1 < len, first: i === 0, last: i + 1 === len };
      local.velocityCount = i + 1;
      this.local[contextId] = local;
      ret += this.renderAstList(body, contextId);
      if (this.runState.break || this.runState.stop) break;
    }
    this.runState.break = false;
    this.local[contextId] = {};
    const at = this.conditions.indexOf(contextId);
    if (at >= 0) this.conditions.splice(at, 1);
    this.contextId = this.conditions[0] || '';
    return ret;
  }
}

let foreachIds = 0;

const stringAsts = new Map<string, Ast[]>();
/** A double-quoted string literal's references and directives, parsed once. */
function interpolation(value: string): Ast[] {
  let asts = stringAsts.get(value);
  if (!asts) {
    asts = velocity.parse(value);
    if (stringAsts.size > 10_000) stringAsts.clear();
    stringAsts.set(value, asts);
  }
  return asts;
}

/**
 * Override values leave the template as what Java hands the gateway: header, path and query string
 * values as Strings (a list stays a list of Strings), the status as a number.
 */
function normalizeOverride(name: string, target: unknown, key: unknown): void {
  if (!isJavaMap(target)) return;
  const v = mapGet(target, key);
  if (v === undefined || v === null) return;
  let out: unknown;
  if (name === 'responseOverride.status') out = isNumeric(v) ? numberValue(v) : javaString(v);
  else if (Array.isArray(v)) out = v.map((x) => javaString(x));
  else out = javaString(v);
  mapPut(target, key, out);
}

/** Velocity's arithmetic: integers stay integers (Java int/long division), a Double makes a Double. */
function velocityMath(op: string, a: unknown, b: unknown): unknown {
  if (op === '+' && (typeof a === 'string' || typeof b === 'string')) {
    if (a === null || a === undefined || b === null || b === undefined) return null;
    return javaString(a) + javaString(b);
  }
  if (!isNumeric(a) || !isNumeric(b)) return null;
  const double =
    a instanceof JDouble || b instanceof JDouble || (typeof a === 'number' && !Number.isInteger(a)) || (typeof b === 'number' && !Number.isInteger(b));
  const x = numberValue(a);
  const y = numberValue(b);
  if (double) {
    switch (op) {
      case '+':
        return new JDouble(x + y);
      case '-':
        return new JDouble(x - y);
      case '*':
        return new JDouble(x * y);
      case '/':
        return y === 0 ? null : new JDouble(x / y);
      case '%':
        return y === 0 ? null : new JDouble(x % y);
      default:
        return null;
    }
  }
  if (typeof a === 'bigint' || typeof b === 'bigint') {
    const p = BigInt(a);
    const q = BigInt(b);
    switch (op) {
      case '+':
        return p + q;
      case '-':
        return p - q;
      case '*':
        return p * q;
      case '/':
        return q === 0n ? null : p / q;
      case '%':
        return q === 0n ? null : p % q;
      default:
        return null;
    }
  }
  let r: number;
  switch (op) {
    case '+':
      r = x + y;
      break;
    case '-':
      r = x - y;
      break;
    case '*':
      r = x * y;
      break;
    case '/':
      if (y === 0) return null;
      r = Math.trunc(x / y);
      break;
    case '%':
      if (y === 0) return null;
      r = x % y;
      break;
    default:
      return null;
  }
  return Number.isSafeInteger(r) ? r : (bigMath(op, BigInt(x), BigInt(y)) ?? r);
}

function bigMath(op: string, p: bigint, q: bigint): bigint | null {
  switch (op) {
    case '+':
      return p + q;
    case '-':
      return p - q;
    case '*':
      return p * q;
    default:
      return null;
  }
}

/**
 * `==` in a template: a null (an unset reference, a path matching nothing) equals null and the empty
 * string, and nothing else (rec: test_apigateway_common.py::TestApiGatewayCommon::test_input_path_template_formatting
 * [empty-body], [nested-null-list]: `$result == $null` and `$result == ""` both true for a null
 * `$input.path`; [nested-empty-list]: an empty list equals neither); otherwise Java's equality by value
 * or toString() (java.ts javaEquals).
 */
function velocityEquals(a: unknown, b: unknown): boolean {
  const aNull = a === null || a === undefined || a === NOT_FOUND;
  const bNull = b === null || b === undefined || b === NOT_FOUND;
  if (aNull) return bNull || b === '';
  if (bNull) return a === '';
  return javaEquals(a, b);
}

export class CompiledTemplate {
  readonly #asts: unknown;
  /** The output of a template without references or directives: itself, once whitespace rules ran. */
  readonly #text: string | undefined;
  #engine: Engine | undefined;

  constructor(source: string) {
    if (Buffer.byteLength(source) > MAX_TEMPLATE_BYTES) throw new TemplateError('Mapping template exceeds 300 KB');
    try {
      // velocityjs knows #stop only as the macro call `#stop()`; Velocity writes it `#stop`.
      this.#asts = velocity.parse(source.replace(/#\{stop\}|#stop(?![A-Za-z0-9_(-])/g, '#stop()'));
    } catch (e) {
      throw new TemplateError(`Invalid mapping template: ${(e as Error).message}`);
    }
    const asts = this.#asts as unknown[];
    this.#text = Array.isArray(asts) && asts.every((a) => typeof a === 'string') ? asts.join('') : undefined;
  }

  /**
   * Renders on the template's engine (a fresh one if that is busy). `env.context` is used as is:
   * `#set($context.requestOverride.header.x = …)` and `#set($context.responseOverride.status = …)`
   * write into the caller's object. A template of plain text renders to itself without an engine.
   */
  render(env: TemplateEnv): string {
    if (this.#text !== undefined) return this.#text;
    let engine = (this.#engine ??= new Engine(this.#asts));
    if (engine.busy) engine = new Engine(this.#asts);
    const given = env.context;
    let context: unknown;
    const root: Record<string, unknown> = {
      input: new InputVariable(env.input),
      util: UTIL,
      // An own accessor (velocityjs reads own properties): `$context` is a map of ~20 entries, built per
      // request, which a template that reads only `$input` never needs.
      get context(): unknown {
        return (context ??= typeof given === 'function' ? given() : given);
      },
      set context(v: unknown) {
        context = v;
      },
      stageVariables: env.stageVariables,
    };
    engine.busy = true;
    try {
      const out = engine.renderRoot(root);
      for (const [name, { target, key }] of engine.overrides) normalizeOverride(name, target, key);
      return out;
    } catch (e) {
      if (e instanceof TemplateError) throw e;
      throw new TemplateError(`Mapping template failed: ${(e as Error).message}`, { cause: e });
    } finally {
      engine.busy = false;
      engine.context = {}; // the request's objects are not kept alive by the engine
    }
  }
}

/** `$util` holds no state: one for every render. */
const UTIL = new UtilVariable();

export function compileTemplate(source: string): CompiledTemplate {
  return new CompiledTemplate(source);
}
