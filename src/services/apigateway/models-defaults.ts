/**
 * The two models every new REST API starts with, `Empty` and `Error` (draft-04 schemas; descriptions
 * as AWS shows them: rec: test_apigateway_api.py::TestApiGatewayApiModels::test_model_lifecycle [get-models]).
 * Stored under their name, which is how models are addressed.
 */
import { shortId } from '../../shared/ids.js';
import type { Model } from '../../domain/model.js';

export function defaultModels(): Model[] {
  return [
    {
      id: shortId(),
      name: 'Empty',
      description: 'This is a default empty schema model',
      schema: '{\n  "$schema": "http://json-schema.org/draft-04/schema#",\n  "title" : "Empty Schema",\n  "type" : "object"\n}',
      contentType: 'application/json',
    },
    {
      id: shortId(),
      name: 'Error',
      description: 'This is a default error schema model',
      schema:
        '{\n  "$schema" : "http://json-schema.org/draft-04/schema#",\n  "title" : "Error Schema",\n  "type" : "object",\n  "properties" : {\n    "message" : { "type" : "string" }\n  }\n}',
      contentType: 'application/json',
    },
  ];
}
