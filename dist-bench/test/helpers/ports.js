const unwired = (what) => () => {
    throw new Error(`${what} is not wired in this test`);
};
export function unwiredPorts() {
    return {
        dataPlane: {
            flushStageCache: unwired('dataPlane.flushStageCache'),
            flushAuthorizerCache: unwired('dataPlane.flushAuthorizerCache'),
            testInvokeMethod: unwired('dataPlane.testInvokeMethod'),
            testInvokeAuthorizer: unwired('dataPlane.testInvokeAuthorizer'),
        },
        counters: new Proxy({}, { get: (_t, p) => unwired(`counters.${String(p)}`) }),
    };
}
//# sourceMappingURL=ports.js.map