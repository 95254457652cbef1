/**
 * Lambda's module format for a function's `.js` files. In Lambda the code is the root of its own file system
 * tree (/var/task, no package.json above it), so a `.js` file is CommonJS unless a package.json inside the code
 * (the nearest to the file: the code root's, for most functions) says `"type": "module"`
 * (https://docs.aws.amazon.com/lambda/latest/dg/nodejs-handler.html, "Designating a function handler as an ES
 * module"). Here the code can sit inside a project whose own package.json says `"type": "module"` (a hot-reload
 * directory in that project, or zips unpacked under its ./.tollgate), and Node, which looks past the code root,
 * would read every such file as an ES module: `exports.handler = …` fails (issue 18).
 *
 * Such files are compiled as CommonJS here: the handler's module, and everything it `require`s (Node's
 * `require.extensions['.js']`, deprecated in its documentation but the only hook `require` has in Node 20:
 * `module.register` hooks see `import` only). Node's own loader keeps every other file, and every file whose
 * format Node and Lambda agree on. Not covered: an ES module of the code importing such a `.js` file (ESM's
 * loader decides that format without a hook).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, relative, isAbsolute } from 'node:path';
import { compileFunction, constants } from 'node:vm';

/** The package.json Node would read for files of `dir` (its package scope), or undefined (none: CommonJS). */
function packageScope(dir: string): string | undefined {
  for (let d = dir; ; d = dirname(d)) {
    // Node's scope lookup ends at a node_modules folder (modules/package_json_reader.js, getPackageScopeConfig).
    if (basename(d) === 'node_modules') return undefined;
    const file = join(d, 'package.json');
    if (existsSync(file)) return file;
    if (dirname(d) === d) return undefined;
  }
}

const inside = (root: string, path: string): boolean => {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

function typeOf(packageJson: string): unknown {
  try {
    return (JSON.parse(readFileSync(packageJson, 'utf8')) as { type?: unknown }).type;
  } catch {
    return undefined;
  }
}

/** True when Node reads the root's `.js` files as ES modules by a package.json above the root (which Lambda has not). */
function rootInModuleScope(root: string): boolean {
  const scope = packageScope(root);
  return scope !== undefined && !inside(root, dirname(scope)) && typeOf(scope) === 'module';
}

/**
 * True when `file` is a `.js` file of the code under `root` that Lambda loads as CommonJS and Node would load as
 * an ES module: no package.json between it and the root, and the one Node finds above the root says "module".
 */
export function isCommonJsOutsideItsScope(file: string, root: string): boolean {
  if (!file.endsWith('.js') || !inside(root, file)) return false;
  const scope = packageScope(dirname(file));
  return scope !== undefined && !inside(root, dirname(scope)) && typeOf(scope) === 'module';
}

const nodeRequire = createRequire(import.meta.url);
const roots = new Set<string>();

/**
 * From now on, `require` compiles the `.js` files of the code under `root` that Lambda reads as CommonJS as
 * CommonJS, whatever the package.json above the root says (CommonJS's wrapper: exports, require, module,
 * __filename, __dirname; https://nodejs.org/api/modules.html#the-module-wrapper).
 */
export function loadCommonJsAsLambdaDoes(root: string): void {
  if (roots.has(root) || !rootInModuleScope(root)) return;
  if (roots.size === 0) {
    const extensions = nodeRequire.extensions;
    const nodeJs = extensions['.js'];
    extensions['.js'] = (module: NodeJS.Module, filename: string): unknown => {
      if (![...roots].some((r) => isCommonJsOutsideItsScope(filename, r))) return nodeJs(module, filename);
      const source = readFileSync(filename, 'utf8')
        .replace(/^\uFEFF/, '')
        .replace(/^#!.*/, '');
      const wrapper = compileFunction(source, ['exports', 'require', 'module', '__filename', '__dirname'], {
        filename,
        importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
      });
      return wrapper.call(module.exports, module.exports, createRequire(filename), module, filename, dirname(filename));
    };
  }
  roots.add(root);
}

/** The exports of a handler module Lambda reads as CommonJS (`isCommonJsOutsideItsScope`), through the hook above. */
export function requireAsCommonJs(file: string, root: string): unknown {
  loadCommonJsAsLambdaDoes(root);
  return createRequire(file)(file);
}
