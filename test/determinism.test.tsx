import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { renderToString } from 'react-dom/server';
import { build } from 'vite';
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

  it('gives byte-identical HTML under UTC, America/Los_Angeles and Pacific/Kiritimati', async () => {
    // Each time zone in its own process, since Node reads TZ once at start. What runs is the source,
    // bundled by Vite for Node (React stays external), not the published build.
    const outDir = join(process.cwd(), 'node_modules/.cache/amb-time-zones');
    await build({
      configFile: false,
      logLevel: 'silent',
      build: {
        ssr: join(process.cwd(), 'test/fixtures/render-in-zone.tsx'),
        outDir,
        emptyOutDir: true,
        rolldownOptions: { output: { entryFileNames: 'render.mjs' } },
      },
    });
    const outputs = ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati'].map((tz) =>
      execFileSync(process.execPath, [join(outDir, 'render.mjs')], {
        env: { ...process.env, TZ: tz },
        encoding: 'utf8',
      }),
    );
    expect(outputs[0]).toContain('Nov 30, 2024');
    expect(outputs[1]).toBe(outputs[0]);
    expect(outputs[2]).toBe(outputs[0]);
  });
});
