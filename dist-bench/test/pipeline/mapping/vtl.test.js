/**
 * Unit tests of the mapping-template runtime: each `$util` function, the Java methods templates call,
 * Java printing and regexes, JSONPath, and the Velocity semantics the engine adds to velocityjs.
 * Expected values marked "JDK" were produced by the same call on OpenJDK 17 (jshell) with
 * commons-lang 2.6 / json-smart 2.6.0; "Velocity 1.7" marks the engine semantics API Gateway's
 * templates rely on (see src/pipeline/mapping/vtl.ts).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CompiledTemplate, TemplateError, util } from '../../../src/pipeline/mapping/vtl.js';
import { base64Decode, base64Encode, escapeJavaScript, urlDecode, urlEncode } from '../../../src/pipeline/mapping/input.js';
import { JDouble, javaDoubleString, javaString, jsonArray, jsonSmart } from '../../../src/pipeline/mapping/java.js';
import { callJavaMethod, NO_METHOD } from '../../../src/pipeline/mapping/methods.js';
import { matchesWhole, replaceAll, split, translateJavaRegex, PatternSyntaxException } from '../../../src/shared/java-regex.js';
import { parseJsonStrict, parsePayload, readPath } from '../../../src/pipeline/mapping/json.js';
function env(body = '', more = {}, context = {}) {
    return {
        input: { body, path: {}, querystring: {}, header: {}, ...more },
        context: {
            requestOverride: { header: {}, path: {}, querystring: {} },
            responseOverride: { header: {}, status: undefined },
            ...context,
        },
        stageVariables: {},
    };
}
const render = (t, e = env()) => new CompiledTemplate(t).render(e);
const call = (target, name, ...args) => callJavaMethod(target, name, args);
describe('$util', () => {
    it('escapeJavaScript escapes quotes, slash, backslash, controls and non-ASCII (JDK)', () => {
        assert.equal(escapeJavaScript(`it's "q" / \\ \n\t\r \u0001 \u007f é € 😀 </script>`), `it\\'s \\"q\\" \\/ \\\\ \\n\\t\\r \\u0001 \u007f \\u00E9 \\u20AC \\uD83D\\uDE00 <\\/script>`);
        assert.equal(escapeJavaScript('\b\f\u001f'), '\\b\\f\\u001F');
        assert.equal(util.escapeJavaScript(null), null);
        assert.equal(util.escapeJavaScript(12), '12');
        assert.equal(render("$util.escapeJavaScript($input.json('$.message'))", env('{"action":"$default","message":"foobar"}')), '\\"foobar\\"');
    });
    it('urlEncode is URLEncoder.encode(s, "UTF-8") (JDK)', () => {
        assert.equal(urlEncode("a b+c~!*'()é😀"), 'a+b%2Bc%7E%21*%27%28%29%C3%A9%F0%9F%98%80');
        assert.equal(urlEncode('x=a+b'), 'x%3Da%2Bb');
        assert.equal(urlEncode('.-*_azAZ09'), '.-*_azAZ09');
        assert.equal(render('$util.urlEncode("a/b c")'), 'a%2Fb+c');
    });
    it('urlDecode is URLDecoder.decode(s, "UTF-8"); a broken escape fails (JDK)', () => {
        assert.equal(urlDecode('a+b%20c%E2%82%AC'), 'a b c€');
        assert.equal(urlDecode('x=a+b'), 'x=a b');
        assert.throws(() => urlDecode('100%'), /Incomplete trailing escape/);
        assert.throws(() => urlDecode('%zz'), /Illegal hex characters/);
        assert.throws(() => render('$util.urlDecode("%G1")'), TemplateError);
    });
    it('base64Encode/base64Decode use UTF-8 and the standard alphabet', () => {
        assert.equal(base64Encode('hello é'), 'aGVsbG8gw6k=');
        assert.equal(base64Decode('aGVsbG8gw6k='), 'hello é');
        assert.equal(base64Decode('aGk'), 'hi');
        assert.throws(() => base64Decode('a b'), /Illegal base64/);
        assert.equal(render('$util.base64Decode($util.base64Encode("round trip"))'), 'round trip');
    });
    it('parseJson gives Java objects: maps by key, lists by index, numbers as Integer/Double', () => {
        assert.equal(render(`#set($o = $util.parseJson('{"key1":"var1","key2":{"arr":[1,2,3]}}'))$o.key2.arr[0]|$o.key1|$o|$o.key2.arr.size()`), '1|var1|{key1=var1, key2={arr=[1,2,3]}}|3');
        assert.equal(render(`$util.parseJson('[1,2.0,"x"]')`), '[1,2.0,"x"]');
        assert.equal(render(`$util.parseJson('"str"')|$util.parseJson('true')|$util.parseJson('1.50')`), 'str|true|1.5');
        assert.throws(() => render(`$util.parseJson('{bad')`), TemplateError);
    });
});
describe('Java printing', () => {
    it('Double.toString (JDK)', () => {
        assert.deepEqual([1.0, 1e7, 0.001, 0.0001, 123456789.0, 249.99, -0, 1.5e20].map(javaDoubleString), [
            '1.0',
            '1.0E7',
            '0.001',
            '1.0E-4',
            '1.23456789E8',
            '249.99',
            '-0.0',
            '1.5E20',
        ]);
    });
    it('maps print {k=v}, template lists [a, b], JSON arrays as json-smart JSON (JDK)', () => {
        const m = new Map([
            ['k/', 'v'],
            ['n', null],
            ['l', jsonArray(['a/b', new JDouble(1), 1, null, true])],
        ]);
        assert.equal(javaString(m), '{k/=v, n=null, l=["a\\/b",1.0,1,null,true]}');
        assert.equal(javaString([1, 'two', new JDouble(3.5), true, null]), '[1, two, 3.5, true, null]');
        assert.equal(jsonSmart(jsonArray(['a/b\u0001\u2028é"\\']), true), '["a\\/b\\u0001\\u2028é\\"\\\\"]');
        assert.equal(jsonSmart(jsonArray(['a/b']), false), '["a/b"]');
    });
});
describe('Java String methods', () => {
    const s = 'Hello, World';
    it('length, substring, indexOf, case, trim, contains, starts/endsWith, equals, isEmpty, charAt (JDK)', () => {
        assert.equal(call(s, 'length'), 12);
        assert.equal(call(s, 'substring', 7), 'World');
        assert.equal(call('Hello', 'substring', 1, 3), 'el');
        assert.equal(call('Hello', 'indexOf', 'l', 3), 3);
        assert.equal(call('Hello', 'lastIndexOf', 'l'), 3);
        assert.equal(call(s, 'toUpperCase'), 'HELLO, WORLD');
        assert.equal(call('tEsT', 'toLowerCase'), 'test');
        assert.equal(call('  \t hi \n', 'trim'), 'hi');
        assert.equal(call(s, 'contains', 'World'), true);
        assert.equal(call(s, 'startsWith', 'Hell'), true);
        assert.equal(call(s, 'endsWith', 'd'), true);
        assert.equal(call(s, 'equals', 'Hello, World'), true);
        assert.equal(call('1', 'equals', 1), false);
        assert.equal(call('ABC', 'equalsIgnoreCase', 'abc'), true);
        assert.equal(call('', 'isEmpty'), true);
        assert.equal(call('Hello', 'charAt', 1), 'e');
        assert.equal(call('abc', 'compareTo', 'abd'), -1);
        assert.equal(call('ab', 'compareTo', 'abc'), -1);
        assert.equal(call('Hello', 'hashCode'), 69609650);
        assert.equal(call('x', 'repeat', 3), 'xxx');
        assert.equal(call(s, 'noSuchMethod'), NO_METHOD);
    });
    it('substring and charAt out of range throw (StringIndexOutOfBoundsException)', () => {
        assert.throws(() => call('abc', 'substring', 2, 5), /StringIndexOutOfBounds/);
        assert.throws(() => render('#set($s = "abc")$s.substring(4)'), TemplateError);
    });
    it('replace is literal; replaceAll/replaceFirst are regexes with $n and ${name} (JDK)', () => {
        assert.equal(call('a.b.c', 'replace', '.', '/'), 'a/b/c');
        assert.equal(call('aaa', 'replace', '', '-'), '-a-a-a-');
        assert.equal(call('Hello World', 'replaceAll', '(\\w+) (\\w+)', '$2 $1'), 'World Hello');
        assert.equal(call('price: $5', 'replaceAll', '\\$(\\d)', 'USD$1'), 'price: USD5');
        assert.equal(call('x', 'replaceAll', 'x', '\\$'), '$');
        assert.equal(call('ab', 'replaceFirst', '(?<first>a)', '${first}${first}'), 'aab');
        assert.equal(call('CamelCaseString', 'replaceAll', '([a-z])([A-Z])', '$1_$2'), 'Camel_Case_String');
        assert.equal(call('a-b_c', 'replaceAll', '[-_]', ' '), 'a b c');
        assert.equal(call("it\\'s", 'replaceAll', "\\\\'", "'"), "it's");
        assert.equal(call('a\nb', 'replaceAll', '$', '!'), 'a\nb!');
        assert.equal(call('a\n', 'replaceAll', '$', '!'), 'a!\n!');
        assert.throws(() => call('x', 'replaceAll', 'x', '$2'), /No group 2/);
        assert.throws(() => call('x', 'replaceAll', 'x', 'a$'), /Illegal group reference/);
    });
    it('split follows Java (trailing empties dropped, limit, no leading empty for zero-width) (JDK)', () => {
        assert.deepEqual(split('a,b,,c,,', ','), ['a', 'b', '', 'c']);
        assert.deepEqual(split('a,b,,c,,', ',', -1), ['a', 'b', '', 'c', '', '']);
        assert.deepEqual(split('a,b,c', ',', 2), ['a', 'b,c']);
        assert.deepEqual(split('', ','), ['']);
        assert.deepEqual(split('abc', ''), ['a', 'b', 'c']);
        assert.deepEqual(split(',a', ','), ['', 'a']);
        assert.deepEqual(split('a1b22c', '\\d+'), ['a', 'b', 'c']);
        assert.equal(render('#set($d = "2024-01-15")#set($p = $d.split("-"))$p[1]|$p.size()|$p.get(2)'), '01|3|15');
        assert.match(render('$s.split(",")', env()), /^$/);
        assert.match(render('#set($s = "a,b")$s.split(",")'), /^\[Ljava\.lang\.String;@[0-9a-f]+$/);
    });
    it('matches is a whole-string match (JDK)', () => {
        assert.equal(matchesWhole('abc', 'a|abc'), true);
        assert.equal(matchesWhole('abc', 'b'), false);
        assert.equal(matchesWhole('Hello, World', 'H.*d'), true);
        assert.equal(call('2024-01-15', 'matches', '\\d{4}-\\d{2}-\\d{2}'), true);
    });
    it('Java regex syntax is translated: \\Q..\\E, POSIX classes, \\A \\z, inline flags, identity escapes', () => {
        assert.equal(replaceAll('a.b', '\\Q.\\E', '-'), 'a-b');
        assert.equal(replaceAll('aB1!', '\\p{Alpha}', 'x'), 'xx1!');
        assert.equal(replaceAll('aB1!', '\\p{Punct}', '?'), 'aB1?');
        assert.equal(replaceAll('ab\nab', '\\Aab', 'X'), 'X\nab');
        assert.equal(replaceAll('ABC', '(?i)b', 'x'), 'AxC');
        assert.equal(replaceAll("a'b", "\\'", '"'), 'a"b');
        assert.equal(replaceAll('a\u00a0b', '\\s', '_'), 'a\u00a0b');
        assert.equal(replaceAll('aaa', 'a++', 'x'), 'x');
        assert.throws(() => translateJavaRegex('(?>a)'), PatternSyntaxException);
        assert.throws(() => translateJavaRegex('a{'), PatternSyntaxException);
        assert.throws(() => translateJavaRegex('[a-z&&[^b]]'), PatternSyntaxException);
    });
});
describe('Java numbers, maps and lists', () => {
    it('number methods', () => {
        assert.equal(javaString(call(5, 'doubleValue')), '5.0');
        assert.equal(call(new JDouble(7.9), 'intValue'), 7);
        assert.equal(call(5, 'toString'), '5');
    });
    it('map methods: get, put, containsKey, keySet, values, entrySet, size, isEmpty, remove', () => {
        const out = render(`#set($m = {"b": 1, "a": [1, 2], "c": {"d": "e"}})$m|$m.b|$m.keySet()|$m.entrySet()|$m.size()|$m.get("c").d|$m.values()|$m.containsKey("a")|$m.isEmpty()|$m.put("b", 2)|$m.remove("a")|$m`);
        assert.equal(out, '{b=1, a=[1, 2], c={d=e}}|1|[b, a, c]|[b=1, a=[1, 2], c={d=e}]|3|e|[1, [1, 2], {d=e}]|true|false|1|[1, 2]|{b=2, c={d=e}}');
        assert.equal(render("#foreach($e in $input.path('$').entrySet())$e.key=$e.value;#end", env('{"x":1,"y":"z"}')), 'x=1;y=z;');
    });
    it('list methods: size, get, contains, add (prints true), isEmpty, indexOf, remove; get out of range fails', () => {
        assert.equal(render('#set($l = [1, "two", 3.5, true])$l|$l.size()|$l.get(1)|$l.contains("two")|$l.add(4)|$l|$l.indexOf(4)|$l.isEmpty()'), '[1, two, 3.5, true]|4|two|true|true|[1, two, 3.5, true, 4]|4|false');
        assert.throws(() => render('#set($l = [1])$l.get(3)'), TemplateError);
        assert.equal(render('#set($l = [])#foreach($i in [1..3])#set($ignore = $l.add($i))#end$l'), '[1, 2, 3]');
    });
});
describe('JSON payloads and JSONPath (Jayway semantics)', () => {
    it('keeps key order, integers and doubles', () => {
        const v = parseJsonStrict('{"b":1,"2":2,"a":1.0,"big":12345678901234567890}');
        assert.equal(javaString(v), '{b=1, 2=2, a=1.0, big=12345678901234567890}');
    });
    it('permissive payloads: a non-JSON text is a string, a broken object or array an error', () => {
        assert.equal(parsePayload('a=b'), 'a=b');
        assert.throws(() => parsePayload('{a'));
        assert.throws(() => parsePayload('[a'));
    });
    it('definite paths give the value or nothing; indefinite paths give a JSON list', () => {
        const doc = parseJsonStrict('{"store":{"book":[{"t":"a","p":8},{"t":"b","p":12},{"t":"c"}]},"n":null}');
        assert.equal(readPath(doc, '$.store.book[1].t'), 'b');
        assert.equal(readPath(doc, "$['store']['book'][-1].t"), 'c');
        assert.equal(readPath(doc, '$.store.missing'), undefined);
        assert.equal(readPath(doc, '$.n'), null);
        assert.equal(javaString(readPath(doc, '$.store.book[*].t')), '["a","b","c"]');
        assert.equal(javaString(readPath(doc, '$..p')), '[8,12]');
        assert.equal(javaString(readPath(doc, '$.store.book[?(@.p > 10)].t')), '["b"]');
        assert.equal(javaString(readPath(doc, '$.store.book[0:2].t')), '["a","b"]');
        assert.equal(javaString(readPath(doc, '$.store.book[*].missing')), '[]');
    });
    it('$input.json renders compact JSON, doubles as Java prints them, and null for no match', () => {
        const e = env('{"a":{"x":[1,2.50,"s/t"]},"b":"q"}');
        assert.equal(render("$input.json('$.a')|$input.json('$.b')|$input.json('$.zz')", e), '{"x":[1,2.5,"s/t"]}|"q"|null');
        assert.equal(render("$input.json('$')", env('')), 'null');
    });
});
describe('Velocity semantics', () => {
    it('null references render as nothing; #set to null keeps the old value (Velocity 1.7)', () => {
        assert.equal(render('[$nothing][$nothing.foo.bar][$!nothing]'), '[][][]');
        assert.equal(render('#set($x = "keep")#set($x = $nothing)$x'), 'keep');
        assert.equal(render('"$context.authorizer.principalId"', env('', {}, { authorizer: {} })), '""');
    });
    it('#if: only null and false are false; == compares numbers by value, others by toString(), null equals ""', () => {
        assert.equal(render('#if("")a#end#if(0)b#end#if($nothing)c#end#if(!$nothing)d#end#if(false)e#end'), 'abd');
        // null == "" is true (rec: test_apigateway_common.py::TestApiGatewayCommon::test_input_path_template_formatting [empty-body]).
        assert.equal(render('#if(1 == 1.0)a#end#if("1" == 1)b#end#if($nothing == "")c#end#if($n1 == $n2)d#end#if(2 > 1)e#end'), 'abcde');
        assert.equal(render('#if("" == $nothing)a#end#if($nothing != "")b#end#if($nothing == " ")c#end#if($nothing == 0)d#end#if($nothing != "x")e#end'), 'ae');
        assert.equal(render('#if($x && $y)a#elseif($x || $y)b#else c#end', env()), ' c');
    });
    it('math: integer division, Double arithmetic, string concatenation', () => {
        assert.equal(render('#set($a = 7)#set($b = 2)#set($c = $a / $b)$c;#set($d = $a % $b)$d;#set($e = $a * 1.5)$e;#set($f = 1.0 + 1)$f;#set($g = "x" + 1)$g;#set($h = 2 - 5)$h'), '3;1;10.5;2.0;x1;-3');
        assert.equal(render('#set($z = 1 / 0)[$z]'), '[]');
    });
    it('#foreach: $foreach.* and $velocityCount; maps iterate their values; #break stops', () => {
        assert.equal(render('#foreach($i in [1..3])$i:$velocityCount:$foreach.count:$foreach.index:$foreach.hasNext:$foreach.first:$foreach.last #end'), '1:1:1:0:true:true:false 2:2:2:1:true:false:false 3:3:3:2:false:false:true ');
        assert.equal(render("#foreach($v in $input.path('$'))[$v]#end", env('{"a":1,"b":[1]}')), '[1][[1]]');
        assert.equal(render('#foreach($i in [1..5])#if($i == 3)#break#end$i#end'), '12');
    });
    it('whitespace: #set and directive-only lines lose their newline (velocity-engine-core 2.3, bc mode)', () => {
        assert.equal(render("#set($inputRoot = $input.path('$'))\n{\n#foreach($i in [1..2])\n  $i#if($foreach.hasNext),#end\n\n#end\n}", env('{}')), '{\n  1,\n  2\n}');
    });
    it('#evaluate renders a string as a template', () => {
        assert.equal(render('#set($t = "x=$input.params(\'x\')")#evaluate($t)', env('', { querystring: { x: '1' } })), 'x=1');
    });
    it('macros and #define', () => {
        assert.equal(render('#macro(greet $who)Hi $who!#end#greet("Bob") #greet($input.path(\'$\').name)', env('{"name":"Ann"}')), 'Hi Bob! Hi Ann!');
        assert.equal(render('#define($d)[$x]#end#set($x = 1)$d#set($x = 2)$d'), '[1][2]');
    });
    it('overrides written by #set are visible to the caller, as Strings (status as a number)', () => {
        const e = env('{"code":404.0}', { header: { h: 'v' } });
        render("#set($context.requestOverride.header.X-Id = $input.params('h'))#set($context.requestOverride.querystring.n = 5)#set($context.requestOverride.header.multi = [\"a\", 1])#set($context.responseOverride.status = $input.path('$.code'))", e);
        const ctx = e.context;
        assert.deepEqual(ctx.requestOverride.header, { 'X-Id': 'v', multi: ['a', '1'] });
        assert.deepEqual(ctx.requestOverride.querystring, { n: '5' });
        assert.equal(ctx.responseOverride.status, 404);
    });
    it('$input.params() prints the three maps; $input.body is the raw payload', () => {
        const e = env('{"a" : 1}', { path: { id: 'abc' }, querystring: { name: 'me' }, header: { h1: 'v1' } });
        assert.equal(render('$input.params()|$input.body', e), '{path={id=abc}, header={h1=v1}, querystring={name=me}}|{"a" : 1}');
    });
    it('a template that does not parse is refused at compile time', () => {
        assert.throws(() => new CompiledTemplate('#if($a'), TemplateError);
    });
    it('each render starts fresh (#stop and macros do not leak)', () => {
        const t = new CompiledTemplate('before#if($input.params("s") == "1")#stop#end after');
        assert.equal(t.render(env('', { querystring: { s: '1' } })), 'before');
        assert.equal(t.render(env('', { querystring: { s: '2' } })), 'before after');
    });
    // A compiled template keeps one engine for all its renders (vtl.ts): nothing one render set may
    // reach the next — variables, #define, #macro, or the once-only override bookkeeping.
    it('an engine reused across renders starts each one fresh (variables, #define, #macro, overrides)', () => {
        const vars = new CompiledTemplate('#if($input.params("s") == "1")#set($v = "set")#define($d)D#end#macro(m)M#end#end[$!v][$!d]');
        assert.equal(vars.render(env('', { querystring: { s: '1' } })), '[set][D]');
        assert.equal(vars.render(env('', { querystring: { s: '2' } })), '[][]');
        const macro = new CompiledTemplate('#if($input.params("s") == "1")#macro(m)M#end#end#m()');
        assert.equal(macro.render(env('', { querystring: { s: '1' } })), 'M');
        assert.notEqual(macro.render(env('', { querystring: { s: '2' } })), 'M', 'the macro of the first render is gone');
        const override = new CompiledTemplate('#set($context.responseOverride.status = 201)');
        for (let i = 0; i < 3; i++) {
            const e = env();
            override.render(e);
            assert.equal(e.context.responseOverride.status, 201, `render ${i + 1} may set the override once`);
        }
    });
    it('a template of plain text renders to itself, as often as asked', () => {
        const t = new CompiledTemplate('{"statusCode": 200}\n  text ## not a comment? yes it is');
        assert.equal(t.render(env()), '{"statusCode": 200}\n  text ');
        assert.equal(t.render(env('{"other":1}')), '{"statusCode": 200}\n  text ');
        assert.equal(new CompiledTemplate('no $references here').render(env()), 'no  here', 'a reference is not plain text');
    });
});
//# sourceMappingURL=vtl.test.js.map