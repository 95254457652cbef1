/** 10 chars `[a-z0-9]`: REST APIs, root resources, API keys. */
export declare const longId: () => string;
/** 6 chars `[a-z0-9]`: resources, deployments, usage plans, models, authorizers, certificates … */
export declare const shortId: () => string;
/** A generated API key value: 40 alphanumerics. */
export declare const apiKeyValue: () => string;
export declare const requestId: () => string;
/** Epoch seconds, the wire format of every timestamp. */
export declare const nowSeconds: () => number;
