/**
 * An SNS test endpoint behind SigV4 verification (helpers/signed-endpoint.ts), signed as `sns`, in the
 * query protocol SNS speaks: `Action=Publish&TopicArn=…&Message=…` in the query string or a form-encoded
 * body (`MessageAttributes.entry.N.Name` / `.Value.DataType` / `.Value.StringValue` for attributes),
 * answered in XML, or in JSON to `Accept: application/json`. Answers as
 * https://docs.aws.amazon.com/sns/latest/api/API_Publish.html shows them.
 */
import { randomUUID } from 'node:crypto';
import {
  queryAnswer,
  queryError,
  queryParameters,
  startSignedEndpoint,
  type ServiceAnswer,
  type SignedEndpoint,
  type VerifiedRequest,
} from './signed-endpoint.js';

export interface Published {
  MessageId: string;
  TopicArn: string;
  Message: string;
  Subject: string | null;
  MessageAttributes: Record<string, { DataType: string; StringValue: string }>;
}

export interface SnsEndpoint extends SignedEndpoint {
  /** Topic ARNs that exist. */
  topics: Set<string>;
  published: Published[];
}

const XMLNS = 'http://sns.amazonaws.com/doc/2010-03-31/';

function attributes(q: URLSearchParams): Published['MessageAttributes'] {
  const out: Published['MessageAttributes'] = {};
  for (const [k, name] of q) {
    const m = /^MessageAttributes\.entry\.(\d+)\.Name$/.exec(k);
    if (!m) continue;
    const prefix = `MessageAttributes.entry.${m[1]}.Value.`;
    out[name] = { DataType: q.get(`${prefix}DataType`) ?? '', StringValue: q.get(`${prefix}StringValue`) ?? '' };
  }
  return out;
}

export async function startSnsEndpoint(): Promise<SnsEndpoint> {
  const topics = new Set<string>();
  const published: Published[] = [];
  const handle = (r: VerifiedRequest): ServiceAnswer => {
    if (r.headers['x-amz-target'] !== undefined) return queryError(r, 400, 'InvalidAction', 'SNS speaks the query protocol');
    const q = queryParameters(r);
    const action = q.get('Action');
    if (action !== 'Publish') return queryError(r, 400, 'InvalidAction', `The action ${action} is not valid for this web service.`);
    const topic = q.get('TopicArn') ?? '';
    const message = q.get('Message');
    if (message === null || message === '') return queryError(r, 400, 'InvalidParameter', 'Invalid parameter: Empty message');
    if (!topics.has(topic)) return queryError(r, 404, 'NotFound', 'Topic does not exist');
    const p = { MessageId: randomUUID(), TopicArn: topic, Message: message, Subject: q.get('Subject'), MessageAttributes: attributes(q) };
    published.push(p);
    return queryAnswer(r, 'Publish', XMLNS, { MessageId: p.MessageId, SequenceNumber: null });
  };
  const endpoint = await startSignedEndpoint(handle, { service: 'sns' });
  return Object.assign(endpoint, { topics, published });
}
