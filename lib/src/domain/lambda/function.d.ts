/**
 * Lambda's entities as Tollgate keeps them (https://docs.aws.amazon.com/lambda/latest/api/API_FunctionConfiguration.html):
 * a function ($LATEST: its configuration, code, tags, reserved concurrency), its published versions
 * (frozen configurations), aliases, resource-policy statements, layer versions, and code blobs (the zips
 * themselves, in the store, so that every node on a shared PostgreSQL can run every function).
 *
 * Store kinds and scopes (src/domain/kinds.ts): functions in the region; versions, aliases and policies in
 * `functionScope`; layers in the region, their versions in `layerScope`; code blobs in `codeScope`, keyed by
 * the hex SHA-256 of the zip.
 */
import type { Tags } from '../tags.js';
/** A function's configuration as Lambda answers it (the members Tollgate sets; the wire names of the model). */
export interface FunctionConfig {
    FunctionName: string;
    FunctionArn: string;
    Runtime?: string;
    Role: string;
    Handler?: string;
    CodeSize: number;
    Description: string;
    Timeout: number;
    MemorySize: number;
    LastModified: string;
    /** base64(sha256(zip bytes)), as Lambda computes it. */
    CodeSha256: string;
    Version: string;
    Environment?: {
        Variables: Record<string, string>;
    };
    TracingConfig: {
        Mode: string;
    };
    RevisionId: string;
    Layers?: {
        Arn: string;
        CodeSize: number;
    }[];
    State: 'Active';
    LastUpdateStatus: 'Successful';
    PackageType: 'Zip';
    Architectures: string[];
    EphemeralStorage: {
        Size: number;
    };
    SnapStart: {
        ApplyOn: string;
        OptimizationStatus: string;
    };
    LoggingConfig: {
        LogFormat: string;
        LogGroup: string;
        ApplicationLogLevel?: string;
        SystemLogLevel?: string;
    };
    RuntimeVersionConfig?: {
        RuntimeVersionArn: string;
    };
    DeadLetterConfig?: {
        TargetArn?: string;
    };
    KMSKeyArn?: string;
    VpcConfig?: {
        SubnetIds: string[];
        SecurityGroupIds: string[];
        VpcId: string;
        Ipv6AllowedForDualStack: boolean;
    };
}
/** Where a version's code lives: a zip blob in the store, or the user's own directory (hot reload). */
export interface CodeRef {
    /** Hex SHA-256 of the zip: the blob's id (kind lambdaCode). */
    sha256Hex?: string;
    /** S3Bucket `hot-reload`, S3Key an absolute directory: the code is read from there at each invocation. */
    hotReloadDir?: string;
    /** The code blobs of the function's layers (hex SHA-256), in its Layers order. */
    layers?: string[];
}
/** A published version (or $LATEST): frozen configuration and code. */
export interface FunctionVersion {
    config: FunctionConfig;
    code: CodeRef;
}
/** A function: its $LATEST version, and what belongs to the function as a whole. */
export interface LambdaFunction extends FunctionVersion {
    tags: Tags;
    /** PutFunctionConcurrency; absent: unreserved. */
    reservedConcurrency?: number;
    /** The last version number published (versions are never reused, even after deletion). */
    lastVersion: number;
}
export interface FunctionAlias {
    AliasArn: string;
    Name: string;
    FunctionVersion: string;
    Description: string;
    RoutingConfig?: {
        AdditionalVersionWeights?: Record<string, number>;
    };
    RevisionId: string;
}
/** One statement of a function's resource-based policy, as GetPolicy writes it. */
export interface PolicyStatement {
    Sid: string;
    Effect: 'Allow';
    Principal: string | Record<string, string>;
    Action: string;
    Resource: string;
    Condition?: Record<string, Record<string, string>>;
}
/** The resource policy of a function, or of one of its versions or aliases. */
export interface FunctionPolicy {
    revisionId: string;
    statements: PolicyStatement[];
}
/** A layer: the last version number it gave (versions are never reused). */
export interface LambdaLayer {
    lastVersion: number;
}
export interface LayerVersion {
    version: number;
    description: string;
    createdDate: string;
    compatibleRuntimes?: string[];
    compatibleArchitectures?: string[];
    licenseInfo?: string;
    /** base64 SHA-256 (Lambda's CodeSha256) and the hex form (the blob's id). */
    codeSha256: string;
    sha256Hex: string;
    codeSize: number;
}
/** A code blob: a zip as uploaded (base64, the store keeps JSON bodies). */
export interface CodeBlob {
    zip: string;
    size: number;
}
/** The policy id of a function's own (unqualified) policy; a qualifier is never `$`. */
export declare const UNQUALIFIED_POLICY = "$";
/** Lambda's LastModified format: `2024-01-01T00:00:00.000+0000` (API_FunctionConfiguration.html, LastModified). */
export declare function lambdaTimestamp(d?: Date): string;
