export {};
//# sourceMappingURL=plan-types.js.map