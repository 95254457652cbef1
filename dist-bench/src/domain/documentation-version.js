export {};
//# sourceMappingURL=documentation-version.js.map