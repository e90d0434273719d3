import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ArticleView, defaultMessages, type Messages, normalizeArticle, normalizeMeta } from '../src';
import { componentMessages, resolveMessages } from '../src/model/messages';
import { de } from './fixtures/messages-de';
import seed from './fixtures/seed-article.json';

describe('messages', () => {
  it('has an English default for every key', () => {
    expect(Object.keys(defaultMessages).sort()).toEqual(Object.keys(de).sort());
    expect(defaultMessages.showMore(180)).toBe('Show 180 more');
  });

  it('replaces every built-in string of ArticleView, with German numbers and dates', () => {
    const raw = {
      ...seed,
      meta: {
        ...seed.meta,
        checklist: [
          { label: 'a', done: true },
          { label: 'b', done: false },
        ],
        notes: Array.from({ length: 21 }, (_, i) => `n${i}`),
      },
      similar_posts: [],
    };
    const { article } = normalizeArticle(raw, { locale: 'de-DE', messages: de });
    const { container } = render(<ArticleView article={article} messages={de} />);
    const box = screen.getByRole('region', { name: 'Beitragsdaten' });
    expect(within(box).getByRole('heading', { name: 'Beitragsdaten' })).toBeInTheDocument();
    expect(screen.getByRole('meter', { name: 'Quality' })).toHaveAttribute('aria-valuetext', '93 von 100');
    expect(box).toHaveTextContent('220.832');
    expect(box).toHaveTextContent('12 Min.');
    expect(box).toHaveTextContent('12.12.2024');
    expect(box).toHaveTextContent('Ja');
    expect(box).toHaveTextContent('Nein');
    expect(box).toHaveTextContent('Erledigt: a');
    expect(box).toHaveTextContent('Offen: b');
    expect(within(box).getByText('1 weiteren anzeigen').tagName).toBe('SUMMARY');
    const similar = screen.getByRole('region', { name: 'Ähnliche Beiträge' });
    expect(similar).toHaveTextContent('Noch keine ähnlichen Beiträge.');
    expect(container.textContent).not.toMatch(/\b(Yes|No|out of|Post meta|Similar posts|Show)\b/);
  });

  it('uses the score word and the untitled word', () => {
    const { article } = normalizeArticle({ similar_posts: [{ url: 'x y', score: 80 }] }, { messages: de });
    expect(article.title).toBe('Ohne Titel');
    render(<ArticleView article={article} messages={de} jsonLd={false} />);
    expect(screen.getByRole('region', { name: 'Ähnliche Beiträge' })).toHaveTextContent('Wertung 80');
    expect(screen.getByRole('region', { name: 'Beitragsdaten' })).toHaveTextContent('Keine Metadaten.');
  });

  it('never lets a throwing or non-string outOf break the normalizer', () => {
    const throwing = normalizeMeta(
      { score: { a: 5 } },
      {
        messages: {
          outOf: () => {
            throw new Error('x');
          },
        },
      },
    );
    const wrongType = normalizeMeta(
      { score: { a: 5 } },
      { messages: { outOf: (() => 42) as unknown as Messages['outOf'] } },
    );
    for (const { meta } of [throwing, wrongType]) {
      const value = meta.entries[0].value;
      expect(value.kind === 'scores' && value.scores[0].meter?.valueText).toBe('5 out of 100');
    }
  });
});

describe('ArticleView JSON-LD', () => {
  it('includes the TechArticle JSON-LD unless turned off', () => {
    const { article } = normalizeArticle(seed);
    const { container, rerender } = render(<ArticleView article={article} url="https://example.com/a" />);
    const script = container.querySelector('script[type="application/ld+json"]');
    expect(JSON.parse(script?.textContent ?? '')).toMatchObject({
      '@type': 'TechArticle',
      url: 'https://example.com/a',
    });
    rerender(<ArticleView article={article} jsonLd={false} />);
    expect(container.querySelector('script')).toBeNull();
  });

  it('resolves a word set once: a resolved set handed to a child is taken as it is', () => {
    expect(resolveMessages(undefined)).toBe(componentMessages);
    expect(resolveMessages(componentMessages)).toBe(componentMessages);
    const words = resolveMessages({ copy: 'Kopieren' });
    expect(words).toEqual({ ...componentMessages, copy: 'Kopieren' });
    expect(resolveMessages(words)).toBe(words);
    // A consumer's own object is never taken as resolved: its missing words come from the defaults.
    const partial = { copy: 'Kopieren' };
    expect(resolveMessages(partial)).not.toBe(partial);
    expect(resolveMessages(partial).postMeta).toBe('Post meta');
  });
});
