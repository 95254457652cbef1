/**
 * Every citation in the code resolves to something in the repository or to a public source.
 *
 * The comments (and test titles) of src/, test/, bench/ and scripts/ cite AWS facts in a few shorthand
 * forms, all listed in docs/citations.md. This test finds each one and checks it resolves:
 * - a fact number `F<n>` (or a range `F<a>–F<b>`) is a row of docs/recorded-facts.md;
 * - `rec: <file>::<Class>::<test> [<step>]` names a recorded test, and its steps, in docs/recorded-aws/steps.tsv
 *   (the same for the `rec:` pointers inside docs/recorded-facts.md);
 * - `LS-snap …` names recorded files, classes, tests and steps that steps.tsv lists (also in docs/aws-behavior.md);
 * - a document name `<name>.md` is a file of the repository (docs/ above all);
 * - a section of the behaviour notes cited as `aws-behavior.md "<section>"` or `aws-behavior.md A<n>` is there;
 * - a source-key tag (`DG:`, `LS-code`, `OBS1`, a confidence marker, a recording legend) is in the glossary;
 * - the LocalStack research notes are cited only by their fact numbers: no section of them is in the repository.
 * A failure names the file, the line and the citation, so whoever added it can fix it at once.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import ts from 'typescript';
import { readSteps } from '../recorded/steps.js';
const root = process.cwd();
const SCANNED = ['src', 'test', 'bench', 'scripts'];
const SKIPPED = ['test/fixtures', 'test/docs/citations.test.ts'];
function walk(dir, out) {
    for (const name of readdirSync(join(root, dir))) {
        const rel = join(dir, name);
        if (SKIPPED.some((s) => rel === s || rel.startsWith(s + '/')))
            continue;
        if (statSync(join(root, rel)).isDirectory())
            walk(rel, out);
        else if (/\.(ts|json)$/.test(name))
            out.push(rel);
    }
    return out;
}
/** Blank a comment's markers (`//`, `/*`, `*` at a line start, the closing one) with spaces: offsets stay. */
function blankMarkers(raw) {
    return raw
        .replace(/^\/\*\*?/, (m) => ' '.repeat(m.length))
        .replace(/\*\/$/, '  ')
        .replace(/^([ \t]*)(\/\/\/?|\*(?!\/))/gm, (_m, sp, mark) => sp + ' '.repeat(mark.length));
}
/** Comments and string literals of a TypeScript file; consecutive `//` lines form one comment. */
function piecesOfTs(file, text) {
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
    const lineOf = (pos) => sf.getLineAndCharacterOfPosition(pos).line + 1;
    const ranges = new Map();
    const strings = [];
    const visit = (node) => {
        // A comment belongs to the gap before or after some node: on the same line (trailing) or on lines of its own.
        for (const at of [node.pos, node.end]) {
            for (const r of ts.getLeadingCommentRanges(text, at) ?? [])
                ranges.set(r.pos, r);
            for (const r of ts.getTrailingCommentRanges(text, at) ?? [])
                ranges.set(r.pos, r);
        }
        if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node)
            || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
            const line = lineOf(node.getStart(sf));
            strings.push({ file, line, text: node.text, lineAt: () => line, comment: false });
        }
        ts.forEachChild(node, visit);
    };
    visit(sf);
    const sorted = [...ranges.values()].sort((a, b) => a.pos - b.pos);
    const merged = [];
    for (const r of sorted) {
        const last = merged[merged.length - 1];
        if (last && r.pos >= last.end && /^\s*$/.test(text.slice(last.end, r.pos)))
            last.end = Math.max(last.end, r.end);
        else if (!last || r.pos >= last.end)
            merged.push({ pos: r.pos, end: r.end });
    }
    const comments = merged.map(({ pos, end }) => {
        const blanked = blankMarkers(text.slice(pos, end));
        return { file, line: lineOf(pos), text: blanked, lineAt: (o) => lineOf(pos + o), comment: true };
    });
    return [...comments, ...strings];
}
/** A file scanned whole: a JSON file (src/model/patches.json keeps its notes in string values) or a document. */
function piecesOfText(file, text) {
    const starts = [0];
    for (let i = 0; i < text.length; i++)
        if (text[i] === '\n')
            starts.push(i + 1);
    const lineOf = (pos) => { let n = 0; while (n + 1 < starts.length && starts[n + 1] <= pos)
        n++; return n + 1; };
    return [{ file, line: 1, text, lineAt: lineOf, comment: false }];
}
function allPieces() {
    const files = SCANNED.flatMap((d) => walk(d, []));
    return files.flatMap((f) => {
        const text = readFileSync(join(root, f), 'utf8');
        return f.endsWith('.json') ? piecesOfText(f, text) : piecesOfTs(f, text);
    });
}
// ---- what citations resolve to -----------------------------------------------------------------------------
const FACTS_FILE = 'docs/recorded-facts.md';
const GLOSSARY_FILE = 'docs/citations.md';
const NOTES_FILE = 'docs/aws-behavior.md';
const factsText = readFileSync(join(root, FACTS_FILE), 'utf8');
const facts = new Set([...factsText.matchAll(/^\| F(\d+) \|/gm)].map((m) => Number(m[1])));
const notesText = readFileSync(join(root, NOTES_FILE), 'utf8');
const glossaryText = readFileSync(join(root, GLOSSARY_FILE), 'utf8');
/** The glossary's tags: first cells of its tables, in backticks (`DG:x` gives `DG`, `[EMU]` stays `[EMU]`). */
const glossaryTags = new Set([...glossaryText.matchAll(/^\| `([^`]+)` \|/gm)]
    .map((m) => m[1].replace(/(?<=^[A-Za-z0-9-]+)[: ].*$/, '')));
const rows = readSteps(root);
const stepsByTest = new Map();
for (const r of rows)
    (stepsByTest.get(r.test) ?? stepsByTest.set(r.test, new Set()).get(r.test)).add(r.step);
const allSteps = new Set(rows.map((r) => r.step));
const recordedFiles = new Set(rows.map((r) => r.test.split('::')[0].replace(/\.py$/, '')));
const recordedClasses = new Set(rows.flatMap((r) => r.test.split('::').slice(1, -1)));
const recordedTests = new Set(rows.flatMap((r) => {
    const last = r.test.split('::').at(-1);
    return [last, last.replace(/\[.*\]$/, '')];
}));
/** .md files of the repository by name (docs/ first); a cited document must be one of them. */
const repoDocs = new Set();
(function collect(dir) {
    for (const name of readdirSync(join(root, dir))) {
        if (name === 'node_modules' || name === 'dist' || name.startsWith('.'))
            continue;
        const rel = dir ? join(dir, name) : name;
        if (statSync(join(root, rel)).isDirectory())
            collect(rel);
        else if (name.endsWith('.md'))
            repoDocs.add(name);
    }
})('');
/** The text of a document of docs/, if there is one of that name. */
const docsCache = new Map();
function docsText(name) {
    if (!docsCache.has(name)) {
        let text;
        try {
            text = readFileSync(join(root, 'docs', name), 'utf8');
        }
        catch {
            text = undefined;
        }
        docsCache.set(name, text);
    }
    return docsCache.get(name);
}
/** Words that name a recording file in the LocalStack legend (`[imp]`, `canary`): not a test or a step. */
const LEGEND = new Set(['api', 'ext', 'com', 'imp', 'can', 'int', 'lam', 'htp', 'bas', 'canary']);
// ---- the checks ---------------------------------------------------------------------------------------------
const pieces = allPieces();
const counts = {};
const count = (form) => { counts[form] = (counts[form] ?? 0) + 1; };
const where = (p, offset) => `${p.file}:${p.lineAt(offset)}`;
const oneLine = (s) => s.replace(/\s+/g, ' ').trim();
function checkFacts(p, out) {
    for (const m of p.text.matchAll(/(?<![\w%#.-])F(\d{1,3})(?:\s?[–-]\s?F(\d{1,3}))?(?![\w%])/g)) {
        const a = Number(m[1]);
        const b = m[2] === undefined ? a : Number(m[2]);
        count('F<n>');
        const missing = [];
        for (let n = a; n <= Math.max(a, b); n++)
            if (!facts.has(n))
                missing.push(`F${n}`);
        if (b < a)
            missing.push(`range ${m[0]} runs backwards`);
        if (missing.length)
            out.push({ where: where(p, m.index), citation: m[0], why: `not a row of ${FACTS_FILE}: ${missing.join(', ')}` });
    }
}
/** `rec: <file>.py::…::<test>[param] [step], [step]` — the test and each step must be in steps.tsv. */
const REC = /rec:\s*`?([\w.-]+\.py(?:::[\w-]+(?:\[[^\]\s]*\])?)+)`?((?:[\s,]*\[[^\]\n]+\])*)/g;
function checkRecs(p, out) {
    for (const m of p.text.matchAll(REC)) {
        count('rec:');
        const test = m[1];
        const steps = stepsByTest.get(test);
        if (!steps) {
            out.push({ where: where(p, m.index), citation: oneLine(m[0]), why: 'no such recorded test in docs/recorded-aws/steps.tsv' });
            continue;
        }
        for (const s of [...m[2].matchAll(/\[([^\]]+)\]/g)].map((x) => x[1])) {
            const names = steps.has(s) ? [s] : s.split(/,\s*/);
            const bad = names.filter((n) => !steps.has(n));
            if (bad.length)
                out.push({ where: where(p, m.index), citation: oneLine(m[0]), why: `step(s) ${bad.join(', ')} not recorded for ${test}` });
        }
    }
}
/**
 * `LS-snap <file> <Class>#<test> [<step>] <step>`: the words after the tag, as long as they look like
 * recorded names (a file, a class, a test, a step, a legend word), must each be one.
 */
