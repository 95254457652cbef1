/** Control-plane ports for tests that call handlers directly and never reach the data plane or the counters. */
import type { ControlPorts } from '../../src/services/apigateway/context.js';

const unwired = (what: string) => (): never => {
  throw new Error(`${what} is not wired in this test`);
};

export function unwiredPorts(): ControlPorts {
  return {
    dataPlane: {
      flushStageCache: unwired('dataPlane.flushStageCache'),
      flushAuthorizerCache: unwired('dataPlane.flushAuthorizerCache'),
      testInvokeMethod: unwired('dataPlane.testInvokeMethod'),
      testInvokeAuthorizer: unwired('dataPlane.testInvokeAuthorizer'),
    },
    counters: new Proxy({}, { get: (_t, p) => unwired(`counters.${String(p)}`) }) as ControlPorts['counters'],
  };
}
