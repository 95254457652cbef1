export {};
//# sourceMappingURL=client-certificate.js.map