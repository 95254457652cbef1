/** Tags as every taggable entity stores them: key → value. */
export {};
//# sourceMappingURL=tags.js.map