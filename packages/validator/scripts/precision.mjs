// The precision suite: real registry records linted with the recommended preset, and what a registry reviewer
// said of each finding (fixtures/reviewed/). `npm run precision` prints the figures per rule; the validator's
// test `test/precision.test.ts` fails on any finding at error or warning that no reviewer has seen, on a known
// false finding at error or warning, and on a finding a reviewer agreed with that is gone. Rules no posted record
// can show are shown by seeded records (fixtures/seeded/, scripts/seeded.mjs): the coverage part of the output.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { AS_OF, RECORD_GROUPS, realRecords, repoRoot } from './real-records.mjs';
import { judgeSeeds } from './seeded.mjs';

export { AS_OF, RECORD_GROUPS, realRecords, repoRoot } from './real-records.mjs';
export const reviewedDir = join(repoRoot, 'fixtures/reviewed');

/** The reviews of a record: [{ rule, pointer, verdict, why }], or undefined when it has no review file. */
export function reviewsOf(record) {
  const file = join(reviewedDir, record.group, `${record.id}.yaml`);
  if (!existsSync(file)) return undefined;
  const reviewed = parse(readFileSync(file, 'utf8'));
  return reviewed?.findings ?? [];
}

/** Whether a review is about a finding: the same rule, and the same pointer (`*` stands for one segment). */
export function reviewMatches(review, finding) {
  if (review.rule !== finding.ruleId) return false;
  if (!review.pointer.includes('*')) return review.pointer === finding.pointer;
  const pattern = review.pointer
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('[^/]+');
  return new RegExp(`^${pattern}$`).test(finding.pointer ?? '');
}

/**
 * Lints every real record and sets each finding against the reviews. `validator` is the module that lints (the
 * sources in tests, a build in the script). Returns, per record, the findings with their verdict
 * (true/false/undefined) and the true reviews that no finding matched.
 */
export function judge(validator) {
  const { lintTrial, allRules, presetSettings } = validator;
  const settings = presetSettings('recommended', allRules);
  return realRecords().map((record) => {
    const reviews = reviewsOf(record);
    const linted = lintTrial(record.text, {
      filePath: record.path,
      rules: allRules,
      settings,
      asOf: AS_OF,
    });
    // Builds before the result types were renamed (--validator) return `result.messages`.
    const fileFindings = linted.report?.findings ?? linted.result.messages;
    const findings = fileFindings.map((finding) => {
      const review = (reviews ?? []).find((candidate) => reviewMatches(candidate, finding));
      return { finding, verdict: review ? review.verdict : undefined, review };
    });
    const missing = (reviews ?? []).filter(
      (review) => review.verdict === true && !fileFindings.some((finding) => reviewMatches(review, finding)),
    );
    return { record, reviewed: reviews !== undefined, findings, missing };
  });
}

const blocking = (severity) => severity === 'error' || severity === 'warning';

/** The figures: per rule, findings at error/warning and info, and the verdicts of those at error/warning. */
export function figures(judged) {
  const perRule = new Map();
  const row = (rule) => {
    if (!perRule.has(rule))
      perRule.set(rule, { rule, blocking: 0, info: 0, true: 0, false: 0, unreviewed: 0, trueAnywhere: 0 });
    return perRule.get(rule);
  };
  for (const { findings } of judged) {
    for (const { finding, verdict } of findings) {
      const entry = row(finding.ruleId);
      if (verdict === true) entry.trueAnywhere++;
      if (!blocking(finding.severity)) {
        entry.info++;
        continue;
      }
      entry.blocking++;
      if (verdict === true) entry.true++;
      else if (verdict === false) entry.false++;
      else entry.unreviewed++;
    }
  }
  return [...perRule.values()].sort((a, b) => a.rule.localeCompare(b.rule));
}

/**
 * Per rule, where it is shown to fire where it should: a true finding on a real record, else a seeded record
 * that gets its expected finding, else none (a seeded record marked `missed` is a known rule bug, not coverage).
 */
export function coverage(ruleIds, rows, judgedSeeds) {
  return ruleIds.map((rule) => {
    const real = rows.some((r) => r.rule === rule && r.trueAnywhere > 0);
    const seeds = judgedSeeds.filter(({ seed }) => seed.rule === rule);
    const seeded = seeds.some((judgedSeed) => judgedSeed.shown);
    return {
      rule,
      where: real ? 'real' : seeded ? 'seeded' : 'none',
      seeds,
      missed: seeds.filter(({ seed }) => seed.missed),
    };
  });
}

