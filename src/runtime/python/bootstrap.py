"""Tollgate's runtime client for the python3.* runtimes (standard library only).

The program an execution environment's python3 runs (src/runtime/launch.ts). It speaks the Lambda Runtime
API at AWS_LAMBDA_RUNTIME_API as Lambda's own Python runtime interface client does
(aws/aws-lambda-python-runtime-interface-client, awslambdaric/bootstrap.py and lambda_context.py):
init imports the module of _HANDLER ("dir/module.function") from the task root (a failure is posted to
/init/error: Runtime.ImportModuleError, Runtime.UserCodeSyntaxError, Runtime.HandlerNotFound,
Runtime.MalformedHandlerName); then, forever, GET /invocation/next, call handler(event, context), POST
/response (the result as JSON; Runtime.MarshalError when it is not) or /error with Lambda's Python error
payload {errorMessage, errorType, requestId, stackTrace}. The answer and the next GET /invocation/next leave
in one write on one keep-alive connection (HTTP/1.1 pipelining, RFC 9112 section 9.3.2), as Tollgate's
Node.js client does (src/runtime/node/client.ts): one wake-up of each side per invocation instead of two.
https://docs.aws.amazon.com/lambda/latest/dg/python-handler.html
https://docs.aws.amazon.com/lambda/latest/dg/python-context.html
https://docs.aws.amazon.com/lambda/latest/dg/python-exceptions.html
"""

import importlib
import json
import logging
import os
import socket
import sys
import time
import traceback
import urllib.parse

API = os.environ.get("AWS_LAMBDA_RUNTIME_API", "127.0.0.1:9001")
PREFIX = "/2018-06-01/runtime/"
_request_id = None


class Fault(Exception):
    def __init__(self, error_type, message, trace=None):
        super().__init__(message)
        self.error_type = error_type
        self.message = message
        self.trace = trace


class Response:
    """An answer of the Runtime API: its status, headers (lower-case names) and body."""

    def __init__(self, status, headers, body):
        self.status = status
        self.headers = headers
        self.body = body

    def getheader(self, name):
        return self.headers.get(name.lower())


class RuntimeApi:
    """One keep-alive connection to the Runtime API; requests may be written back to back, answers come in order."""

    def __init__(self, address):
        host, port = address.rsplit(":", 1)
        self.address = address
        self.sock = socket.create_connection((host, int(port)))
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.buffer = b""

    def request(self, method, path, body=None, headers=None):
        """The bytes of one request."""
        head = "%s %s%s HTTP/1.1\r\nHost: %s\r\n" % (method, PREFIX, path, self.address)
        if body is not None:
            head += "Content-Type: application/json\r\nContent-Length: %d\r\n" % len(body)
        for name, value in (headers or {}).items():
            head += "%s: %s\r\n" % (name, value)
        data = (head + "\r\n").encode("latin-1", "replace")
        return data + body if body else data

    def send(self, *requests):
        self.sock.sendall(b"".join(requests))

    def _fill(self):
        chunk = self.sock.recv(65536)
        if not chunk:
            raise ConnectionError("the Runtime API closed the connection")
        self.buffer += chunk

    def _line(self):
        while True:
            end = self.buffer.find(b"\r\n")
            if end >= 0:
                line, self.buffer = self.buffer[:end], self.buffer[end + 2 :]
                return line
            self._fill()

    def _bytes(self, n):
        while len(self.buffer) < n:
            self._fill()
        data, self.buffer = self.buffer[:n], self.buffer[n:]
        return data

    def read(self):
        """The next answer (a Content-Length or a chunked body, as node:http's server writes them)."""
        status = int(self._line().split(b" ", 2)[1])
        headers = {}
        while True:
            line = self._line()
            if not line:
                break
            name, _, value = line.decode("latin-1").partition(":")
            headers[name.strip().lower()] = value.strip()
        if headers.get("transfer-encoding", "").lower() == "chunked":
            parts = []
            while True:
                size = int(self._line().split(b";")[0], 16)
                data = self._bytes(size + 2)[:size]
                if size == 0:
                    break
                parts.append(data)
            return Response(status, headers, b"".join(parts))
        return Response(status, headers, self._bytes(int(headers.get("content-length", "0"))))

    def next(self):
        self.send(self.request("GET", "invocation/next"))
        return self.read()

    def answer_and_next(self, answer):
        """The invocation's answer and the next GET next in one write; the 202, then the next event."""
        self.send(answer, self.request("GET", "invocation/next"))
        self.read()
        return self.read()

    def error(self, path, error):
        self.send(self.error_request(path, error))
        return self.read()

    def respond_request(self, request_id, body):
        return self.request("POST", "invocation/%s/response" % urllib.parse.quote(request_id), body)

    def error_request(self, path, error):
        return self.request("POST", path, to_json(error), {"Lambda-Runtime-Function-Error-Type": error["errorType"]})


def to_json(value):
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def make_error(message, error_type, stack_trace, request_id=None):
    """bootstrap.py make_error: the payload Lambda's Python runtime answers a failed invocation with."""
    return {
        "errorMessage": message if message else "",
        "errorType": error_type if error_type else "",
        "requestId": request_id if request_id is not None else "",
        "stackTrace": stack_trace if stack_trace else [],
    }


