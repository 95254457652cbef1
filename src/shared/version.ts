/** Tollgate's version, from its package.json (dist/src/shared/ → the package root, in a checkout and in an installed package alike). */
import { readFileSync } from 'node:fs';

export const VERSION: string = (JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
