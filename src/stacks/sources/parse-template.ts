/**
 * parseTemplate(text, fileName): a CloudFormation template's text → its JSON form.
 *
 * CloudFormation "first checks if the template is valid JSON. If it isn't, CloudFormation checks if the
 * template is valid YAML" (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-validate-template.html);
 * so does this. YAML short forms become their long JSON form (short-form-tags.ts), so what comes out is the
 * template a JSON author would have written. Then the checks that make text a template at all (errors.ts):
 * a mapping, with at least one resource, each an object, and no top-level section CloudFormation does not know.
 * What a resource's properties hold is checked by the stack engine, which knows the types.
 */
import { parseDocument } from 'yaml';
import type { Template } from '../template.js';
import { templateErrors } from './errors.js';
import { SHORT_FORM_TAGS } from './short-form-tags.js';

/**
 * The template sections: https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/template-anatomy.html
 * (Globals is SAM's, removed by its transform:
 * https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-specification-template-anatomy-globals.html).
 */
const SECTIONS = new Set([
  'AWSTemplateFormatVersion',
  'Description',
  'Metadata',
  'Parameters',
  'Rules',
  'Mappings',
  'Conditions',
  'Transform',
  'Resources',
  'Outputs',
  'Hooks',
  'Globals',
]);

/** Merge keys and a cap on aliases ("billion laughs"), as the OpenAPI importer reads YAML; the core schema keeps `2010-09-09` a string. */
const YAML_OPTIONS = { maxAliasCount: 1000, uniqueKeys: false, merge: true, customTags: SHORT_FORM_TAGS } as const;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** 1-based line and column of a character offset. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}

/** Where V8's JSON.parse stopped: its message names the offset ("… at position 12"), or the text ended. */
function jsonErrorOffset(text: string, error: unknown): number {
  const m = error instanceof Error ? /position (\d+)/.exec(error.message) : null;
  return m ? Number(m[1]) : text.length;
}

function parseText(text: string, fileName: string): unknown {
  let jsonError: unknown;
  try {
    return JSON.parse(text);
  } catch (e) {
    jsonError = e;
  }
  const doc = parseDocument(text, YAML_OPTIONS);
  if (doc.errors.length === 0) return doc.toJS({ maxAliasCount: YAML_OPTIONS.maxAliasCount });
  // Neither: a text that starts like JSON is reported as bad JSON, anything else as bad YAML.
  if (text.trimStart().startsWith('{')) {
    const at = lineColumn(text, jsonErrorOffset(text, jsonError));
    throw templateErrors.jsonNotWellFormed(at.line, at.column, fileName);
  }
  const pos = doc.errors[0].linePos?.[0];
  throw templateErrors.yamlNotWellFormed(pos?.line ?? 1, pos?.col ?? 1, fileName);
}

/** Parses and checks a template; throws TemplateError (errors.ts) with CloudFormation's text. */
export function parseTemplate(text: string, fileName: string): Template {
  let value: unknown;
  try {
    value = parseText(text, fileName);
  } catch (e) {
    if (e instanceof Error && e.name === 'TemplateError') throw e;
    // The YAML reader's own limits (too many aliases) make the text unreadable, not Tollgate broken.
    throw templateErrors.yamlNotWellFormed(1, 1, fileName);
  }
  if (!isObject(value)) throw templateErrors.unsupportedStructure(fileName);
  const unknown = Object.keys(value).filter((k) => !SECTIONS.has(k));
  if (unknown.length > 0) throw templateErrors.invalidProperties(unknown, fileName);
  const resources = value.Resources;
  if (!isObject(resources) || Object.keys(resources).length === 0) throw templateErrors.noResources(fileName);
  if (!Object.values(resources).every(isObject)) throw templateErrors.resourceNotObject(fileName);
  // Checked above as far as a Template's type goes (an object of known sections, Resources an object of objects);
  // the parsed JSON/YAML has no static type to narrow from.
  return value as unknown as Template;
}
