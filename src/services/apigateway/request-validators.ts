/**
 * Request validators of a REST API (kind `requestvalidator`, id = validator id, in the API's scope).
 * Texts and shapes are AWS's recorded ones (peer-localstack F62; LS-snap test_apigateway_api
 * TestApiGatewayApiRequestValidator) unless a comment says otherwise.
 */
import { badRequest, conflict, notFound } from './errors.js';
import { listPage } from './paging.js';
import { applyPatch, invalidPatchPath, unsupportedOperation, type PatchTable } from './patch.js';
import { shortId } from '../../shared/ids.js';
import type { StoreReader } from '../../store/store.js';
import type { ControlContext, Handlers } from './context.js';
import { apiScope } from './context.js';
import type { Resource } from './resources.js';
import { getApi } from './rest-apis.js';
import type { RequestValidator } from '../../domain/request-validator.js';
import { Kind } from '../../domain/kinds.js';
export { type RequestValidator };

/** Recorded for Get, Update and Delete, also when the API itself does not exist. */
const validatorNotFound = (): Error => notFound('Invalid Request Validator identifier specified');
const BLANK_NAME = 'Request Validator name cannot be blank';

async function getValidator(reader: StoreReader, ctx: ControlContext, apiId: string, id: string): Promise<RequestValidator> {
  const v = await reader.get<RequestValidator>(Kind.requestValidator, apiScope(ctx.region, apiId), id);
  if (!v) throw validatorNotFound();
  return v;
}

/** Patch values are strings; LocalStack's AWS-validated provider compares them case-insensitively, and no value means false (LS-snap [update-request-validator-without-value]). */
const flag = (v: string | undefined): boolean => v?.toLowerCase() === 'true';

const VALIDATOR_PATCH: PatchTable<RequestValidator> = {
  // Recorded order of the allowed paths: [/name, /validateRequestParameters, /validateRequestBody].
  rules: [
    {
      path: '/name',
      ops: ['replace'],
      apply: (v, op) => {
        if (!op.value) throw badRequest(BLANK_NAME);
        v.name = op.value;
      },
    },
    {
      path: '/validateRequestParameters',
      ops: ['replace'],
      apply: (v, op) => {
        v.validateRequestParameters = flag(op.value);
      },
    },
    {
      path: '/validateRequestBody',
      ops: ['replace'],
      apply: (v, op) => {
        v.validateRequestBody = flag(op.value);
      },
    },
  ],
  unknownPath: (op, allowed) => (op.op !== 'replace' ? unsupportedOperation(op) : invalidPatchPath(op, allowed)),
};

/**
 * AWS refuses to delete a validator a method still uses: Terraform's provider swallows the
 * ConflictException DeleteRequestValidator answers then (hashicorp/terraform-provider-aws,
 * internal/service/apigateway/request_validator.go). The text is not recorded; it follows the
 * recorded authorizer text "Cannot delete authorizer 'x', is referenced in method: GET//test".
 */
async function checkUnused(reader: StoreReader, ctx: ControlContext, apiId: string, v: RequestValidator): Promise<void> {
  const scope = apiScope(ctx.region, apiId);
  for (const row of await reader.all<Resource>(Kind.resource, scope)) {
    if (row.scope !== scope) continue;
    for (const [verb, m] of Object.entries(row.body.resourceMethods ?? {})) {
      if (m.requestValidatorId === v.id)
        throw conflict(`Cannot delete request validator '${v.name ?? v.id}', is referenced in method: ${verb}/${row.body.path}`);
    }
  }
}

export const requestValidatorHandlers: Handlers = {
  async CreateRequestValidator(input, ctx) {
    const v = await ctx.store.write(async (tx) => {
      // F62: the create answers 400 with the older text, unlike GetRequestValidators (404).
      if (!(await tx.get(Kind.restApi, ctx.region, input.restApiId))) throw badRequest('Invalid REST API identifier specified');
      // Not recorded for create: an empty name gets UpdateRequestValidator's recorded text; a
      // missing one is allowed (the model does not require it).
      if (input.name === '') throw badRequest(BLANK_NAME);
      const scope = apiScope(ctx.region, input.restApiId);
      let id: string;
      do id = shortId();
      while (await tx.get(Kind.requestValidator, scope, id));
      const validator: RequestValidator = {
        id,
        name: input.name,
        validateRequestBody: input.validateRequestBody ?? false,
        validateRequestParameters: input.validateRequestParameters ?? false,
      };
      await tx.insert(Kind.requestValidator, scope, id, validator);
      return validator;
    });
    return v;
  },

  async GetRequestValidator(input, ctx) {
    return getValidator(ctx.store, ctx, input.restApiId, input.requestValidatorId);
  },

  async GetRequestValidators(input, ctx) {
    await getApi(ctx.store, ctx, input.restApiId);
    return listPage<RequestValidator>(ctx.store, Kind.requestValidator, apiScope(ctx.region, input.restApiId), input);
  },

  async UpdateRequestValidator(input, ctx) {
    const v = await ctx.store.write(async (tx) => {
      const current = await getValidator(tx, ctx, input.restApiId, input.requestValidatorId);
      const next = applyPatch(current, input.patchOperations, VALIDATOR_PATCH);
      await tx.update(Kind.requestValidator, apiScope(ctx.region, input.restApiId), next.id, next);
      return next;
    });
    return v;
  },

  async DeleteRequestValidator(input, ctx) {
    await ctx.store.write(async (tx) => {
      const v = await getValidator(tx, ctx, input.restApiId, input.requestValidatorId);
      await checkUnused(tx, ctx, input.restApiId, v);
      await tx.delete(Kind.requestValidator, apiScope(ctx.region, input.restApiId), v.id);
    });
  },
};
