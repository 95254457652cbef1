/**
 * Local paths of a template written by hand (CloudFormation or SAM) made absolute, in the forms the stack
 * engine and the SAM transform read: code becomes the hot-reload convention (`LOCAL_CODE_BUCKET` and an
 * absolute path, src/stacks/template.ts), an OpenAPI document given by file is read and inlined. These are the
 * properties `sam deploy` / `aws cloudformation package` upload from the local disk:
 * https://docs.aws.amazon.com/cli/latest/reference/cloudformation/package.html
 * (AWS::Serverless::Function CodeUri, AWS::Serverless::LayerVersion ContentUri, AWS::Serverless::Api
 * DefinitionUri, AWS::Lambda::Function Code, AWS::Lambda::LayerVersion Content, AWS::ApiGateway::RestApi
 * BodyS3Location), each "relative to the template's location" as the same page says.
 */
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { LOCAL_CODE_BUCKET, type Template } from '../template.js';
import { templateErrors } from './errors.js';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A string that names a place on this machine, not an S3 object or a URL. */
const isLocal = (v: unknown): v is string => typeof v === 'string' && v !== '' && !/^[a-z][a-z0-9+.-]*:\/\//i.test(v);

/** Collects every file and directory the template depends on, for --watch. */
export class LocalFiles {
  readonly files = new Set<string>();
  constructor(readonly baseDir: string) {}

  /** The absolute path of `path` (relative to the template), which must exist. */
  path(path: string, resource: string, property: string): string {
    const abs = isAbsolute(path) ? path : resolve(this.baseDir, path);
    if (!existsSync(abs)) throw templateErrors.project(`Resource ${resource}: ${property} ${path} does not exist (looked for ${abs})`);
    this.files.add(abs);
    return abs;
  }

  /** An OpenAPI (or any JSON/YAML) document read from disk; intrinsics inside it are left as written. */
  document(path: string, resource: string, property: string): unknown {
    const abs = this.path(path, resource, property);
    const text = readFileSync(abs, 'utf8');
    try {
      return JSON.parse(text);
    } catch {
      try {
        return parseYaml(text, { maxAliasCount: 1000, merge: true });
      } catch {
        throw templateErrors.project(`Resource ${resource}: ${property} ${path} is neither JSON nor YAML`, abs);
      }
    }
  }
}

/** `{ S3Bucket: LOCAL_CODE_BUCKET, S3Key: abs }`, the code form the Lambda service runs from disk. */
export const localCode = (abs: string): Json => ({ S3Bucket: LOCAL_CODE_BUCKET, S3Key: abs });

/** `{ Bucket: LOCAL_CODE_BUCKET, Key: abs }`: the SAM form of the same (CodeUri / ContentUri objects), turned into Code by the transform. */
export const localSamCode = (abs: string): Json => ({ Bucket: LOCAL_CODE_BUCKET, Key: abs });

function samFunction(id: string, p: Json, files: LocalFiles, defaultCodeUri: unknown): void {
  if (p.InlineCode !== undefined || p.ImageUri !== undefined || p.PackageType === 'Image') return;
  const uri = p.CodeUri ?? defaultCodeUri;
  // `sam build` reads a function without CodeUri from the template's directory.
  if (uri === undefined) p.CodeUri = localSamCode(files.path('.', id, 'CodeUri'));
  else if (isLocal(uri)) p.CodeUri = localSamCode(files.path(uri, id, 'CodeUri'));
}

const REWRITES: Record<string, (id: string, p: Json, files: LocalFiles, globals: Json) => void> = {
  'AWS::Serverless::Function': (id, p, files, globals) => samFunction(id, p, files, (globals.Function as Json | undefined)?.CodeUri),
  'AWS::Serverless::LayerVersion': (id, p, files) => {
    if (isLocal(p.ContentUri)) p.ContentUri = localSamCode(files.path(p.ContentUri, id, 'ContentUri'));
  },
  'AWS::Serverless::Api': (id, p, files, globals) => {
    const uri = p.DefinitionUri ?? (p.DefinitionBody === undefined ? (globals.Api as Json | undefined)?.DefinitionUri : undefined);
    if (!isLocal(uri)) return;
    p.DefinitionBody = files.document(uri, id, 'DefinitionUri');
    delete p.DefinitionUri;
  },
  'AWS::Lambda::Function': (id, p, files) => {
    if (isLocal(p.Code)) p.Code = localCode(files.path(p.Code, id, 'Code'));
  },
  'AWS::Lambda::LayerVersion': (id, p, files) => {
    if (isLocal(p.Content)) p.Content = localCode(files.path(p.Content, id, 'Content'));
  },
  'AWS::ApiGateway::RestApi': (id, p, files) => {
    if (!isLocal(p.BodyS3Location)) return;
    p.Body = files.document(p.BodyS3Location, id, 'BodyS3Location');
    delete p.BodyS3Location;
  },
};

/** Rewrites, in place, every local path of the template; returns the files it depends on. */
export function resolveLocalPaths(template: Template, files: LocalFiles): void {
  const globals = isObject(template.Globals) ? template.Globals : {};
  // A Globals CodeUri is read per function (above); the SAM transform then finds each function's own.
  for (const [id, resource] of Object.entries(template.Resources)) {
    const rewrite = REWRITES[resource.Type];
    if (!rewrite) continue;
    if (resource.Properties === undefined) resource.Properties = {};
    if (isObject(resource.Properties)) rewrite(id, resource.Properties, files, globals);
  }
  if (isObject(globals.Function) && isLocal(globals.Function.CodeUri)) delete globals.Function.CodeUri;
}
