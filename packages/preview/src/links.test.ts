import { describe, expect, it } from 'vitest';
import { mailtoUrl, nctUrl, pubmedUrl, safeUrl } from './links.js';

describe('safeUrl', () => {
  it.each([
    'http://example.org/a',
    'https://example.org/?q=1',
    'mailto:someone@example.org',
    'HTTPS://EXAMPLE.ORG',
  ])('allows %s', (url) => {
    expect(safeUrl(url)).toBe(url);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0001javascript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'ftp://example.org/',
    '',
  ])('rejects %j', (url) => {
    expect(safeUrl(url)).toBeUndefined();
  });

  it('rejects relative URLs unless asked to allow them', () => {
    expect(safeUrl('NCT01234567.html')).toBeUndefined();
    expect(safeUrl('NCT01234567.html', { allowRelative: true })).toBe('NCT01234567.html');
    expect(safeUrl('javascript:x', { allowRelative: true })).toBeUndefined();
  });
});

describe('registry links', () => {
  it('links a well-formed NCT id to the study page', () => {
    expect(nctUrl('NCT03418623')).toBe('https://clinicaltrials.gov/study/NCT03418623');
    expect(nctUrl('NCT0341862')).toBeUndefined();
    expect(nctUrl('NCT03418623"><x')).toBeUndefined();
  });

  it('links a PMID to PubMed', () => {
    expect(pubmedUrl('23032071')).toBe('https://pubmed.ncbi.nlm.nih.gov/23032071/');
    expect(pubmedUrl(' 23032071 ')).toBe('https://pubmed.ncbi.nlm.nih.gov/23032071/');
    expect(pubmedUrl('1"><script>')).toBeUndefined();
  });

  it('makes mailto links only for plausible addresses', () => {
    expect(mailtoUrl('jane.doe@example.org')).toBe('mailto:jane.doe@example.org');
    expect(mailtoUrl('"><img src=x>@x.com')).toBeUndefined();
    expect(mailtoUrl('not an address')).toBeUndefined();
  });
});
