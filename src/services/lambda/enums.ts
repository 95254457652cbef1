/**
 * Lambda's enums as checks (src/protocol/enums.ts, bound to its model): a view narrows a stored enum
 * string (src/domain/lambda/ spells them as strings) to the generated union, so the views need no casts.
 */
import { enumChecks } from '../../protocol/enums.js';
import { LAMBDA_MODEL } from './generated/model.js';
import type { Enums } from './generated/types.js';

export const { isEnumValue, enumValue, enumMembers } = enumChecks<Enums>(LAMBDA_MODEL);
