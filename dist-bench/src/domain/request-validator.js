/** A request validator of a REST API. */
export {};
//# sourceMappingURL=request-validator.js.map