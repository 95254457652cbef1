export {};
//# sourceMappingURL=resource.js.map