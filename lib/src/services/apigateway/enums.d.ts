import type { Enums } from './generated/types.js';
export type EnumName = keyof Enums;
/** Whether `v` is one of enum `name`'s values in the model (generated/model.ts `enums`). */
export declare function isEnumValue<N extends EnumName>(name: N, v: string | undefined): v is Enums[N];
/** `v` as a member of enum `name`, or undefined when it is none (a view leaves such a member out). */
export declare const enumValue: <N extends EnumName>(name: N, v: string | undefined) => Enums[N] | undefined;
/** The members of `list` that are values of enum `name`, in order. */
export declare const enumMembers: <N extends EnumName>(name: N, list: readonly string[]) => Array<Enums[N]>;
/**
 * A patch value for an enum member: AWS's text for a value outside the enum is not recorded on these
 * paths; this one has the form of the passthrough behavior text (integrations.ts) and an import's
 * enum texts (openapi/checks.ts), naming the options.
 */
export declare function checkEnumPatch<N extends EnumName>(name: N, words: string, v: string): Enums[N];