const LS_WORD = /^[\s,#]*(\[[^\]\n]+\]|test_\w+(?:\[[^\]\s]+\])?|Test[A-Z]\w*|[a-z0-9]+(?:[-_][a-z0-9]+)+|[a-z]+)(?=[\s,;:.)\]]|$)(?!\.\w)/;
function checkLsSnap(p, out) {
    for (const m of p.text.matchAll(/LS-snap\b[:#]?/g)) {
        count('LS-snap');
        let rest = p.text.slice(m.index + m[0].length);
        const words = [];
        for (let w = LS_WORD.exec(rest); w; w = LS_WORD.exec(rest)) {
            if (/^[a-z]+$/.test(w[1]) && !LEGEND.has(w[1]))
                break; // a plain word: the citation has ended
            words.push(w[1]);
            rest = rest.slice(w[0].length);
        }
        const bad = words.filter((w) => {
            if (w.startsWith('[')) {
                const s = w.slice(1, -1);
                return !LEGEND.has(s) && !allSteps.has(s) && !s.split(/,\s*/).every((x) => allSteps.has(x));
            }
            if (LEGEND.has(w))
                return false;
            if (/^test_apigateway_\w+$/.test(w))
                return !recordedFiles.has(w) && !recordedTests.has(w);
            if (/^Test[A-Z]/.test(w))
                return !recordedClasses.has(w);
            if (/^test_/.test(w))
                return !recordedTests.has(w);
            return !allSteps.has(w);
        });
        const cited = `LS-snap ${words.join(' ')}`.trim();
        if (bad.length)
            out.push({ where: where(p, m.index), citation: cited, why: `not in docs/recorded-aws/steps.tsv: ${bad.join(', ')}` });
    }
}
function checkDocs(p, out) {
    for (const m of p.text.matchAll(/(?<![\w/.-])([\w-]+\.md)(?![\w-]|\.\w)/g)) {
        count('<document>.md');
        const why = 'no such document in the repository (bring it into docs/ or cite what is there)';
        if (!repoDocs.has(m[1]))
            out.push({ where: where(p, m.index), citation: m[1], why });
    }
    for (const m of p.text.matchAll(/aws-behavior\.md(?:'s)?\s+(A\d)\b/g)) {
        if (!new RegExp(`^## ${m[1]}\\.`, 'm').test(notesText)) {
            out.push({ where: where(p, m.index), citation: oneLine(m[0]), why: `${NOTES_FILE} has no part ${m[1]}` });
        }
    }
    for (const m of p.text.matchAll(/(?<![\w/.-])([\w-]+\.md)(?:'s)?(?:\s+A\d)?\s+"([^"]+)"/g)) {
        const doc = docsText(m[1]);
        if (doc === undefined)
            continue;
        count('<document>.md "<section>"');
        if (!oneLine(doc).toLowerCase().includes(oneLine(m[2]).toLowerCase())) {
            out.push({ where: where(p, m.index), citation: oneLine(m[0]), why: `docs/${m[1]} has no "${oneLine(m[2])}"` });
        }
    }
    for (const m of p.text.matchAll(/peer-localstack(?:\.md)?\b(?!\s+F\d)(?:\s+§[\d.]+)?/g)) {
        const why = `only the fact table of the LocalStack notes is in the repository: cite F<n> (${FACTS_FILE}) or a recording`;
        out.push({ where: where(p, m.index), citation: oneLine(m[0]), why });
    }
}
function checkTags(p, out) {
    if (!p.comment)
        return;
    const text = p.text.replace(/`[^`\n]*`/g, (s) => ' '.repeat(s.length)); // inline code is not a citation
    const seen = [];
    for (const m of text.matchAll(/\b([A-Z][A-Z0-9]*(?:-[a-z]+)?):(?=[a-z])/g))
        seen.push([m[1], m.index]);
    for (const m of text.matchAll(/\b(LS-[a-z]+)\b(?!:)/g))
        seen.push([m[1], m.index]);
    for (const m of text.matchAll(/\b(OBS\d+)\b/g))
        seen.push([m[1], m.index]);
    for (const m of text.matchAll(/\[(EMU|AWS|REC|OBS|\?)\]/g))
        seen.push([m[0], m.index]);
    for (const m of text.matchAll(/\[(api|ext|com|imp|can|int|lam|htp|bas)\]/g))
        seen.push([m[0], m.index]);
    for (const m of text.matchAll(/\b(SVC|PATCH|MOTO|SMITHY|BOTOH)\b(?= table| [A-Z][A-Za-z]+[;)]|[;),]|$)/gm))
        seen.push([m[1], m.index]);
    for (const [tag, at] of seen) {
        count('source-key tag');
        if (!glossaryTags.has(tag))
            out.push({ where: where(p, at), citation: tag, why: `not a tag of ${GLOSSARY_FILE}` });
    }
}
const report = (failures) => failures.map((f) => `${f.where}: ${f.citation} — ${f.why}`);
const run = (check) => {
    const out = [];
    for (const p of pieces)
        check(p, out);
    return report(out);
};
it('every fact number F<n> is a row of docs/recorded-facts.md', () => {
    assert.deepEqual(run(checkFacts), []);
});
it('every rec: citation names a recorded test and steps of docs/recorded-aws/steps.tsv', () => {
    assert.deepEqual(run(checkRecs), []);
    const inFacts = [];
    checkRecs(piecesOfText(FACTS_FILE, factsText)[0], inFacts);
    assert.deepEqual(report(inFacts), []);
});
it('every LS-snap citation names recorded files, classes, tests and steps', () => {
    assert.deepEqual(run(checkLsSnap), []);
    const inNotes = [];
    checkLsSnap(piecesOfText(NOTES_FILE, notesText)[0], inNotes);
    assert.deepEqual(report(inNotes), []);
});
it('every document cited is in the repository, and every section of aws-behavior.md cited is there', () => {
    assert.deepEqual(run(checkDocs), []);
});
it('every source-key tag is in the glossary, and the glossary has every tag of aws-behavior.md', () => {
    assert.deepEqual(run(checkTags), []);
    const keyTable = notesText.slice(notesText.indexOf('## Source key'), notesText.indexOf('---', notesText.indexOf('## Source key')));
    const noteTags = [...keyTable.matchAll(/^\| ([^|\s]+) \|/gm)].map((m) => m[1].replace(/(?<=^[A-Za-z0-9-]+)[:#].*$/, ''))
        .filter((t) => t !== 'Tag' && t !== '---' && t !== 'owner/repo#n');
    assert.deepEqual(noteTags.filter((t) => !glossaryTags.has(t)), []);
});
it('each citation form is in use (the scan finds them)', (t) => {
    t.diagnostic(`citations checked: ${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(', ')}`);
    assert.ok((counts['F<n>'] ?? 0) > 0 && (counts['rec:'] ?? 0) > 0);
});
it('reports an unresolved citation of every form, with its line (self-check on made-up text)', () => {
    const text = [
        '/**',
        ' * F95, F88–F92, rec: test_apigateway_api.py::Foo::bar [x], LS-snap test_nonexistent [nostep],',
        ' * architecture.md, aws-behavior.md "No such section", aws-behavior.md A7, XYZ:foo, OBS2,',
        ' * peer-localstack §2.1, recorded-facts.md "No such row".',
        ' */',
        '// rec: test_apigateway_api.py::TestApiGatewayApiRestApi::test_list_and_delete_apis [create-rest-api-1]',
        '// [no-such-step]',
        "export const fine = 'F1, rec: test_apigateway_api.py::TestApiGatewayApiRestApi::test_list_and_delete_apis';",
    ].join('\n');
    const [comment, tail] = piecesOfTs('probe.ts', text);
    const out = [];
    for (const check of [checkFacts, checkRecs, checkLsSnap, checkDocs, checkTags])
        for (const p of [comment, tail])
            check(p, out);
    assert.deepEqual(report(out).map((l) => l.replace(/ — .*/, '')), [
        'probe.ts:2: F95', 'probe.ts:2: F88–F92',
        'probe.ts:2: rec: test_apigateway_api.py::Foo::bar [x]',
        'probe.ts:6: rec: test_apigateway_api.py::TestApiGatewayApiRestApi::test_list_and_delete_apis [create-rest-api-1] [no-such-step]',
        'probe.ts:2: LS-snap test_nonexistent [nostep]',
        'probe.ts:3: architecture.md', 'probe.ts:3: aws-behavior.md A7', 'probe.ts:3: aws-behavior.md "No such section"',
        'probe.ts:4: recorded-facts.md "No such row"', 'probe.ts:4: peer-localstack §2.1',
        'probe.ts:3: XYZ', 'probe.ts:3: OBS2',
    ]);
});
//# sourceMappingURL=citations.test.js.map