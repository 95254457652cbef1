/**
 * Signing in (README "Web console"). When the server has credentials configured the page asks for an
 * access key id and secret, checks them with one signed call (GetRestApis, limit 1), and keeps them in
 * sessionStorage: they live as long as the tab and are never sent anywhere but as SigV4 signatures.
 * Without credentials (a loopback listener for local use) the page signs nothing, as the CLI need not.
 */
import { ApiError, Management, type Credentials } from './api.js';
import type { Settings } from './context.js';
import { h } from './dom.js';

const KEY = 'tollgate-console-credentials';

export function stored(): Credentials | undefined {
  try {
    const c = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as Credentials | null;
    return c?.accessKeyId && c.secretAccessKey ? c : undefined;
  } catch {
    return undefined;
  }
}

export function signOut(): void {
  sessionStorage.removeItem(KEY);
}

/** Whether an error means the signature or the key was refused (then the user signs in again). */
export function isAuthFailure(e: unknown): boolean {
  return e instanceof ApiError && e.status === 403 && /Signature|Token|Client|Authentication/.test(e.type);
}

function field(id: string, label: string, attrs: Record<string, string>): HTMLElement {
  return h('div', { class: 'field' }, h('label', { for: id }, label), h('input', { id, name: id, required: true, ...attrs }));
}

/** The sign-in form; `done` is called with a client whose credentials the server accepted. */
export function signInForm(settings: Settings, done: (api: Management) => void): HTMLElement {
  const error = h('p', { class: 'error', role: 'alert', hidden: true });
  const submit = h('button', { type: 'submit' }, 'Sign in');
  const form = h(
    'form',
    { class: 'signin', 'aria-labelledby': 'signin-title' },
    h('h1', { id: 'signin-title' }, 'Sign in to Tollgate'),
    h('p', {}, 'This server verifies management calls with SigV4. Enter one of its configured access keys; the page signs each call with it.'),
    field('access-key-id', 'Access key ID', { autocomplete: 'username', spellcheck: 'false' }),
    field('secret-access-key', 'Secret access key', { type: 'password', autocomplete: 'current-password' }),
    field('region', 'Region', { value: settings.region, spellcheck: 'false' }),
    error,
    submit,
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const data = new FormData(form);
    const credentials = { accessKeyId: String(data.get('access-key-id')).trim(), secretAccessKey: String(data.get('secret-access-key')) };
    const api = new Management(String(data.get('region')).trim() || settings.region, credentials);
    submit.disabled = true;
    api
      .get('/restapis', { limit: '1' })
      .then(() => {
        sessionStorage.setItem(KEY, JSON.stringify(credentials));
        done(api);
      })
      .catch((err: unknown) => {
        error.hidden = false;
        error.textContent = err instanceof ApiError ? `${err.type}: ${err.message}` : String(err);
        submit.disabled = false;
      });
  });
  return form;
}
