/** Types of the generated service model (see scripts/gen-model.ts). */
export interface MemberRef {
  t: 'string' | 'integer' | 'double' | 'boolean' | 'timestamp' | 'blob' | 'document' | 'list' | 'map' | 'structure';
  shape?: string;
  member?: MemberRef;
  loc?: 'label' | 'query' | 'header' | 'payload' | 'queryParams';
  name?: string;
  enum?: string;
  pattern?: string;
}
export interface StructureShape { members: Record<string, MemberRef>; required: string[] }
export interface OperationDef { method: string; uri: string; code: number; input: string; output: string }
export interface ApiModel {
  sdkVersion: string;
  operations: Record<string, OperationDef>;
  shapes: Record<string, StructureShape>;
  errors: Record<string, number>;
  enums: Record<string, string[]>;
}
