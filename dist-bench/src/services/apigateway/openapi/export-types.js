/** The inputs of an OpenAPI export (export-document.ts builds the document from them). */
export {};
//# sourceMappingURL=export-types.js.map