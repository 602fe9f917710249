import { describe, expect, it } from 'vitest';
import { escapeText, foldLine } from './format-ics.js';

describe('iCalendar text (RFC 5545)', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b; c', 'a\\, b\\; c'],
    ['back\\slash', 'back\\\\slash'],
    ['two\nlines\r\nand\rmore', 'two\\nlines\\nand\\nmore'],
  ])('escapes %j', (text, expected) => {
    expect(escapeText(text)).toBe(expected);
  });

  it('leaves a line of 75 octets whole', () => {
    const line = 'D'.repeat(75);
    expect(foldLine(line)).toBe(`${line}\r\n`);
  });

  it('folds longer lines at 75 octets, continuation lines starting with a space', () => {
    const folded = foldLine('x'.repeat(200));
    const lines = folded.split('\r\n');
    expect(lines.map((line) => line.length)).toEqual([75, 75, 52, 0]);
    expect(lines.slice(1, 3).every((line) => line.startsWith(' '))).toBe(true);
    expect(lines.map((line, index) => (index ? line.slice(1) : line)).join('')).toBe('x'.repeat(200));
  });

  it('never splits a multi-byte character', () => {
    const text = `SUMMARY:${'é'.repeat(60)}${'日本'.repeat(20)}😀😀`;
    const lines = foldLine(text).split('\r\n').slice(0, -1);
    for (const line of lines) {
      const bytes = Buffer.from(line, 'utf8');
      expect(bytes.length).toBeLessThanOrEqual(75);
      expect(bytes.toString('utf8')).toBe(line); // round-trips: no broken sequence
    }
    expect(lines.map((line, index) => (index ? line.slice(1) : line)).join('')).toBe(text);
  });
});
