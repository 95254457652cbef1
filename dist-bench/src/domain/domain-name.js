export {};
//# sourceMappingURL=domain-name.js.map