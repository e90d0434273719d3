/**
 * `checkUrl`'s exact verdicts where the URL-vector suite only asks "link or not": the character
 * references it decodes, the scheme it names, the colon after a path, plain http, and a blank string.
 */
import { describe, expect, it } from 'vitest';
import { normalizeMeta } from '../src';
import { checkUrl } from '../src/normalize/url';

describe('checkUrl', () => {
  it('links http, https and mailto as they are', () => {
    for (const href of ['http://example.com/a', 'https://example.com/a', 'mailto:ada@example.com']) {
      expect(checkUrl(href)).toEqual({ safe: true, href });
    }
    expect(checkUrl('http://example.com/a.png', true)).toEqual({ safe: true, href: 'http://example.com/a.png' });
  });

  it('a blank string is no URL', () => {
    expect(checkUrl('')).toBeUndefined();
    expect(checkUrl(' \t\n')).toBeUndefined();
  });

  it('a colon after the first /, ? or # is part of a relative URL, not a scheme', () => {
    for (const href of ['/wiki/Special:Random', 'docs/a:b', '?q=a:b', '#a:b']) {
      expect(checkUrl(href)).toEqual({ safe: true, href });
    }
  });

  it('&sol; before the colon reads as the / an HTML parser makes of it: a relative URL', () => {
    expect(checkUrl('docs&sol;a:b')).toEqual({ safe: true, href: 'docs&sol;a:b' });
  });

  it('&nbsp; inside is a space inside: no URL', () => {
    expect(checkUrl('https://exa&nbsp;mple.com')).toBeUndefined();
    expect(checkUrl('https://exa&NewLine;mple.com')).toBeUndefined();
  });

  it.each([
    ['java&lpar;script:alert(1)', 'java(script'],
    ['java&rpar;script:alert(1)', 'java)script'],
    ['java&period;script:alert(1)', 'java.script'],
    ['java&colon;script&colon;alert(1)', 'java'],
  ])('%j names the scheme %j, its references decoded', (raw, scheme) => {
    expect(checkUrl(raw)).toEqual({ safe: false, scheme });
  });

  it('a reference that decodes to a character of no scheme keeps the value from being an unsafe URL', () => {
    // `java(script:` is no javascript: URL to a browser: the value is text, with no unsafe-url issue.
    const { meta, issues } = normalizeMeta({ note: 'java&lpar;script:alert(1)' });
    expect(meta.entries[0].value).toEqual({ kind: 'text', text: 'java&lpar;script:alert(1)' });
    expect(issues).toEqual([]);
  });
});

describe('free text that becomes a link without a field declaration', () => {
  const value = (raw: string) => {
    const { meta, issues } = normalizeMeta({ note: raw });
    return { value: meta.entries[0].value, issues };
  };

  it.each(['http://example.com/a', 'https://example.com/a', 'HTTPS://example.com/a'])(
    'an absolute http(s) URL standing alone, %j, is a link',
    (href) => {
      expect(value(href)).toEqual({ value: { kind: 'link', href, text: href }, issues: [] });
    },
  );

  it.each(['go?a=1&next=https://example.com', 'see:https://example.com', 'mailto:a@example.com?b=https://x.org&c'])(
    'a URL that does not start with http(s)://, %j, stays text, even with one inside',
    (raw) => {
      expect(value(raw)).toEqual({ value: { kind: 'text', text: raw }, issues: [] });
    },
  );

  it('&tab; inside is a tab inside, as an HTML parser reads it: no URL, text', () => {
    expect(value('https://exa&tab;mple.com')).toEqual({
      value: { kind: 'text', text: 'https://exa&tab;mple.com' },
      issues: [],
    });
    expect(checkUrl('https://exa&Tab;mple.com')).toBeUndefined();
  });
});