def user_frames(tb):
    """The traceback without this client's own frames."""
    frames = traceback.extract_tb(tb)
    while frames and frames[0].filename == __file__:
        frames = frames[1:]
    return traceback.format_list(frames)


def load_handler(handler):
    try:
        module_name, function_name = handler.rsplit(".", 1)
    except ValueError as e:
        raise Fault("Runtime.MalformedHandlerName", "Bad handler '%s': %s" % (handler, e))
    try:
        if module_name.split(".")[0] in sys.builtin_module_names:
            raise Fault("Runtime.BuiltInModuleConflict", "Cannot use built-in module %s as a handler module" % module_name)
        module = importlib.import_module(module_name.replace("/", "."))
    except ImportError as e:
        raise Fault("Runtime.ImportModuleError", "Unable to import module '%s': %s" % (module_name, e))
    except SyntaxError as e:
        trace = ['  File "%s" Line %s\n    %s' % (e.filename, e.lineno, e.text)]
        raise Fault("Runtime.UserCodeSyntaxError", "Syntax error in module '%s': %s" % (module_name, e), trace)
    try:
        return getattr(module, function_name)
    except AttributeError:
        raise Fault("Runtime.HandlerNotFound", "Handler '%s' missing on module '%s'" % (function_name, module_name))


class LambdaContext:
    """lambda_context.py: what a handler's context offers."""

    def __init__(self, request_id, deadline_ms, function_arn, client_context):
        self.aws_request_id = request_id
        self.invoked_function_arn = function_arn
        self.function_name = os.environ.get("AWS_LAMBDA_FUNCTION_NAME")
        self.function_version = os.environ.get("AWS_LAMBDA_FUNCTION_VERSION")
        self.memory_limit_in_mb = os.environ.get("AWS_LAMBDA_FUNCTION_MEMORY_SIZE")
        self.log_group_name = os.environ.get("AWS_LAMBDA_LOG_GROUP_NAME")
        self.log_stream_name = os.environ.get("AWS_LAMBDA_LOG_STREAM_NAME")
        self.identity = None
        self.client_context = client_context
        self._deadline_ms = deadline_ms

    def get_remaining_time_in_millis(self):
        return max(self._deadline_ms - int(round(time.time() * 1000)), 0)


def log_error(error):
    """The error as the runtime logs it: [ERROR] Type: message, then the traceback."""
    lines = ["[ERROR] %s: %s" % (error["errorType"], error["errorMessage"]), "Traceback (most recent call last):"]
    for element in error["stackTrace"]:
        lines.extend(element.splitlines())
    sys.stdout.write("\r".join(lines) + "\n")


def invoke(api, handler, response):
    """Runs one invocation; the bytes of its answer (a /response or an /error request)."""
    global _request_id
    request_id = response.getheader("Lambda-Runtime-Aws-Request-Id")
    _request_id = request_id
    trace_id = response.getheader("Lambda-Runtime-Trace-Id")
    if trace_id:
        os.environ["_X_AMZN_TRACE_ID"] = trace_id
    else:
        os.environ.pop("_X_AMZN_TRACE_ID", None)
    try:
        client_context = response.getheader("Lambda-Runtime-Client-Context")
        context = LambdaContext(
            request_id,
            int(response.getheader("Lambda-Runtime-Deadline-Ms")),
            response.getheader("Lambda-Runtime-Invoked-Function-Arn"),
            json.loads(client_context) if client_context else None,
        )
        event = json.loads(response.body) if response.body else {}
        result = handler(event, context)
        try:
            payload = to_json(result)
        except (TypeError, ValueError) as e:
            raise Fault("Runtime.MarshalError", "Unable to marshal response: %s" % e)
    except Fault as e:
        error = make_error(e.message, e.error_type, e.trace, request_id)
    except Exception as e:
        error = make_error(str(e), type(e).__name__, user_frames(sys.exc_info()[2]), request_id)
    else:
        return api.respond_request(request_id, payload)
    log_error(error)
    return api.error_request("invocation/%s/error" % urllib.parse.quote(request_id), error)


def setup_logging():
    """The root logger as the runtime sets it: [LEVEL]\\ttime\\trequestId\\tmessage."""

    class RequestId(logging.Filter):
        def filter(self, record):
            record.aws_request_id = _request_id or ""
            return True

    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(logging.Formatter("[%(levelname)s]\t%(asctime)s.%(msecs)03dZ\t%(aws_request_id)s\t%(message)s", "%Y-%m-%dT%H:%M:%S"))
    handler.addFilter(RequestId())
    logging.Formatter.converter = time.gmtime
    logging.getLogger().addHandler(handler)


def main():
    api = RuntimeApi(API)
    setup_logging()
    task_root = os.environ.get("LAMBDA_TASK_ROOT", os.getcwd())
    if task_root not in sys.path:
        sys.path.insert(0, task_root)
    try:
        handler = load_handler(os.environ.get("_HANDLER", ""))
    except Fault as e:
        error = make_error(e.message, e.error_type, e.trace)
        log_error(error)
        api.error("init/error", error)
        sys.exit(1)
    except Exception as e:
        error = make_error(str(e), type(e).__name__, user_frames(sys.exc_info()[2]))
        log_error(error)
        api.error("init/error", error)
        sys.exit(1)
    response = api.next()
    while True:
        response = api.answer_and_next(invoke(api, handler, response))


if __name__ == "__main__":
    main()
