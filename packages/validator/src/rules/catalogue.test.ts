import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lintTrial } from '../engine/lint-trial.js';
import { PRESET_NAMES, presetSettings } from '../engine/severity-config.js';
// @ts-expect-error -- a plain .mjs build script without type declarations
import { indexPath, renderIndex, ruleFileIds } from '../../scripts/generate-rule-index.mjs';
import { renderRulesIndex, rulesIndexPath, withRuleHeader } from '../../scripts/generate-rule-docs.mjs';
import { allRules, ruleRegistry } from './index.js';

const here = dirname(fileURLToPath(import.meta.url));
const docsDir = resolve(here, '../../../../docs/rules');
const ids = ruleFileIds() as string[];

/** The ```yaml block under a "## <heading>" section of a docs page. */
function example(page: string, heading: string): string | undefined {
  const section = page.split(/^## /m).find((part) => part.startsWith(`${heading}\n`));
  return section ? /```yaml\n([\s\S]*?)```/.exec(section)?.[1] : undefined;
}

describe('the rule catalogue', () => {
  it('src/rules/index.ts is generated from the rule files (run `npm run generate` in packages/validator)', () => {
    expect(readFileSync(indexPath as string, 'utf8')).toBe(renderIndex());
  });

  it('registers every rule file under its own id, in id order', () => {
    expect(Object.keys(ruleRegistry)).toEqual(ids);
    for (const [id, rule] of Object.entries(ruleRegistry)) expect(rule.meta.id).toBe(id);
  });

  it.each(ids)('%s has a table test, a docs page and a docs URL', (id) => {
    expect(existsSync(join(here, `${id}.test.ts`))).toBe(true);
    expect(existsSync(join(docsDir, `${id}.md`))).toBe(true);
    expect(ruleRegistry[id as keyof typeof ruleRegistry].meta.docsUrl).toMatch(
      new RegExp(`/docs/rules/${id}\\.md$`),
    );
  });

  it.each(ids)('%s: the docs page starts with the id and the description, and its examples behave', (id) => {
    const rule = ruleRegistry[id as keyof typeof ruleRegistry];
    const page = readFileSync(join(docsDir, `${id}.md`), 'utf8');
    expect(page.startsWith(`# ${id}\n\n${rule.meta.description}.\n`)).toBe(true);
    const invalid = example(page, 'Invalid');
    const valid = example(page, 'Valid');
    expect(invalid, 'an "## Invalid" section with a yaml block').toBeDefined();
    expect(valid, 'a "## Valid" section with a yaml block').toBeDefined();
    // Opt-in rules (the us-fdaaa deadlines) are checked in the preset that turns them on.
    const settings = presetSettings(rule.meta.preset ?? 'recommended', allRules);
    const lint = (yaml: string) =>
      lintTrial(yaml, { rules: allRules, settings, asOf: '2026-11-21' }).report.findings;
    const invalidFindings = lint(invalid ?? '');
    expect(invalidFindings.filter((m) => m.ruleId === 'syntax' || m.ruleId === 'schema')).toEqual([]);
    expect(
      invalidFindings.some((m) => m.ruleId === id),
      `the Invalid example must trigger ${id}`,
    ).toBe(true);
    expect(
      lint(valid ?? '').filter((m) => m.ruleId === id),
      `the Valid example must not trigger ${id}`,
    ).toEqual([]);
  });

  it('us-fdaaa is recommended plus the deadline rules, which are off in recommended and strict', () => {
    const recommended = presetSettings('recommended', allRules);
    const strict = presetSettings('strict', allRules);
    const fdaaa = presetSettings('us-fdaaa', allRules);
    const optIn = allRules.filter((rule) => rule.meta.preset === 'us-fdaaa').map((rule) => rule.meta.id);
    expect(optIn.sort()).toEqual([
      'registration-late',
      'results-overdue',
      'status-update-due',
      'verification-overdue',
    ]);
    for (const rule of allRules) {
      const id = rule.meta.id;
      if (optIn.includes(id)) {
        expect([recommended.get(id), strict.get(id), fdaaa.get(id)]).toEqual([
          'off',
          'off',
          rule.meta.defaultSeverity,
        ]);
      } else expect(fdaaa.get(id)).toBe(recommended.get(id));
    }
  });

  it('the strict preset turns everything the registry blocks or returns at review into errors', () => {
    const strict = presetSettings('strict', allRules);
    for (const rule of allRules) {
      if (['error', 'review-major', 'tool'].includes(rule.meta.registry))
        expect(strict.get(rule.meta.id)).toBe('error');
    }
  });
});

describe('the docs generated from the metadata (run `npm run generate` in packages/validator)', () => {
  const validator = { allRules, presetSettings, PRESET_NAMES };

  it('docs/rules/README.md, the index', () => {
    expect(readFileSync(rulesIndexPath, 'utf8')).toBe(renderRulesIndex(validator));
  });

  it.each(ids)('the header of docs/rules/%s.md', (id) => {
    const page = readFileSync(join(docsDir, `${id}.md`), 'utf8');
    expect(page, 'the header between the generated:header markers').toBe(
      withRuleHeader(page, ruleRegistry[id as keyof typeof ruleRegistry], validator),
    );
  });

  it('fails a header edited by hand, a stale one, and a page without one', () => {
    const rule = ruleRegistry['no-unused-suppression'];
    const page = readFileSync(join(docsDir, 'no-unused-suppression.md'), 'utf8');
    const edited = page.replace(
      'warning (recommended and us-fdaaa), error (strict)',
      'warning (recommended and strict)',
    );
    expect(edited).not.toBe(page);
    expect(withRuleHeader(edited, rule, validator)).toBe(page);
    const stale = withRuleHeader(page, { meta: { ...rule.meta, fixable: true } }, validator);
    expect(stale).toContain('- **Fixable:** yes');
    expect(withRuleHeader(stale, rule, validator)).toBe(page);
    const without = page.replace(/<!-- generated:header[\s\S]*?<!-- \/generated -->\n\n/, '');
    expect(without).not.toContain('generated');
    expect(withRuleHeader(without, rule, validator)).toBe(page);
  });
});
