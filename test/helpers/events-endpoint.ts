/**
 * An EventBridge test endpoint behind SigV4 verification (helpers/signed-endpoint.ts), signed as `events`,
 * JSON 1.1 with `X-Amz-Target: AWSEvents.PutEvents`. Answers as the EventBridge API reference shows
 * (https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutEvents.html): an entry whose Detail
 * is no JSON object fails on its own (`MalformedDetail`, counted in FailedEntryCount), the others get an
 * EventId.
 */
import { randomUUID } from 'node:crypto';
import { jsonOperation, startSignedEndpoint, type ServiceAnswer, type SignedEndpoint, type VerifiedRequest } from './signed-endpoint.js';

export interface PutEvent {
  EventId: string;
  Source: string;
  DetailType: string;
  Detail: string;
  EventBusName: string;
}

export interface EventsEndpoint extends SignedEndpoint {
  events: PutEvent[];
}

const JSON_1_1 = 'application/x-amz-json-1.1';
const answer = (status: number, body: object): ServiceAnswer => ({ status, headers: { 'Content-Type': JSON_1_1 }, body: JSON.stringify(body) });

function isObject(text: unknown): boolean {
  try {
    const v: unknown = JSON.parse(String(text));
    return v !== null && typeof v === 'object' && !Array.isArray(v);
  } catch {
    return false;
  }
}

export async function startEventsEndpoint(): Promise<EventsEndpoint> {
  const events: PutEvent[] = [];
  const handle = (r: VerifiedRequest): ServiceAnswer => {
    const call = jsonOperation(r, 'AWSEvents', JSON_1_1);
    if ('status' in call) return call;
    if (call.operation !== 'PutEvents') return answer(400, { __type: 'UnknownOperationException' });
    const entries = (call.input as { Entries?: Record<string, string>[] }).Entries;
    if (!Array.isArray(entries) || entries.length < 1 || entries.length > 10)
      return answer(400, {
        __type: 'ValidationException',
        message: `1 validation error detected: Value at 'entries' failed to satisfy constraint: Member must have length between 1 and 10`,
      });
    let failed = 0;
    const out = entries.map((e) => {
      if (!isObject(e.Detail)) {
        failed++;
        return { ErrorCode: 'MalformedDetail', ErrorMessage: 'Detail is malformed.' };
      }
      const event = { EventId: randomUUID(), Source: e.Source, DetailType: e.DetailType, Detail: e.Detail, EventBusName: e.EventBusName ?? 'default' };
      events.push(event);
      return { EventId: event.EventId };
    });
    return answer(200, { Entries: out, FailedEntryCount: failed });
  };
  const endpoint = await startSignedEndpoint(handle, { service: 'events' });
  return Object.assign(endpoint, { events });
}
