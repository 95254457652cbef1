export {};
//# sourceMappingURL=vpc-link.js.map