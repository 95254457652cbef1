export const altFor = (region, value) => `${region}:${value}`;
//# sourceMappingURL=api-key.js.map