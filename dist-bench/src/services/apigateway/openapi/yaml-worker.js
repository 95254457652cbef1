/**
 * Parses one large YAML document off the main thread (parse.ts parseYamlInWorker) and answers it as
 * JSON text, which the main thread reads back with the fast JSON parser.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { parse } from 'yaml';
import { YAML_OPTIONS } from './parse.js';
try {
    parentPort.postMessage({ json: JSON.stringify(parse(workerData, YAML_OPTIONS) ?? null) });
}
catch {
    parentPort.postMessage({ error: true });
}
//# sourceMappingURL=yaml-worker.js.map