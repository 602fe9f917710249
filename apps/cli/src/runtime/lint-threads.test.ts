import { describe, expect, it } from 'vitest';
import { parseLintArgs } from '../lint-args.js';
import { FILES_PER_EXTRA_THREAD, lintThreads, wantsEarlyLintWorker } from './lint-threads.js';

describe('lintThreads', () => {
  it.each<[number, number | undefined, number, number]>([
    [1, undefined, 2, 1],
    [2 * FILES_PER_EXTRA_THREAD - 1, undefined, 2, 1],
    [2 * FILES_PER_EXTRA_THREAD, undefined, 2, 2],
    [2000, undefined, 2, 2],
    [2000, undefined, 1, 1],
    [2000, undefined, 16, 8],
    [2000, 1, 2, 1],
    [2000, 3, 2, 3],
    [2000, 100, 2, 50],
    [100, 8, 2, 2],
  ])('%i files, --concurrency %s, %i cores: %i threads', (files, concurrency, cores, threads) => {
    expect(lintThreads(files, concurrency, cores)).toBe(threads);
  });
});

describe('wantsEarlyLintWorker', () => {
  const folders: Record<string, number> = { big: 2000, '.': 500, small: 5, edge: 80, under: 79 };
  const entriesOf = (path: string): number | undefined => folders[path];

  it.each<[string[], boolean]>([
    [['big'], true],
    [['big', '--format', 'json', '--as-of', '2026-11-21'], true],
    [['-f', 'sarif', 'small', 'big'], true],
    [[], true],
    [['--quiet'], true],
    [['edge'], true],
    [['under'], false],
    [['small'], false],
    [['one.trial.yaml'], false],
    [['trials/**/*.trial.yaml'], false],
    [['big', '--concurrency', '1'], false],
    [['big', '--concurrency=3'], false],
    [['big', '--concurrency', 'auto'], true],
    [['big', '--help'], false],
  ])('lint %j: %s', (args, wanted) => {
    expect(wantsEarlyLintWorker(parseLintArgs(args), entriesOf, 2)).toBe(wanted);
  });

  it('never on one core', () => {
    expect(wantsEarlyLintWorker(parseLintArgs(['big']), entriesOf, 1)).toBe(false);
  });
});
