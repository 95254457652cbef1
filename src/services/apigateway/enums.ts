/**
 * API Gateway's enums as checks (src/protocol/enums.ts, bound to its model): a view narrows a stored
 * enum string to the generated union with `isEnumValue`, so the views need no casts.
 */
import { enumChecks } from '../../protocol/enums.js';
import { APIGATEWAY_MODEL } from './generated/model.js';
import { badRequest } from './errors.js';
import type { Enums } from './generated/types.js';

export type EnumName = keyof Enums;

export const { isEnumValue, enumValue, enumMembers } = enumChecks<Enums>(APIGATEWAY_MODEL);

/**
 * A patch value for an enum member: AWS's text for a value outside the enum is not recorded on these
 * paths; this one has the form of the passthrough behavior text (integrations.ts) and an import's
 * enum texts (openapi/checks.ts), naming the options.
 */
export function checkEnumPatch<N extends EnumName>(name: N, words: string, v: string): Enums[N] {
  if (!isEnumValue(name, v)) throw badRequest(`Invalid ${words} specified: ${v}. Valid options are ${APIGATEWAY_MODEL.enums[name].join(',')}`);
  return v;
}
