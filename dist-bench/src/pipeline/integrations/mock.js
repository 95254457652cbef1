export function mockEndpoint(ir) {
    return { status: statusOf(ir.text ?? ir.body.toString('utf8')), headers: new Map(), body: EMPTY, latencyMs: 0 };
}
const EMPTY = Buffer.alloc(0);
/** Most request templates of MOCK methods are constant (`{"statusCode": 200}`): their status is parsed once. */
const parsed = new Map();
function statusOf(rendered) {
    const known = parsed.get(rendered);
    if (known !== undefined)
        return known;
    let status = 200;
    const text = rendered.trim();
    if (text) {
        try {
            const json = JSON.parse(text);
            const n = Number(json?.statusCode);
            if (Number.isInteger(n) && n >= 100 && n <= 599)
                status = n;
        }
        catch {
            /* not JSON: default status */
        }
    }
    if (rendered.length <= 256) {
        if (parsed.size >= 1024)
            parsed.clear();
        parsed.set(rendered, status);
    }
    return status;
}
//# sourceMappingURL=mock.js.map