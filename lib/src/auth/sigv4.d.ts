export declare const ALGORITHM = "AWS4-HMAC-SHA256";
export declare const UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD";
/** Both services accept signatures dated up to 5 minutes either side of now (the texts above). */
export declare const MAX_SKEW_MS: number;
/** SigV4's longest presigned lifetime, one week. */
export declare const MAX_PRESIGN_SECONDS = 604800;
export interface SignedRequest {
    method: string;
    /** The request target's path as the client sent it (percent-encoded), without the query. */
    path: string;
    /** The raw query string, without `?`. */
    query: string;
    /** Header values by lower-cased name, one entry per occurrence. */
    headers: Map<string, string[]>;
    body: Buffer;
}
/** What a verifier needs of a configured credential. */
export interface SigningSecret {
    secretAccessKey: string;
    sessionToken?: string;
}
export type SigV4Failure = {
    kind: 'missing';
    message: string;
} | {
    kind: 'incomplete';
    message: string;
} | {
    kind: 'scope';
    message: string;
} | {
    kind: 'unknown-key';
    message: string;
    accessKeyId: string;
} | {
    kind: 'mismatch';
    message: string;
    canonicalRequest: string;
    stringToSign: string;
} | {
    kind: 'expired';
    message: string;
} | {
    kind: 'not-yet';
    message: string;
};
export interface SigV4Success<C> {
    ok: true;
    credential: C;
    accessKeyId: string;
    region: string;
    service: string;
    presigned: boolean;
}
export type SigV4Result<C> = SigV4Success<C> | ({
    ok: false;
} & SigV4Failure);
export interface VerifyOptions<C extends SigningSecret> {
    /** The service the credential scope must name (`execute-api`, `apigateway`). */
    service: string;
    /** The region the scope must name; unset = any well-formed region (the management API serves them all). */
    region?: string;
    lookup(accessKeyId: string): C | undefined;
    /** Epoch ms; defaults to Date.now(). */
    now?: number;
}
export declare const MESSAGES: {
    unknownKey: string;
    mismatch: string;
    missing: string;
};
/** RFC 3986 encoding as the SDK's signer does it (`encodeURIComponent` plus `!'()*`). */
export declare function escapeUri(s: string): string;
export declare const sha256Hex: (data: string | Buffer) => string;
export declare function signingKey(secret: string, date: string, region: string, service: string): Buffer;
export declare function canonicalUri(path: string): string;
/** Name/value pairs of a raw query string, decoded. */
export declare function queryPairs(query: string): [string, string][];
export declare function canonicalQuery(pairs: [string, string][], dropSignature: boolean): string;
export declare function canonicalRequest(req: SignedRequest, signedHeaders: string[], pairs: [string, string][], presigned: boolean, payloadHash: string): string;
export declare function stringToSign(amzDate: string, scope: string, canonical: string): string;
/** `20260101T000000Z`. */
export declare function amzDate(ms: number): string;
/** Verifies one request; never throws for anything the client sent. */
export declare function verifySigV4<C extends SigningSecret>(req: SignedRequest, opts: VerifyOptions<C>): SigV4Result<C>;
/** The parts of a node:http request a verifier reads. */
export declare function signedRequestOf(method: string, url: string, rawHeaders: string[], body: Buffer): SignedRequest;
