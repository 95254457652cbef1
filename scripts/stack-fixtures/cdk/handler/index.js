exports.handler = async (event) => ({ statusCode: 200, body: JSON.stringify({ from: 'cdk', path: event.path, method: event.httpMethod }) });
