import { describe, expect, it } from 'vitest';
import schema from '../config/config.schema.json' with { type: 'json' };
import { PRESET_NAMES } from './severity-config.js';

describe('presets', () => {
  it('are the values `extends` takes in .trialyamlrc.yaml', () => {
    expect(schema.properties.extends.enum).toEqual([...PRESET_NAMES]);
  });
});
