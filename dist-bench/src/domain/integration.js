/** A method's integration and its integration responses (stored inside the method). */
export {};
//# sourceMappingURL=integration.js.map