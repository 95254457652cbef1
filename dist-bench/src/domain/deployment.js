export {};
//# sourceMappingURL=deployment.js.map