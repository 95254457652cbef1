/**
 * AWS::Serverless::LayerVersion → AWS::Lambda::LayerVersion under a hashed id (`<Layer><hash of the SAM
 * resource>`, so a changed layer is a new version while the old one is kept: DeletionPolicy from RetentionPolicy,
 * Retain by default) and LayerName defaulting to the SAM logical id, so the layer's ARN stays the same but for its
 * version. samtranslator/model/sam_resources.py (`_construct_lambda_layer`) in
 * https://github.com/aws/serverless-application-model; fixture basic_layer, checked in test/stacks/sam/.
 */
import type { TemplateResource } from '../template.js';
import { s3Location } from './function.js';
import { logicalId } from './hash.js';
import { defined, isObject, passthrough, resolveParameterRefs, type TransformState } from './state.js';

export function translateLayer(id: string, resource: TemplateResource, state: TransformState): void {
  const p = resource.Properties ?? {};
  // LayerName, Description, LicenseInfo and RetentionPolicy may name a parameter (resolve_string_parameter_in_resource).
  const resolved = (v: unknown): unknown => resolveParameterRefs(v, state.parameters);
  const [layerName, description, license, retentionPolicy] = [p.LayerName, p.Description, p.LicenseInfo, p.RetentionPolicy].map(resolved);
  const retention = typeof retentionPolicy === 'string' ? retentionPolicy.toLowerCase() : undefined;
  if (isObject(retentionPolicy)) {
    state.errors.resource(id, "'RetentionPolicy' does not accept intrinsic functions, please use one of the following options: ['Retain', 'Delete']");
    return;
  }
  if (retention !== undefined && retention !== 'retain' && retention !== 'delete') {
    state.errors.resource(id, "'RetentionPolicy' must be one of the following options: ['Retain', 'Delete'].");
    return;
  }
  // The hash covers the SAM resource as written, without the attributes that do not make a new version.
  // The translator hashes after writing the resolved values back into the resource.
  const resolvedProps = { ...p, ...defined({ LayerName: layerName, Description: description, LicenseInfo: license, RetentionPolicy: retentionPolicy }) };
  const hashed: Record<string, unknown> = { ...resource, Properties: resolvedProps };
  delete hashed.DeletionPolicy;
  delete hashed.UpdateReplacePolicy;
  delete hashed.Metadata;
  const newId = logicalId(id, { [id]: hashed });
  const content = s3Location(p.ContentUri, ['S3Bucket', 'S3Key', 'S3ObjectVersion']);
  if (!content) state.errors.resource(id, "'ContentUri' requires Bucket and Key properties to be specified.");
  state.out[newId] = defined({
    Type: 'AWS::Lambda::LayerVersion',
    DependsOn: resource.DependsOn,
    ...passthrough(resource),
    DeletionPolicy: retention === 'delete' ? 'Delete' : retention === 'retain' ? 'Retain' : (resource.DeletionPolicy ?? 'Retain'),
    Properties: defined({
      LayerName: layerName ?? id,
      Description: description,
      Content: content,
      CompatibleArchitectures: p.CompatibleArchitectures,
      CompatibleRuntimes: p.CompatibleRuntimes,
      LicenseInfo: license,
    }),
  }) satisfies TemplateResource;
  state.renames.set(id, newId);
}
