/**
 * Compares transformServerless (src/stacks/sam/) with AWS's SAM translator on its own fixture pairs: for each
 * tests/translator/input/NAME.yaml of a checkout of https://github.com/aws/serverless-application-model, the
 * resources of tests/translator/output/NAME.json (the aws partition) against ours: logical ids, types and every
 * property, deployment hashes set aside (see src/stacks/sam/api.ts). Prints OK / XX per pair and the count.
 *
 * Usage: npm run build && node dist/scripts/sam-translator-compare.js /path/to/serverless-application-model [NAME-PREFIX...]
 * (error_* fixtures are skipped: they expect a refusal, not resources).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformServerless } from '../src/stacks/sam/transform.js';
import { parseTemplate } from '../src/stacks/sources/parse-template.js';

const [root, ...prefixes] = process.argv.slice(2);
if (!root) {
  console.error('usage: sam-translator-compare.js SAM_CHECKOUT [NAME-PREFIX...]');
  process.exit(2);
}
const input = join(root, 'tests/translator/input');
const output = join(root, 'tests/translator/output');

/** JSON with sorted keys and deployment hashes reduced to their form. */
const canon = (v: unknown): string =>
  JSON.stringify(v, (_k, x: unknown) =>
    x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : 1))) : x,
  )
    .replace(/Deployment[0-9a-f]{10}/g, 'Deployment*')
    .replace(/RestApi deployment id: [0-9a-f]{40}/g, 'RestApi deployment id: *');
const byId = (resources: Record<string, unknown>): Map<string, string> =>
  new Map(Object.entries(resources).map(([id, r]) => [id.replace(/Deployment[0-9a-f]{10}$/, 'Deployment*'), canon(r)]));

let ok = 0;
let total = 0;
for (const file of readdirSync(input).sort()) {
  const name = file.replace(/\.yaml$/, '');
  if (!file.endsWith('.yaml') || name.startsWith('error_') || (prefixes.length > 0 && !prefixes.some((p) => name.startsWith(p)))) continue;
  let expected: Map<string, string>;
  try {
    expected = byId((JSON.parse(readFileSync(join(output, `${name}.json`), 'utf8')) as { Resources: Record<string, unknown> }).Resources);
  } catch {
    continue;
  }
  total++;
  try {
    const template = parseTemplate(readFileSync(join(input, file), 'utf8'), file);
    template.Transform = 'AWS::Serverless-2016-10-31';
    const got = byId(transformServerless(template, { region: 'us-east-1', accountId: '123456789012', stackName: 'sam-app', partition: 'aws' }).Resources);
    const missing = [...expected.keys()].filter((k) => !got.has(k));
    const extra = [...got.keys()].filter((k) => !expected.has(k));
    const differ = [...expected.keys()].filter((k) => got.has(k) && got.get(k) !== expected.get(k));
    const same = missing.length + extra.length + differ.length === 0;
    if (same) ok++;
    console.log(`${same ? 'OK' : 'XX'} ${name}${same ? '' : `: missing [${missing.join(', ')}] extra [${extra.join(', ')}] differ [${differ.join(', ')}]`}`);
  } catch (e) {
    console.log(`!! ${name}: ${(e as Error).message}`);
  }
}
console.log(`${ok}/${total} pairs give AWS's resources`);
