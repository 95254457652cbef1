export {};
//# sourceMappingURL=data-plane-port.js.map