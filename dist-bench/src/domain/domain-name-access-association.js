export {};
//# sourceMappingURL=domain-name-access-association.js.map