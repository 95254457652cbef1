module.exports.hello = async (event) => ({
  statusCode: 200,
  body: JSON.stringify({ from: 'serverless', path: event.path, id: event.pathParameters && event.pathParameters.id }),
});
