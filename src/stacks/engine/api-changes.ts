/**
 * A Deployment is a snapshot of its REST API: when anything of the API changes in a deploy, its
 * Deployments are replaced so that their stages serve the change, as CDK's hashed Deployment logical ids
 * intend (https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.aws_apigateway.Deployment.html: "the
 * logical ID of the AWS::ApiGateway::Deployment resource … changes when the API changes"). This module
 * says which resources are parts of an API and orders a Deployment after the parts of its API.
 */
import type { TemplateResource } from '../template.js';

export const DEPLOYMENT = 'AWS::ApiGateway::Deployment';
export const REST_API = 'AWS::ApiGateway::RestApi';

/** What a deployment snapshots: the API's own settings and its parts. */
const API_PARTS = new Set([
  'AWS::ApiGateway::Resource',
  'AWS::ApiGateway::Method',
  'AWS::ApiGateway::Model',
  'AWS::ApiGateway::RequestValidator',
  'AWS::ApiGateway::Authorizer',
  'AWS::ApiGateway::GatewayResponse',
  'AWS::ApiGateway::DocumentationPart',
]);

export const isApiPart = (type: string): boolean => API_PARTS.has(type);

/**
 * Extra edges: each Deployment after every part of its API (the same RestApiId expression), unless that
 * part depends on the Deployment itself (then the template's own order stands).
 */
export function deploymentEdges(resources: Record<string, TemplateResource>, active: string[], dependsOn: Map<string, Set<string>>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>([...dependsOn].map(([k, v]) => [k, new Set(v)]));
  const apiOf = (id: string): string => JSON.stringify(resources[id].Properties?.RestApiId ?? null);
  const reaches = (from: string, to: string, seen = new Set<string>()): boolean => {
    if (from === to) return true;
    if (seen.has(from)) return false;
    seen.add(from);
    for (const d of dependsOn.get(from) ?? []) if (reaches(d, to, seen)) return true;
    return false;
  };
  for (const d of active.filter((id) => resources[id].Type === DEPLOYMENT)) {
    for (const p of active) {
      if (!isApiPart(resources[p].Type) || apiOf(p) !== apiOf(d) || reaches(p, d)) continue;
      out.get(d)!.add(p);
    }
  }
  return out;
}
