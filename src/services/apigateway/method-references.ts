/**
 * The methods of a REST API, one by one, for the deletes AWS refuses while a method still refers to what is
 * deleted: a request validator, an authorizer or a model (ConflictException naming the method; texts next
 * to each check in request-validators.ts, authorizers.ts and models.ts). One walk of the API's resources
 * instead of a copy of it in each of those files.
 */
import type { Method } from '../../domain/method.js';
import type { StoreReader } from '../../store/store.js';
import { resources } from './collections.js';

export interface MethodAt {
  /** The resource's path, e.g. `/pets/{id}` (`/` for the root). */
  path: string;
  /** The HTTP method (`GET`, `ANY`…), as the resource's methods map keys it. */
  verb: string;
  method: Method;
}

export async function* methodsOf(reader: StoreReader, region: string, apiId: string): AsyncGenerator<MethodAt> {
  for (const r of await resources.in(reader, region, apiId).list()) {
    for (const [verb, method] of Object.entries(r.resourceMethods ?? {})) yield { path: r.path, verb, method };
  }
}
