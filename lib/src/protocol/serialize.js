function writeValue(model, v, ref) {
    if (v === undefined || v === null)
        return undefined;
    switch (ref.t) {
        case 'double': {
            const n = v;
            return Number.isInteger(n) ? `${n}.0` : JSON.stringify(n);
        }
        case 'timestamp':
            return String(v instanceof Date ? Math.floor(v.getTime() / 1000) : v);
        case 'blob':
            return JSON.stringify(Buffer.isBuffer(v) ? v.toString('base64') : String(v));
        case 'list': {
            const parts = v.map((x) => writeValue(model, x, ref.member)).filter((x) => x !== undefined);
            return `[${parts.join(',')}]`;
        }
        case 'map': {
            const parts = [];
            for (const [k, x] of Object.entries(v))
                parts.push(`${JSON.stringify(k)}:${writeValue(model, x, ref.member) ?? 'null'}`);
            return `{${parts.join(',')}}`;
        }
        case 'structure':
            return writeStructure(model, v, ref.shape);
        default:
            return JSON.stringify(v);
    }
}
function writeStructure(model, obj, shapeName) {
    const shape = model.shapes[shapeName];
    const parts = [];
    for (const [member, ref] of Object.entries(shape.members)) {
        if (ref.loc === 'header' || ref.loc === 'payload' || ref.loc === 'responseCode')
            continue;
        const w = writeValue(model, obj[member], ref);
        if (w !== undefined)
            parts.push(`${JSON.stringify(ref.loc ? member : (ref.name ?? member))}:${w}`);
    }
    return `{${parts.join(',')}}`;
}
export function serializeOutput(model, operation, output) {
    const op = model.operations[operation];
    const shape = model.shapes[op.output];
    let status = op.code;
    const headers = {};
    let payload;
    for (const [member, ref] of Object.entries(shape.members)) {
        const v = output?.[member];
        if (v === undefined || v === null)
            continue;
        if (ref.loc === 'header')
            headers[ref.name ?? member] = String(v);
        // A member bound to the status (Lambda's Invoke `StatusCode`) replaces the operation's code.
        else if (ref.loc === 'responseCode' && typeof v === 'number')
            status = v;
        else if (ref.loc === 'payload')
            payload = Buffer.isBuffer(v) ? v : String(v);
    }
    if (payload !== undefined)
        return { status, headers, body: payload };
    if (op.output === 'Unit')
        return { status, headers, body: '' };
    headers['Content-Type'] = 'application/json';
    return { status, headers, body: writeStructure(model, output ?? {}, op.output) };
}
