export const altFor = (region, value) => `${region}:${value}`;
