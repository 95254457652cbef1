/**
 * A stored string as one of a generated enum's values: the value itself when it is one, else
 * undefined. Views use it where the store keeps a plain string that every write has checked
 * against the enum (issue 17: views typed by the generated output shapes, no casts).
 */
export const oneOf = <T extends string>(values: readonly T[], v: string | undefined): T | undefined => values.find((x) => x === v);
