// Seeded records (fixtures/seeded/): a real record of the project with the smallest edit that introduces one
// rule's defect, for the rules no posted record can show (the registry refuses the defect at entry, or only a
// draft has it). `npm run precision` counts a rule shown by a seeded record; the validator's test
// `test/seeded.test.ts` checks that each seeded record gets its expected finding and no other new one at error or
// warning. The format is described in fixtures/seeded/README.md.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse, parseDocument } from 'yaml';
import { AS_OF, realRecords, repoRoot } from './real-records.mjs';

export const seededDir = join(repoRoot, 'fixtures/seeded');

/** Every seeded record: { file, rule, why, base, edits, text, expect, preset, missed, pending, differs }. */
export function seededRecords() {
  if (!existsSync(seededDir)) return [];
  return readdirSync(seededDir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => {
      const seed = parse(readFileSync(join(seededDir, name), 'utf8'));
      return {
        file: `fixtures/seeded/${name}`,
        name: name.slice(0, -'.yaml'.length),
        rule: seed.rule,
        why: seed.why,
        base: seed.base,
        edits: seed.edits ?? [],
        text: seed.text ?? [],
        expect: seed.expect ?? [],
        preset: seed.preset ?? 'recommended',
        missed: seed.missed,
        pending: seed.pending,
        differs: seed.differs,
      };
    });
}

/** The JSON pointer's segments as a path for the yaml Document API (`/a/0/b` -> ['a', 0, 'b']). */
function pathOf(pointer) {
  if (pointer === '' || pointer === '/') return [];
  if (!pointer.startsWith('/')) throw new Error(`not a JSON pointer: ${pointer}`);
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

/** Applies one edit to a yaml Document: `set` (value `to`), `remove`, or `append` (value `to` at the list's end). */
function applyEdit(doc, edit, file) {
  if (('set' in edit || 'append' in edit) && !('to' in edit))
    throw new Error(`${file}: a set or append edit gives its value in \`to\`: ${JSON.stringify(edit)}`);
  if ('set' in edit) {
    doc.setIn(pathOf(edit.set), edit.to);
  } else if ('remove' in edit) {
    const path = pathOf(edit.remove);
    if (!doc.hasIn(path)) throw new Error(`${file}: nothing to remove at ${edit.remove}`);
    doc.deleteIn(path);
  } else if ('append' in edit) {
    doc.addIn(pathOf(edit.append), edit.to);
  } else {
    throw new Error(`${file}: an edit is set, remove or append: ${JSON.stringify(edit)}`);
  }
}

/** The real record a seeded record starts from, as the precision suite lints it. */
export function baseRecord(seed) {
  const record = realRecords().find((candidate) => candidate.path === seed.base);
  if (!record) throw new Error(`${seed.file}: base ${seed.base} is not a real record of the project`);
  return record;
}

/**
 * The seeded text: the base record with the value edits applied (a YAML base keeps its layout and comments, a
 * JSON base stays JSON), then the text edits, each of which must match exactly once.
 */
export function seededText(seed, baseText = baseRecord(seed).text) {
  const isJson = seed.base.endsWith('.json');
  let text = baseText;
  if (seed.edits.length) {
    const doc = parseDocument(baseText);
    for (const edit of seed.edits) applyEdit(doc, edit, seed.file);
    text = isJson ? JSON.stringify(doc.toJS(), null, 2) : doc.toString({ lineWidth: 0 });
  }
  for (const { replace, with: replacement } of seed.text) {
    const at = text.indexOf(replace);
    if (at < 0 || text.indexOf(replace, at + 1) >= 0)
      throw new Error(`${seed.file}: the text to replace must occur once: ${JSON.stringify(replace)}`);
    text = text.slice(0, at) + replacement + text.slice(at + replace.length);
  }
  return text;
}

const blocking = (severity) => severity === 'error' || severity === 'warning';
// A finding about a comment (a suppression) has no pointer: `pointer: null` in a seeded record.
const pointerOf = (finding) => finding.pointer ?? null;
const sameFinding = (a, b) => a.ruleId === b.ruleId && pointerOf(a) === pointerOf(b);
const isExpected = (want, finding) =>
  want.rule === finding.ruleId && (want.pointer ?? null) === pointerOf(finding);

/**
 * Lints a seeded record and its base with the same options (the seed's preset, the precision suite's day).
 * Returns the expected findings with whether each was found, and the findings at error/warning the edit added
 * besides the expected ones (each should be none).
 */
export function judgeSeed(validator, seed) {
  const { lintTrial, allRules, presetSettings } = validator;
  const settings = presetSettings(seed.preset, allRules);
  const base = baseRecord(seed);
  const lint = (text) => {
    const linted = lintTrial(text, { filePath: base.path, rules: allRules, settings, asOf: AS_OF });
    return linted.report?.findings ?? linted.result.messages;
  };
  const before = lint(base.text);
  const text = seededText(seed, base.text);
  const after = lint(text);
  const expected = seed.expect.map((want) => ({
    ...want,
    found: after.find((finding) => isExpected(want, finding)),
  }));
  const added = after.filter(
    (finding) =>
      blocking(finding.severity) &&
      // a finding the base had at info only and the edit raised to error/warning counts as new
      !before.some((old) => sameFinding(old, finding) && blocking(old.severity)) &&
      !seed.expect.some((want) => isExpected(want, finding)),
  );
  const shown = !seed.missed && expected.length > 0 && expected.every((want) => want.found);
  return { seed, text, changed: text !== base.text, expected, added, shown };
}

/** Judges every seeded record. */
export function judgeSeeds(validator) {
  return seededRecords().map((seed) => judgeSeed(validator, seed));
}
