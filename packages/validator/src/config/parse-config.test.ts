import { describe, expect, it } from 'vitest';
import { ConfigError } from './config.js';
import { parseConfig } from './parse-config.js';

function problemOf(text: string): ConfigError {
  try {
    parseConfig(text, '/p/.trialyamlrc.yaml', ['schema']);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error('the config was accepted');
}

/** Problems of a config's YAML are the config's: a message with its line and column, never an internal error. */
describe('parseConfig on aliases', () => {
  it('names an undefined alias as such, where it is', () => {
    const error = problemOf('extends: recommended\nrules: *nope\n');
    expect(error.message).toBe(
      '/p/.trialyamlrc.yaml:2:8: The alias *nope refers to no anchor &nope before it; define the anchor (&nope) earlier or write the value out.',
    );
  });

  it('refuses an alias bomb, where it starts', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (const [index, name] of ['b', 'c', 'd'].entries())
      lines.push(`${name}: &${name} [${Array(10).fill(`*${'abc'[index]}`).join(', ')}]`);
    const error = problemOf(`${lines.join('\n')}\n`);
    expect(error.message).toMatch(
      /^\/p\/\.trialyamlrc\.yaml:2:8: The YAML aliases here expand to more than 50 copies; such files are refused/,
    );
  });

  it('still reads a config whose aliases resolve', () => {
    expect(parseConfig('extends: &preset recommended\n', '/p/.trialyamlrc.yaml', [])).toMatchObject({
      extends: 'recommended',
    });
  });
});
