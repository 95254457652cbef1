/**
 * Types of a generated service model (see scripts/gen-model.ts): what the protocol engine
 * (src/protocol/) routes, binds, validates and serializes by. Nothing here belongs to one service.
 */
export interface MemberRef {
  t: 'string' | 'integer' | 'double' | 'boolean' | 'timestamp' | 'blob' | 'document' | 'list' | 'map' | 'structure';
  shape?: string;
  member?: MemberRef;
  loc?: 'label' | 'query' | 'header' | 'payload' | 'queryParams' | 'responseCode';
  name?: string;
  enum?: string;
  pattern?: string;
}
export interface StructureShape {
  members: Record<string, MemberRef>;
  required: string[];
}
export interface OperationDef {
  method: string;
  uri: string;
  code: number;
  input: string;
  output: string;
}
export interface ServiceModel {
  /** The service id (SigV4 signing name): `apigateway`, `lambda`. */
  service: string;
  /**
   * Unset: REST-JSON (routes by each operation's method and URI). `awsQuery`: every operation is `POST /` with
   * its name in the form's `Action` (src/protocol/query.ts), answered in XML in `xmlNamespace`. `awsJson1_1`:
   * every operation is `POST /` with `X-Amz-Target: {targetPrefix}.{Operation}`, JSON by member name both ways
   * (src/protocol/aws-json.ts).
   */
  protocol?: 'awsQuery' | 'awsJson1_1';
  targetPrefix?: string;
  apiVersion?: string;
  xmlNamespace?: string;
  sdkVersion: string;
  operations: Record<string, OperationDef>;
  shapes: Record<string, StructureShape>;
  errors: Record<string, number>;
  enums: Record<string, string[]>;
}
/** @deprecated the model of any service; kept for code written when there was one. */
export type ApiModel = ServiceModel;
