// The quick start's function (examples/api.yaml, GET /hello): a Lambda proxy integration's handler.
export const handler = async (event) => ({
  statusCode: 200,
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify({ message: `hello from ${event.path}`, stage: event.requestContext.stage }),
});
