/**
 * `npm start` (package.json's script, scripts/start.sh) in a copy of the checkout: with a build newer than
 * src/ it starts the server without building; with a file of src/ newer than the build it builds first;
 * and the process npm started is the server itself, so SIGTERM or SIGINT to `npm start` stops the server and
 * leaves no node process behind.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, describe, it } from 'node:test';
import { freePort } from '../helpers/process.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url)); // dist/test/e2e → the repository
const built = fileURLToPath(new URL('../../src/', import.meta.url)); // this build's dist/src
const copy = mkdtempSync(join(tmpdir(), 'tollgate-npm-start-'));
const started: ChildProcess[] = [];
after(() => {
  for (const c of started) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  rmSync(copy, { recursive: true, force: true });
});

for (const f of ['package.json', 'tsconfig.json', 'scripts/start.sh']) cpSync(join(repo, f), join(copy, f));
cpSync(join(repo, 'src'), join(copy, 'src'), { recursive: true });
cpSync(built, join(copy, 'dist/src'), { recursive: true });
symlinkSync(realpathSync(join(repo, 'node_modules')), join(copy, 'node_modules'));
mkdirSync(join(copy, 'dist'), { recursive: true });
writeFileSync(join(copy, 'dist/.start-built'), '');
const later = Date.now() / 1000 + 60;
utimesSync(join(copy, 'dist/.start-built'), later, later); // the build is newer than every file of src/

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** `npm start -- --port P --memory --tls-port off` in the copy, once the server answers /_tollgate/health. */
async function npmStart(): Promise<{ npm: ChildProcess; server: number; output: () => string; exit: Promise<number | null> }> {
  const port = await freePort();
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('TOLLGATE_')));
  const npm = spawn('npm', ['start', '--', '--port', String(port), '--memory', '--tls-port', 'off', '--log-level', 'warn'], {
    cwd: copy,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(npm);
  let out = '';
  npm.stdout.on('data', (d: Buffer) => (out += d.toString()));
  npm.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const exit = new Promise<number | null>((resolve) => npm.once('exit', (code) => resolve(code)));
  for (let i = 0; ; i++) {
    assert.ok(i < 1800 && npm.exitCode === null, `npm start did not serve within 180 s:\n${out}`); // a build included
    const ok = await fetch(`http://127.0.0.1:${port}/_tollgate/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  // npm's child: the shell of its script exec'd scripts/start.sh, which exec'd node.
  const children = readFileSync(`/proc/${npm.pid}/task/${npm.pid}/children`, 'utf8').trim().split(/\s+/).map(Number);
  assert.equal(children.length, 1, `npm has one child: ${children.join(' ')}`);
  const server = children[0];
  assert.match(readFileSync(`/proc/${server}/cmdline`, 'utf8').replace(/\0/g, ' '), /^\S*node\S* dist\/src\/main\.js serve --port/);
  return { npm, server, output: () => out, exit };
}

async function stopped(pid: number): Promise<boolean> {
  for (let i = 0; i < 100 && alive(pid); i++) await new Promise((r) => setTimeout(r, 100));
  return !alive(pid);
}

describe('npm start', () => {
  it('with a build newer than src/: serves without building; SIGTERM to npm stops the server', async () => {
    const { npm, server, output, exit } = await npmStart();
    assert.doesNotMatch(output(), /building/);
    npm.kill('SIGTERM');
    assert.equal(await exit, 0, output());
    assert.ok(await stopped(server), `the server (pid ${server}) outlived npm start`);
  });

  it('with a file of src/ newer than the build: builds, then serves; SIGINT to npm stops the server', async () => {
    const newer = Date.now() / 1000 + 120;
    utimesSync(join(copy, 'src/shared/version.ts'), newer, newer);
    const { npm, server, output, exit } = await npmStart();
    assert.match(output(), /tollgate: building \(src\/ changed since the last build\)/);
    npm.kill('SIGINT');
    assert.equal(await exit, 0, output());
    assert.ok(await stopped(server), `the server (pid ${server}) outlived npm start`);
  });
});
