/**
 * Request validators of a REST API (kind `requestvalidator`, id = validator id, in the API's scope).
 * Texts and shapes are AWS's recorded ones (peer-localstack F62; LS-snap test_apigateway_api
 * TestApiGatewayApiRequestValidator) unless a comment says otherwise.
 */
import { badRequest, conflict } from './errors.js';
import { pageOf } from './paging.js';
import { applyPatch, invalidPatchPath, unsupportedOperation, type PatchTable } from './patch.js';
import type { StoreReader } from '../../store/store.js';
import type { ControlContext, Handlers } from './context.js';
import { requestValidators, restApis } from './collections.js';
import { methodsOf } from './method-references.js';
import { getApi } from './rest-apis.js';
import type { RequestValidator } from '../../domain/request-validator.js';

const BLANK_NAME = 'Request Validator name cannot be blank';

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
  for await (const { path, verb, method } of methodsOf(reader, ctx.region, apiId)) {
    if (method.requestValidatorId === v.id) throw conflict(`Cannot delete request validator '${v.name ?? v.id}', is referenced in method: ${verb}/${path}`);
  }
}

export const requestValidatorHandlers: Handlers = {
  async CreateRequestValidator(input, ctx) {
    const v = await ctx.store.write(async (tx) => {
      // F62: the create answers 400 with the older text, unlike GetRequestValidators (404).
      if (!(await restApis.in(tx, ctx.region).has(input.restApiId))) throw badRequest('Invalid REST API identifier specified');
      // Not recorded for create: an empty name gets UpdateRequestValidator's recorded text; a
      // missing one is allowed (the model does not require it).
      if (input.name === '') throw badRequest(BLANK_NAME);
      const validators = requestValidators.in(tx, ctx.region, input.restApiId);
      const id = await validators.newId();
      const validator: RequestValidator = {
        id,
        name: input.name,
        validateRequestBody: input.validateRequestBody ?? false,
        validateRequestParameters: input.validateRequestParameters ?? false,
      };
      await validators.insert(id, validator);
      return validator;
    });
    return v;
  },

  async GetRequestValidator(input, ctx) {
    return requestValidators.in(ctx.store, ctx.region, input.restApiId).getOrThrow(input.requestValidatorId);
  },

  async GetRequestValidators(input, ctx) {
    await getApi(ctx.store, ctx, input.restApiId);
    return pageOf(requestValidators.in(ctx.store, ctx.region, input.restApiId), input);
  },

  async UpdateRequestValidator(input, ctx) {
    const v = await ctx.store.write(async (tx) => {
      const validators = requestValidators.in(tx, ctx.region, input.restApiId);
      const next = applyPatch(await validators.getOrThrow(input.requestValidatorId), input.patchOperations, VALIDATOR_PATCH);
      await validators.update(next.id, next);
      return next;
    });
    return v;
  },

  async DeleteRequestValidator(input, ctx) {
    await ctx.store.write(async (tx) => {
      const validators = requestValidators.in(tx, ctx.region, input.restApiId);
      const v = await validators.getOrThrow(input.requestValidatorId);
      await checkUnused(tx, ctx, input.restApiId, v);
      await validators.remove(v.id);
    });
  },
};
