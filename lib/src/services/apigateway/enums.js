/**
 * The model's enums as checks. An entity stores an enum member as the string it was given (checked on
 * the wire by src/protocol/validate.ts, or by the patch rule that set it); a view narrows it to the
 * generated union with `isEnumValue`, so the views need no casts.
 */
import { APIGATEWAY_MODEL } from './generated/model.js';
import { badRequest } from './errors.js';
/** Whether `v` is one of enum `name`'s values in the model (generated/model.ts `enums`). */
export function isEnumValue(name, v) {
    return v !== undefined && APIGATEWAY_MODEL.enums[name].includes(v);
}
/** `v` as a member of enum `name`, or undefined when it is none (a view leaves such a member out). */
export const enumValue = (name, v) => (isEnumValue(name, v) ? v : undefined);
/** The members of `list` that are values of enum `name`, in order. */
export const enumMembers = (name, list) => list.filter((v) => isEnumValue(name, v));
/**
 * A patch value for an enum member: AWS's text for a value outside the enum is not recorded on these
 * paths; this one has the form of the passthrough behavior text (integrations.ts) and an import's
 * enum texts (openapi/checks.ts), naming the options.
 */
export function checkEnumPatch(name, words, v) {
    if (!isEnumValue(name, v))
        throw badRequest(`Invalid ${words} specified: ${v}. Valid options are ${APIGATEWAY_MODEL.enums[name].join(',')}`);
    return v;
}
