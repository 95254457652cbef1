/**
 * Step Functions test endpoints behind SigV4 verification (helpers/signed-endpoint.ts), signed as `states`,
 * JSON 1.0 with `X-Amz-Target: AWSStepFunctions.{Operation}`: the regular endpoint (StartExecution,
 * DeleteStateMachine) and the synchronous one AWS serves on `sync-states.{region}` (StartSyncExecution
 * only; the model's `hostPrefix: "sync-"`), so a test shows which host a call reached. Answers as the Step
 * Functions API reference shows them (https://docs.aws.amazon.com/step-functions/latest/apireference/API_StartExecution.html,
 * API_StartSyncExecution.html, API_DeleteStateMachine.html). A state machine here is one Pass state: its
 * output is its input.
 */
import { randomUUID } from 'node:crypto';
import { jsonOperation, startSignedEndpoint, type ServiceAnswer, type SignedEndpoint, type VerifiedRequest } from './signed-endpoint.js';

export interface Execution {
  executionArn: string;
  stateMachineArn: string;
  name: string;
  input: string;
}

export interface StatesEndpoints {
  states: SignedEndpoint;
  sync: SignedEndpoint;
  /** State machines by ARN. */
  machines: Map<string, { type: 'STANDARD' | 'EXPRESS' }>;
  executions: Execution[];
  close(): Promise<void>;
}

const JSON_1_0 = 'application/x-amz-json-1.0';
const answer = (status: number, body: object): ServiceAnswer => ({ status, headers: { 'Content-Type': JSON_1_0 }, body: JSON.stringify(body) });
const error = (type: string, message: string): ServiceAnswer => answer(400, { __type: type, message });

export async function startStatesEndpoints(): Promise<StatesEndpoints> {
  const machines = new Map<string, { type: 'STANDARD' | 'EXPRESS' }>();
  const executions: Execution[] = [];

  /** Starts an execution, or says why not. */
  const start = (input: { stateMachineArn?: string; name?: string; input?: string }): Execution | ServiceAnswer => {
    const arn = input.stateMachineArn ?? '';
    const machine = machines.get(arn);
    if (!machine) return error('StateMachineDoesNotExist', `State Machine Does Not Exist: '${arn}'`);
    const text = input.input ?? '{}';
    try {
      JSON.parse(text);
    } catch {
      return error('InvalidExecutionInput', `Invalid State Machine Execution Input: '${text}'`);
    }
    const name = input.name ?? randomUUID();
    // arn:aws:states:{region}:{account}:stateMachine:{machine} → …:execution:{machine}:{name} (…:express:… with a run id for EXPRESS).
    const base = arn.replace(':stateMachine:', machine.type === 'EXPRESS' ? ':express:' : ':execution:');
    const e = { executionArn: `${base}:${name}${machine.type === 'EXPRESS' ? `:${randomUUID()}` : ''}`, stateMachineArn: arn, name, input: text };
    executions.push(e);
    return e;
  };
  const now = () => Date.now() / 1000;

  const states = await startSignedEndpoint(
    (r: VerifiedRequest) => {
      const call = jsonOperation(r, 'AWSStepFunctions', JSON_1_0);
      if ('status' in call) return call;
      switch (call.operation) {
        case 'StartExecution': {
          const e = start(call.input);
          if ('status' in e) return e;
          return answer(200, { executionArn: e.executionArn, startDate: now() });
        }
        case 'DeleteStateMachine':
          machines.delete(call.input.stateMachineArn);
          return answer(200, {});
        default:
          return answer(400, { __type: 'UnknownOperationException' });
      }
    },
    { service: 'states' },
  );

  const sync = await startSignedEndpoint(
    (r: VerifiedRequest) => {
      const call = jsonOperation(r, 'AWSStepFunctions', JSON_1_0);
      if ('status' in call) return call;
      if (call.operation !== 'StartSyncExecution') return answer(400, { __type: 'UnknownOperationException' });
      if (machines.get(call.input.stateMachineArn)?.type === 'STANDARD')
        return error('StateMachineTypeNotSupported', 'This operation is not supported by this type of state machine');
      const startDate = now();
      const e = start(call.input);
      if ('status' in e) return e;
      return answer(200, {
        billingDetails: { billedDurationInMilliseconds: 100, billedMemoryUsedInMB: 64 },
        executionArn: e.executionArn,
        input: e.input,
        inputDetails: { included: true },
        name: e.name,
        output: e.input,
        outputDetails: { included: true },
        startDate,
        stateMachineArn: e.stateMachineArn,
        status: 'SUCCEEDED',
        stopDate: now(),
      });
    },
    { service: 'states' },
  );

  return {
    states,
    sync,
    machines,
    executions,
    async close() {
      await states.close();
      await sync.close();
    },
  };
}