function printCoverage(validator, rows, judgedSeeds) {
  const covered = coverage(
    validator.allRules.map((rule) => rule.meta.id),
    rows,
    judgedSeeds,
  );
  const on = (where) => covered.filter((entry) => entry.where === where).map((entry) => entry.rule);
  const [real, seeded, none] = [on('real'), on('seeded'), on('none')];
  console.log(
    `\nCoverage of ${covered.length} rules: ${real.length} with a true finding on a real record, ` +
      `${seeded.length} only on a seeded record (fixtures/seeded/, ${judgedSeeds.length} records), ${none.length} on none.`,
  );
  console.log(`Rules with a true finding on a real record (${real.length}): ${real.join(', ')}`);
  if (seeded.length)
    console.log(`Rules shown only on a seeded record (${seeded.length}): ${seeded.join(', ')}`);
  const broken = judgedSeeds.filter(
    ({ seed, expected, added, changed }) =>
      !changed || added.length || (!seed.missed && !expected.every((want) => want.found)),
  );
  if (broken.length) {
    console.log(`Seeded records that do not hold (${broken.length}):`);
    for (const { seed, expected, added, changed } of broken) {
      const problems = [
        ...(changed ? [] : ['the edits change nothing']),
        ...(seed.missed
          ? []
          : expected.filter((want) => !want.found).map((want) => `no ${want.rule} at ${want.pointer}`)),
        ...added.map((finding) => `new ${finding.severity} ${finding.ruleId} at ${finding.pointer}`),
      ];
      console.log(`  ${seed.file}: ${problems.join('; ')}`);
    }
  }
  const misses = covered.flatMap((entry) => entry.missed);
  if (misses.length) {
    console.log(`Known misses, seeded records a rule does not flag yet (${misses.length}):`);
    for (const { seed, expected } of misses) {
      const now =
        expected.length && expected.every((want) => want.found) ? ' (it does now: drop `missed`)' : '';
      console.log(`  ${seed.rule} (${seed.file}): ${seed.missed}${now}`);
    }
  }
  const pending = judgedSeeds.filter(({ seed }) => seed.pending);
  if (pending.length)
    console.log(
      `Seeded records kept until a pending branch lands (${pending.length}): ` +
        pending
          .map(
            ({ seed }) =>
              `${seed.name} (${seed.pending}${real.includes(seed.rule) ? ', already shown on a real record' : ''})`,
          )
          .join(', '),
    );
  // A seeded record of a rule a real record shows stays only when it shows a different mistake (`differs`).
  const redundant = judgedSeeds.filter(
    ({ seed }) => !seed.pending && !seed.differs && real.includes(seed.rule),
  );
  if (redundant.length)
    console.log(
      `Seeded records of rules shown on a real record (remove them, or say in \`differs\` what other mistake they show): ${redundant.map(({ seed }) => seed.file).join(', ')}`,
    );
  console.log(
    `\nRules with no true finding on any real or seeded record (${none.length}): ${none.join(', ')}`,
  );
}

async function main() {
  const args = process.argv.slice(2);
  const at = args.indexOf('--validator');
  const modulePath = at >= 0 ? resolve(args[at + 1]) : join(repoRoot, 'packages/validator/dist/index.js');
  const validator = await import(pathToFileURL(modulePath).href);
  const judged = judge(validator);
  const rows = figures(judged);
  const groups = RECORD_GROUPS.map(
    ({ group }) => `${judged.filter((entry) => entry.record.group === group).length} ${group}`,
  ).join(', ');
  console.log(`Precision on ${judged.length} real records (${groups}), recommended preset, as of ${AS_OF}\n`);
  const header = ['rule', 'error/warning', 'true', 'false', 'unreviewed', 'info'];
  const lines = rows.map((r) => [r.rule, r.blocking, r.true, r.false, r.unreviewed, r.info]);
  const total = rows.reduce(
    (sum, r) => [
      sum[0] + r.blocking,
      sum[1] + r.true,
      sum[2] + r.false,
      sum[3] + r.unreviewed,
      sum[4] + r.info,
    ],
    [0, 0, 0, 0, 0],
  );
  lines.push(['total', ...total]);
  const widths = header.map((_, i) => Math.max(header[i].length, ...lines.map((l) => String(l[i]).length)));
  const format = (cells) =>
    cells
      .map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i])))
      .join('  ');
  console.log(format(header));
  for (const line of lines) console.log(format(line));
  const [all, , falses, unreviewed] = total;
  const rate = all ? ((100 * falses) / all).toFixed(1) : '0.0';
  console.log(
    `\nFalse findings at error/warning: ${falses} of ${all} (${rate} %); unreviewed: ${unreviewed}.`,
  );
  const missing = judged.flatMap(({ record, missing: gone }) =>
    gone.map((review) => `${record.id} ${review.rule} ${review.pointer}`),
  );
  if (missing.length)
    console.log(`Findings a reviewer agreed with that are gone:\n  ${missing.join('\n  ')}`);
  printCoverage(validator, rows, judgeSeeds(validator));
  if (args.includes('--unreviewed')) {
    console.log('\nUnreviewed findings at error/warning, as review entries:');
    for (const { record, findings } of judged) {
      const open = findings.filter(
        ({ finding, verdict }) => verdict === undefined && blocking(finding.severity),
      );
      if (!open.length) continue;
      console.log(`# fixtures/reviewed/${record.group}/${record.id}.yaml`);
      for (const { finding } of open)
        console.log(
          `  - rule: ${finding.ruleId}\n    pointer: ${finding.pointer}\n    verdict: ?\n    why: ${JSON.stringify(finding.message)}`,
        );
    }
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
