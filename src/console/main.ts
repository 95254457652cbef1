/**
 * The web console's entry point (README "Web console"): reads the server's settings from index.html's
 * meta tags, signs in when the server asks for it, and shows the view the location's hash names
 * (`#/apis/{id}`, `#/keys`, `#/live`, …) so that every view has a URL, back and forward work, and links
 * are real links for the keyboard and screen readers.
 */
import { ApiError, Management } from './api.js';
import type { Ctx, Settings } from './context.js';
import { fill, h } from './dom.js';
import { isAuthFailure, signInForm, signOut, stored } from './session.js';
import { resolve, SECTIONS } from './routes.js';

const meta = (name: string): string => document.querySelector(`meta[name="${name}"]`)?.getAttribute('content') ?? '';

const settings: Settings = {
  region: meta('tollgate-region') || 'us-east-1',
  signIn: meta('tollgate-sign-in') === 'true',
  dataPlaneHere: meta('tollgate-data-plane-here') === 'true',
};

const main = document.getElementById('main')!;
const nav = document.getElementById('nav')!;
const sessionBox = document.getElementById('session')!;
let api: Management | undefined;
let leaving: AbortController | undefined;
/** A first load keeps the focus at the top of the page (the skip link first); a navigation moves it to the new view. */
let navigated = false;

function showSignIn(): void {
  api = undefined;
  fill(nav);
  fill(sessionBox);
  fill(
    main,
    signInForm(settings, (signedIn) => {
      api = signedIn;
      navigated = true;
      void render();
    }),
  );
  main.querySelector('input')?.focus();
}

function header(hash: string): void {
  fill(nav, h('ul', {}, ...SECTIONS.map(([href, text]) => h('li', {}, h('a', { href, 'aria-current': hash.startsWith(href) ? 'page' : undefined }, text)))));
  const who = settings.signIn && api?.credentials ? `Signed in as ${api.credentials.accessKeyId}` : 'Local session (no credentials configured)';
  const out = settings.signIn ? h('button', { type: 'button', class: 'link', onclick: () => (signOut(), showSignIn()) }, 'Sign out') : null;
  fill(sessionBox, h('span', {}, `${who} · ${api?.region ?? settings.region}`), out);
}

function failure(e: unknown): HTMLElement {
  const text = e instanceof ApiError ? `${e.type} (${e.status}): ${e.message}` : e instanceof Error ? e.message : String(e);
  return h('div', { class: 'error', role: 'alert' }, h('h1', {}, 'Could not load this view'), h('p', {}, text));
}

async function render(): Promise<void> {
  if (!api) return showSignIn();
  leaving?.abort();
  leaving = new AbortController();
  const hash = location.hash.startsWith('#/') ? location.hash : '#/apis';
  header(hash);
  const ctx: Ctx = { api, settings, signal: leaving.signal };
  main.setAttribute('aria-busy', 'true');
  fill(main, h('p', { class: 'loading' }, 'Loading…'));
  try {
    const view = await resolve(hash, ctx);
    if (ctx.signal.aborted) return;
    fill(main, view);
  } catch (e) {
    if (ctx.signal.aborted) return;
    if (isAuthFailure(e) && settings.signIn) return (signOut(), showSignIn());
    fill(main, failure(e));
  } finally {
    main.removeAttribute('aria-busy');
  }
  // Focus the new view's heading so a screen reader announces it and Tab starts from it.
  const title = main.querySelector('h1');
  if (title && navigated) {
    title.setAttribute('tabindex', '-1');
    title.focus({ preventScroll: false });
  }
}

window.addEventListener('hashchange', () => {
  navigated = true;
  if (location.hash.startsWith('#/')) void render();
});
const credentials = stored();
if (!settings.signIn || credentials) api = new Management(settings.region, settings.signIn ? credentials : undefined);
void render();
