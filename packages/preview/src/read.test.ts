import { describe, expect, it } from 'vitest';
import { Field, previewValue } from './read.js';

describe('Field', () => {
  const trial = {
    identificationModule: { briefTitle: 'A study', 'odd/key~': 1 },
    conditionsModule: { conditions: ['Asthma', '', null] },
    designModule: 'not a mapping',
  };
  const root = Field.root(trial);

  it('builds RFC 6901 pointers while walking', () => {
    expect(root.path('identificationModule', 'briefTitle').pointer).toBe('/identificationModule/briefTitle');
    expect(root.path('identificationModule', 'odd/key~').pointer).toBe('/identificationModule/odd~1key~0');
    expect(
      root
        .path('conditionsModule', 'conditions')
        .items()
        .map((item) => item.pointer),
    ).toEqual([
      '/conditionsModule/conditions/0',
      '/conditionsModule/conditions/1',
      '/conditionsModule/conditions/2',
    ]);
  });

  it('reads through wrong types without throwing', () => {
    const design = root.at('designModule');
    expect(design.isRecord).toBe(false);
    expect(design.at('studyType').value).toBeUndefined();
    expect(design.at('studyType').pointer).toBe('/designModule/studyType');
    expect(Field.root(null).at('x').items()).toEqual([]);
    expect(Field.root(42).path('a', 'b').isEmpty).toBe(true);
  });

  it('treats absent, null, blank and empty-list values as empty', () => {
    const items = root.path('conditionsModule', 'conditions').items();
    expect(items.map((item) => item.isEmpty)).toEqual([false, true, true]);
    expect(Field.root([]).isEmpty).toBe(true);
    expect(Field.root({}).isEmpty).toBe(false);
  });

  it('reads only own properties', () => {
    expect(Field.root({}).at('constructor').value).toBeUndefined();
    expect(Field.root({}).at('__proto__').value).toBeUndefined();
  });

  it('converts scalars for display and numbers when they are numeric', () => {
    expect(Field.root(12).text()).toBe('12');
    expect(Field.root(true).text()).toBe('true');
    expect(Field.root({}).text()).toBeUndefined();
    expect(Field.root(new Date('2021-11-19T00:00:00Z')).text()).toBe('2021-11-19');
    expect(Field.root('120').number()).toBe(120);
    expect(Field.root('many').number()).toBeUndefined();
    expect(Field.root('yes').boolean()).toBeUndefined();
  });
});

describe('previewValue', () => {
  it('shortens long values and survives cycles', () => {
    expect(previewValue('x'.repeat(200)).length).toBe(80);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(previewValue(cyclic)).toBe('{…}');
    expect(previewValue(10n)).toBe('10');
  });
});
