/**
 * A model's enums as checks, for any service. An entity stores an enum member as the string it was given
 * (checked on the wire by validate.ts, or by the rule that set it); a view narrows it to the generated
 * union with `isEnumValue`, so that views need no casts. Each service binds them to its model and its
 * generated `Enums` (src/services/apigateway/enums.ts, src/services/lambda/enums.ts).
 */
import type { ServiceModel } from './model.js';

export interface EnumChecks<E> {
  /** Whether `v` is one of enum `name`'s values in the model. */
  isEnumValue<N extends keyof E & string>(this: void, name: N, v: string | undefined): v is E[N] & string;
  /** `v` as a member of enum `name`, or undefined when it is none (a view leaves such a member out). */
  enumValue<N extends keyof E & string>(this: void, name: N, v: string | undefined): E[N] | undefined;
  /** The members of `list` that are values of enum `name`, in order. */
  enumMembers<N extends keyof E & string>(this: void, name: N, list: readonly string[]): Array<E[N]>;
}

export function enumChecks<E>(model: Pick<ServiceModel, 'enums'>): EnumChecks<E> {
  const isEnumValue = <N extends keyof E & string>(name: N, v: string | undefined): v is E[N] & string => v !== undefined && model.enums[name].includes(v);
  return {
    isEnumValue,
    enumValue: (name, v) => (isEnumValue(name, v) ? v : undefined),
    enumMembers: (name, list) => list.filter((v) => isEnumValue(name, v)),
  };
}
