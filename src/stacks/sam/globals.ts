/**
 * SAM's Globals: each section's properties merged into every resource of its type before translation. The rules
 * (https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-specification-template-anatomy-globals.html,
 * "Overridable properties"): a primitive (or an intrinsic function) of the resource wins; maps are merged key by
 * key, recursively; lists are the global entries followed by the resource's.
 */
type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isIntrinsic = (v: unknown): boolean =>
  isObject(v) && Object.keys(v).length === 1 && (Object.keys(v)[0] === 'Ref' || Object.keys(v)[0].startsWith('Fn::'));

/** The Globals section of each resource type. */
export const GLOBALS_SECTION: Record<string, string> = {
  'AWS::Serverless::Function': 'Function',
  'AWS::Serverless::Api': 'Api',
  'AWS::Serverless::LayerVersion': 'LayerVersion',
  'AWS::Serverless::HttpApi': 'HttpApi',
  'AWS::Serverless::SimpleTable': 'SimpleTable',
  'AWS::Serverless::StateMachine': 'StateMachine',
};

type Kind = 'primitive' | 'map' | 'list';
const kind = (v: unknown): Kind => (Array.isArray(v) ? 'list' : isObject(v) && !isIntrinsic(v) ? 'map' : 'primitive');

export function mergeGlobal(global: unknown, local: unknown): unknown {
  if (local === undefined) return structuredClone(global);
  const g = kind(global);
  if (g !== kind(local) || g === 'primitive') return local;
  if (g === 'list') return [...structuredClone(global as unknown[]), ...(local as unknown[])];
  const out: Json = structuredClone(global as Json);
  for (const [k, v] of Object.entries(local as Json)) out[k] = k in out ? mergeGlobal(out[k], v) : v;
  return out;
}

/** Merges the section's properties into `properties` (in place: the resource's own keys stay where they were). */
export function applyGlobals(properties: Json, section: Json | undefined): Json {
  if (!section) return properties;
  const merged = mergeGlobal(section, properties) as Json;
  return merged;
}
