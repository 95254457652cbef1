/**
 * `$input` and `$util` (DG:api-gateway-mapping-template-reference, "$input Variables" and "$util
 * Variables"; docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html).
 */
import { JavaException, javaString, jsonSmart } from './java.js';
import { parseJsonStrict, parsePayload, readPath } from './json.js';
/** A payload that json-smart cannot read (AWS: `Could not process payload…`). */
export class PayloadParseError extends JavaException {
}
/**
 * StringEscapeUtils.escapeJavaScript (commons-lang 2.6; escapeEcmaScript in lang3 gives the same):
 * `'` → `\'`, `"` → `\"`, `\` → `\\`, `/` → `\/`, \b \f \n \r \t, other control chars and every char
 * above U+007E except U+007F as `\uXXXX` (uppercase hex, UTF-16 units). The DG: "turn any regular
 * single quotes (') into escaped ones (\')". Checked against commons-lang 2.6 on JDK 17.
 */
export function escapeJavaScript(s) {
    let out = '';
    for (let i = 0; i < s.length; i++) {
        const ch = s.charCodeAt(i);
        if (ch > 0x7f) {
            out += `\\u${ch.toString(16).toUpperCase().padStart(4, '0')}`;
        }
        else if (ch < 0x20) {
            switch (ch) {
                case 0x08:
                    out += '\\b';
                    break;
                case 0x0a:
                    out += '\\n';
                    break;
                case 0x09:
                    out += '\\t';
                    break;
                case 0x0c:
                    out += '\\f';
                    break;
                case 0x0d:
                    out += '\\r';
                    break;
                default:
                    out += `\\u${ch.toString(16).toUpperCase().padStart(4, '0')}`;
            }
        }
        else {
            const c = s[i];
            switch (c) {
                case "'":
                    out += "\\'";
                    break;
                case '"':
                    out += '\\"';
                    break;
                case '\\':
                    out += '\\\\';
                    break;
                case '/':
                    out += '\\/';
                    break;
                default:
                    out += c;
            }
        }
    }
    return out;
}
/** URLEncoder.encode(s, "UTF-8"): `a-zA-Z0-9.-*_` kept, space → `+`, the rest `%XX` of the UTF-8 bytes. */
export function urlEncode(s) {
    let out = '';
    for (const ch of s) {
        if (/^[a-zA-Z0-9.\-*_]$/.test(ch))
            out += ch;
        else if (ch === ' ')
            out += '+';
        else {
            const cp = ch.codePointAt(0);
            const bytes = cp >= 0xd800 && cp <= 0xdfff ? Buffer.from('?') : Buffer.from(ch, 'utf8');
            for (const b of bytes)
                out += `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
        }
    }
    return out;
}
/** URLDecoder.decode(s, "UTF-8"): `+` → space, `%XX` runs decoded as UTF-8; a bad `%` is an error. */
export function urlDecode(s) {
    let out = '';
    for (let i = 0; i < s.length;) {
        const c = s[i];
        if (c === '+') {
            out += ' ';
            i++;
            continue;
        }
        if (c !== '%') {
            out += c;
            i++;
            continue;
        }
        const bytes = [];
        while (i < s.length && s[i] === '%') {
            const hex = s.slice(i + 1, i + 3);
            if (!/^[0-9a-fA-F]{2}$/.test(hex)) {
                throw new JavaException(hex.length < 2
                    ? 'URLDecoder: Incomplete trailing escape (%) pattern'
                    : `URLDecoder: Illegal hex characters in escape (%) pattern - Error at index 0 in: "${hex}"`);
            }
            bytes.push(parseInt(hex, 16));
            i += 3;
        }
        out += Buffer.from(bytes).toString('utf8');
    }
    return out;
}
/** Base64 of the UTF-8 bytes (standard alphabet, padded). */
export function base64Encode(s) {
    return Buffer.from(s, 'utf8').toString('base64');
}
/** The UTF-8 text of standard base64 (java.util.Base64.getDecoder(): no whitespace, padding optional). */
export function base64Decode(s) {
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(s) || s.replace(/=+$/, '').length % 4 === 1) {
        throw new JavaException('java.lang.IllegalArgumentException: Illegal base64 character');
    }
    return Buffer.from(s, 'base64').toString('utf8');
}
/** `$util.parseJson(s)`: the JSON text as Java objects (DG example: `$util.parseJson(...).key2.arr[0]`). */
export function parseJson(s) {
    return parseJsonStrict(s);
}
const asString = (v) => (v === null || v === undefined ? null : javaString(v));
/** `$util`: each function takes a String (Velocity converts nothing else; null in, null out). */
export const util = {
    escapeJavaScript: (v) => {
        const s = asString(v);
        return s === null ? null : escapeJavaScript(s);
    },
    parseJson: (v) => {
        const s = asString(v);
        return s === null ? null : parseJson(s);
    },
    urlEncode: (v) => {
        const s = asString(v);
        return s === null ? null : urlEncode(s);
    },
    urlDecode: (v) => {
        const s = asString(v);
        return s === null ? null : urlDecode(s);
    },
    base64Encode: (v) => {
        const s = asString(v);
        return s === null ? null : base64Encode(s);
    },
    base64Decode: (v) => {
        const s = asString(v);
        return s === null ? null : base64Decode(s);
    },
};
export const NOT_FOUND = Symbol('not found');
export class UtilVariable {
    hostMethod(name, args) {
        if (!Object.prototype.hasOwnProperty.call(util, name) || args.length !== 1)
            return NOT_FOUND;
        return util[name](args[0]);
    }
    hostProperty() {
        return undefined;
    }
}
/**
 * `$input`. Parameters are looked up path, then query string, then header (DG). An empty body reads
 * as `{}` through `$input.body` (localstack PR#12413, AWS-validated tests), while `$input.path` and
 * `$input.json` see no document: null and `null` (localstack PR#12774). A JSONPath that matches
 * nothing gives the same null (PR#12774).
 */
export class InputVariable {
    input;
    #parsed;
    #params;
    constructor(input) {
        this.input = input;
    }
    get document() {
        if (!this.#parsed) {
            if (this.input.body === '') {
                this.#parsed = { value: null };
            }
            else {
                try {
                    this.#parsed = { value: parsePayload(this.input.body) };
                }
                catch (e) {
                    throw new PayloadParseError(`Could not process payload: ${e.message}`);
                }
            }
        }
        return this.#parsed.value;
    }
    path(p) {
        if (typeof p !== 'string')
            return NOT_FOUND;
        const doc = this.document;
        if (doc === null)
            return null;
        return readPath(doc, p) ?? null;
    }
    json(p) {
        const v = this.path(p);
        if (v === NOT_FOUND)
            return v;
        return jsonSmart(v, false);
    }
    /** The three parameter maps; iteration order path, header, querystring as the DG's own rendering shows. */
    params() {
        if (!this.#params) {
            this.#params = new Map([
                ['path', this.input.path],
                ['header', this.input.header],
                ['querystring', this.input.querystring],
            ]);
        }
        return this.#params;
    }
    param(name) {
        const { path, querystring, header } = this.input;
        const own = (o) => (Object.prototype.hasOwnProperty.call(o, name) ? o[name] : undefined);
        const direct = own(path) ?? own(querystring) ?? own(header);
        if (direct !== undefined)
            return direct;
        const lower = name.toLowerCase();
        for (const [k, v] of Object.entries(header))
            if (k.toLowerCase() === lower)
                return v;
        return '';
    }
    hostMethod(name, args) {
        switch (name) {
            case 'json':
                return args.length === 1 ? this.json(args[0]) : NOT_FOUND;
            case 'path':
                return args.length === 1 ? this.path(args[0]) : NOT_FOUND;
            case 'params':
                if (args.length === 0)
                    return this.params();
                if (args.length === 1 && typeof args[0] === 'string')
                    return this.param(args[0]);
                return NOT_FOUND;
            case 'getBody':
                return args.length === 0 ? this.body : NOT_FOUND;
            default:
                return NOT_FOUND;
        }
    }
    hostProperty(name) {
        if (name === 'body')
            return this.body;
        // Velocity reads `$input.params` as the getter getParams(), which $input does not have.
        return undefined;
    }
    get body() {
        return this.input.body === '' ? '{}' : this.input.body;
    }
}
