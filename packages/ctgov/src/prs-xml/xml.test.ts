import { describe, expect, it } from 'vitest';
import {
  element,
  escapeXmlText,
  isEmpty,
  leaf,
  serializeXml,
  textBlock,
  withoutInvalidChars,
} from './xml.js';

describe('XML writing', () => {
  it('escapes markup characters and keeps carriage returns as character references', () => {
    expect(escapeXmlText('a < b && c > d ]]> "q" \'s\'')).toBe(
      'a &lt; b &amp;&amp; c &gt; d ]]&gt; "q" \'s\'',
    );
    expect(escapeXmlText('line\r\nnext\rlast\ttab')).toBe('line&#13;\nnext&#13;last\ttab');
  });

  it('drops characters XML 1.0 cannot hold, and says how many', () => {
    expect(withoutInvalidChars('a\u0000b\u0001c\u000bd\u001fe\ufffff\ud800g😀\u0085h')).toEqual({
      text: 'abcdefg😀\u0085h',
      removed: 6,
    });
    expect(escapeXmlText('x\u0007y')).toBe('xy');
  });

  it('serializes with a declaration, two-space indentation and text kept on its line', () => {
    const xml = serializeXml(
      element(
        'prs:root',
        undefined,
        leaf('a', 'one & two'),
        leaf('missing', undefined),
        [leaf('b', ''), element('empty')],
        textBlock('c', 'first\n  second'),
      ),
    );
    expect(xml).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<prs:root>',
        '  <a>one &amp; two</a>',
        '  <b></b>',
        '  <empty/>',
        '  <c>',
        '    <textblock>first',
        '  second</textblock>',
        '  </c>',
        '</prs:root>',
        '',
      ].join('\n'),
    );
  });

  it('escapes attribute values', () => {
    const xml = serializeXml({ name: 'r', attributes: { 'xmlns:p': 'a"b&c\nd' }, children: [] });
    expect(xml).toContain('<r xmlns:p="a&quot;b&amp;c&#10;d"/>');
  });

  it('knows an element without content', () => {
    expect(isEmpty(element('x'))).toBe(true);
    expect(isEmpty(element('x', leaf('y', '')))).toBe(false);
  });
});
