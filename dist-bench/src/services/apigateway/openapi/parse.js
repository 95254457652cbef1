/**
 * An ImportRestApi / PutRestApi body as an OpenAPI document: JSON or YAML, Swagger 2.0 or
 * OpenAPI 3.0.x (aws-behavior.md A3 "Versions"). Anything else — unparsable text, a scalar, a
 * document of another version (3.1 included) — is AWS's recorded 400 "Invalid OpenAPI input."
 * (peer-localstack F43; for 3.1.0 on REST APIs: aws/serverless-application-model#3449,
 * smithy-lang/smithy#985 "Invalid OpenAPI input." — the "Unable to determine OAS version" text of
 * localstack#13043 is API Gateway v2's). The body is checked before the API id is looked up.
 */
import { Worker } from 'node:worker_threads';
import { parse as parseYaml } from 'yaml';
import { badRequest } from '../errors.js';
/** "API definition file size: 6 MB" (DG:limits; SVC ImportRestApiRequest.body). */
export const MAX_DEFINITION_BYTES = 6 * 1024 * 1024;
export const invalidInput = () => badRequest('Invalid OpenAPI input.');
export const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** `swagger: "2.0"` or `openapi: "3.0.x"` (a YAML `2.0` read as a number counts too). */
export function detectVersion(doc) {
    const swagger = doc.swagger;
    if (swagger === '2.0' || swagger === 2)
        return 'swagger2';
    const openapi = doc.openapi;
    if (typeof openapi === 'string' && /^3\.0(\.\d+)?$/.test(openapi.trim()))
        return 'oas3';
    return undefined;
}
/**
 * YAML 1.2 core schema with `<<` merge keys (as the YAML 1.1 parsers of Java read them); aliases are
 * capped so that a "billion laughs" document cannot blow up memory.
 */
export const YAML_OPTIONS = { maxAliasCount: 1000, uniqueKeys: false, merge: true };
/**
 * YAML larger than this is parsed in a worker thread: the `yaml` package reads about 0.7 MB/s, so a
 * large YAML document would otherwise hold the event loop (and every other request) for seconds.
 */
export const YAML_WORKER_BYTES = 64 * 1024;
function parseYamlInWorker(text) {
    return new Promise((resolve, reject) => {
        const worker = new Worker(new URL('./yaml-worker.js', import.meta.url), {
            workerData: text,
            resourceLimits: { maxOldGenerationSizeMb: 1024 },
        });
        let settled = false;
        const settle = (f) => {
            if (!settled) {
                settled = true;
                f();
            }
        };
        worker.once('message', (m) => {
            settle(() => {
                if (m.error || m.json === undefined) {
                    reject(invalidInput());
                    return;
                }
                try {
                    resolve(JSON.parse(m.json));
                }
                catch {
                    reject(invalidInput());
                }
            });
            void worker.terminate();
        });
        // A crash or a worker that ends without answering (e.g. out of memory) is an unreadable document.
        worker.once('error', () => settle(() => reject(invalidInput())));
        worker.once('exit', () => settle(() => reject(invalidInput())));
    });
}
export async function parseDocument(body) {
    const size = typeof body === 'string' ? Buffer.byteLength(body) : (body?.length ?? 0);
    // Not recorded: AWS's text for a definition over the documented 6 MB.
    if (size > MAX_DEFINITION_BYTES)
        throw badRequest(`API definition file exceeds the maximum size of ${MAX_DEFINITION_BYTES / 1024 / 1024} MB`);
    const raw = typeof body === 'string' ? body : Buffer.isBuffer(body) ? body.toString('utf8') : Buffer.from(body ?? []).toString('utf8');
    const text = raw.replace(/^\uFEFF/, '');
    if (!text.trim())
        throw invalidInput();
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        if (size > YAML_WORKER_BYTES)
            parsed = await parseYamlInWorker(text);
        else {
            try {
                parsed = parseYaml(text, YAML_OPTIONS);
            }
            catch {
                throw invalidInput();
            }
        }
    }
    if (!isObject(parsed))
        throw invalidInput();
    const version = detectVersion(parsed);
    if (!version)
        throw invalidInput();
    return { doc: parsed, version };
}
/** Decodes one JSON-pointer token (`~1` → `/`, `~0` → `~`, percent-escapes). */
export function unescapeToken(t) {
    let s = t;
    try {
        s = decodeURIComponent(t);
    }
    catch {
        /* keep as is */
    }
    return s.replace(/~1/g, '/').replace(/~0/g, '~');
}
/** The value a local reference (`#/components/schemas/Pet`) points at, or undefined. */
export function resolvePointer(doc, ref) {
    if (!ref.startsWith('#'))
        return undefined;
    let cur = doc;
    for (const part of ref
        .slice(1)
        .split('/')
        .filter((p, i) => i > 0 || p !== '')) {
        const key = unescapeToken(part);
        if (isObject(cur))
            cur = cur[key];
        else if (Array.isArray(cur))
            cur = cur[Number(key)];
        else
            return undefined;
        if (cur === undefined)
            return undefined;
    }
    return cur;
}
/**
 * Follows `$ref`s of a non-schema object (parameter, response, request body, path item, header)
 * until a concrete object; undefined when a reference does not resolve or loops.
 */
export function deref(doc, v) {
    let cur = v;
    const seen = new Set();
    while (isObject(cur) && typeof cur.$ref === 'string') {
        if (seen.has(cur.$ref) || seen.size > 32)
            return undefined;
        seen.add(cur.$ref);
        cur = resolvePointer(doc, cur.$ref);
    }
    return isObject(cur) ? cur : undefined;
}
//# sourceMappingURL=parse.js.map