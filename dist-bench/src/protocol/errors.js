const FRAMEWORK_STATUS = {
    ValidationException: 400,
    SerializationException: 400,
    UnknownOperationException: 404,
    RequestEntityTooLargeException: 413,
    NotImplementedException: 501,
    InternalFailure: 500,
    AccessDeniedException: 403,
    MissingAuthenticationTokenException: 403,
    IncompleteSignatureException: 403,
    InvalidSignatureException: 403,
    UnrecognizedClientException: 403,
};
export class ServiceError extends Error {
    code;
    /** Known when thrown (a framework error, or given); else the serving model's status for the code. */
    status;
    headers;
    /** Members a service writes beside the message (Lambda's `"Type": "User"`). */
    fields;
    constructor(code, message, headers = {}, status, fields = {}) {
        super(message);
        this.code = code;
        this.status = status ?? FRAMEWORK_STATUS[code];
        this.headers = headers;
        this.fields = fields;
    }
}
export const serialization = (message) => new ServiceError('SerializationException', message);
export const notImplemented = (operation) => new ServiceError('NotImplementedException', `Tollgate does not implement ${operation} yet`);
/** `N validation error(s) detected: a; b` — Coral's format, recorded (peer-localstack F7, F8, F22). */
export function validationError(messages) {
    const n = messages.length;
    return new ServiceError('ValidationException', `${n} validation error${n === 1 ? '' : 's'} detected: ${messages.join('; ')}`);
}
/** The status: the error's own, else the model's for its code (500 for a code the model lacks). */
export function renderError(err, model) {
    // A recorded ValidationException has no lowercase top-level `message` (peer-localstack F7):
    // Coral's framework errors spell it `Message`; modeled exceptions use `message`.
    const key = err.code === 'ValidationException' ? 'Message' : 'message';
    return {
        status: err.status ?? model?.errors[err.code] ?? 500,
        headers: { 'x-amzn-ErrorType': err.code, 'Content-Type': 'application/json', ...err.headers },
        body: JSON.stringify({ ...err.fields, [key]: err.message }),
    };
}
//# sourceMappingURL=errors.js.map