export {};
//# sourceMappingURL=rest-api.js.map