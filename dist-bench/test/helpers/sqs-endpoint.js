/**
 * An SQS test endpoint behind SigV4 verification (helpers/signed-endpoint.ts): SendMessage in the two
 * protocols SQS speaks — the query protocol (form-encoded `Action=SendMessage&MessageBody=…` posted to
 * the queue's URL, `MessageAttribute.N.*` (or `MessageAttributes.N.*`) for attributes), answered in XML,
 * or in JSON when `Accept: application/json` asks for it; and the JSON protocol
 * (`X-Amz-Target: AmazonSQS.SendMessage`, `application/x-amz-json-1.0`). Answers as the SQS API reference
 * shows them (https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_SendMessage.html).
 */
import { createHash, randomUUID } from 'node:crypto';
import { startSignedEndpoint } from './signed-endpoint.js';
const md5 = (s) => createHash('md5').update(s).digest('hex');
function sqsError(status, code, message, json) {
    if (json)
        return { status, headers: { 'Content-Type': 'application/x-amz-json-1.0' }, body: JSON.stringify({ __type: `com.amazonaws.sqs#${code}`, message }) };
    return {
        status,
        headers: { 'Content-Type': 'text/xml' },
        body: `<ErrorResponse><Error><Type>Sender</Type><Code>${code}</Code><Message>${message}</Message></Error><RequestId>${randomUUID()}</RequestId></ErrorResponse>`,
    };
}
/** `MessageAttribute.1.Name=…&MessageAttribute.1.Value.DataType=…` (either spelling) as a map. */
function queryAttributes(form) {
    const out = {};
    for (const [k, name] of form) {
        const m = /^MessageAttributes?\.(\d+)\.Name$/.exec(k);
        if (!m)
            continue;
        const prefix = k.slice(0, -'Name'.length);
        out[name] = { DataType: form.get(`${prefix}Value.DataType`) ?? '', StringValue: form.get(`${prefix}Value.StringValue`) ?? '' };
    }
    return out;
}
export async function startSqsEndpoint() {
    const queues = new Map();
    const enqueue = (queue, body, attributes) => {
        const q = queues.get(queue);
        if (!q)
            return undefined;
        const m = { MessageId: randomUUID(), MD5OfBody: md5(body), Body: body, MessageAttributes: attributes };
        q.push(m);
        return m;
    };
    const handle = (r) => {
        const target = r.headers['x-amz-target'];
        if (target !== undefined) {
            if (target !== 'AmazonSQS.SendMessage')
                return sqsError(400, 'UnknownOperationException', `Unknown operation ${target}`, true);
            const input = JSON.parse(r.body.toString('utf8'));
            const m = enqueue(new URL(input.QueueUrl).pathname.split('/').pop(), input.MessageBody, {});
            if (!m)
                return sqsError(400, 'QueueDoesNotExist', 'The specified queue does not exist.', true);
            return {
                status: 200,
                headers: { 'Content-Type': 'application/x-amz-json-1.0' },
                body: JSON.stringify({ MD5OfMessageBody: m.MD5OfBody, MessageId: m.MessageId }),
            };
        }
        const json = (r.headers.accept ?? '').includes('application/json');
        const form = new URLSearchParams(r.body.toString('utf8'));
        if (form.get('Action') !== 'SendMessage')
            return sqsError(400, 'InvalidAction', `The action ${form.get('Action')} is not valid for this endpoint.`, json);
        const m = enqueue(r.path.split('/').pop(), form.get('MessageBody') ?? '', queryAttributes(form));
        if (!m)
            return sqsError(400, 'AWS.SimpleQueueService.NonExistentQueue', 'The specified queue does not exist for this wsdl version.', json);
        const requestId = randomUUID();
        if (json) {
            const result = {
                MD5OfMessageAttributes: null,
                MD5OfMessageBody: m.MD5OfBody,
                MD5OfMessageSystemAttributes: null,
                MessageId: m.MessageId,
                SequenceNumber: null,
            };
            return {
                status: 200,
                headers: { 'Content-Type': 'application/json' },
                body: JSON.stringify({ SendMessageResponse: { ResponseMetadata: { RequestId: requestId }, SendMessageResult: result } }),
            };
        }
        const xml = `<?xml version="1.0"?><SendMessageResponse xmlns="http://queue.amazonaws.com/doc/2012-11-05/"><SendMessageResult>` +
            `<MessageId>${m.MessageId}</MessageId><MD5OfMessageBody>${m.MD5OfBody}</MD5OfMessageBody></SendMessageResult>` +
            `<ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata></SendMessageResponse>`;
        return { status: 200, headers: { 'Content-Type': 'text/xml' }, body: xml };
    };
    const endpoint = await startSignedEndpoint(handle);
    return Object.assign(endpoint, { queues });
}
//# sourceMappingURL=sqs-endpoint.js.map