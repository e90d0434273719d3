import { execFileSync } from 'node:child_process';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ArticleView, normalizeArticle } from '../src';
import { loadFixture } from './helpers';

const raw = {
  ...loadFixture('messy-export'),
  similar_posts: [{ title: 'a', url: '/a', reading_time: 5 }],
};

function html(): string {
  return renderToString(<ArticleView article={normalizeArticle(raw).article} />);
}

describe('deterministic output', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('gives the same HTML whatever the time is', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2001-01-01T00:00:00Z'));
    const first = html();
    vi.setSystemTime(new Date('2039-12-31T23:59:59Z'));
    expect(html()).toBe(first);
    expect(first).toContain('dateTime="2024-12-12T09:30:00.000Z"');
  });

  it('has no generated ids', () => {
    expect(html()).not.toMatch(/\sid="/);
  });

  it('gives byte-identical HTML under UTC, America/Los_Angeles and Pacific/Kiritimati', () => {
    // Each time zone in its own process, since Node reads TZ once at start. It renders the built
    // package (dist/), which `npm test` builds before running the tests.
    const script = `
      import { renderToString } from 'react-dom/server';
      import { createElement } from 'react';
      import { ArticleView, normalizeArticle } from './dist/index.js';
      import { readFileSync } from 'node:fs';
      const raw = JSON.parse(readFileSync('test/fixtures/messy-export.json', 'utf8'));
      raw.similar_posts = [{ title: 'a', url: '/a', reading_time: 5 }];
      process.stdout.write(renderToString(createElement(ArticleView, { article: normalizeArticle(raw).article })));
    `;
    const outputs = ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati'].map((tz) =>
      execFileSync(process.execPath, ['--input-type=module', '-e', script], {
        env: { ...process.env, TZ: tz, NODE_ENV: 'production' },
        encoding: 'utf8',
      }),
    );
    expect(outputs[0]).toContain('Nov 30, 2024');
    expect(outputs[1]).toBe(outputs[0]);
    expect(outputs[2]).toBe(outputs[0]);
  });
});
