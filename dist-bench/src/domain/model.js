/** A model (JSON schema) of a REST API. */
export {};
//# sourceMappingURL=model.js.map