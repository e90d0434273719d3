import { describe, expect, it } from 'vitest';
import { type MetaValue, normalizeMeta } from '../src';

/** The value of the one field of a meta object, and the issues. */
function field(key: string, raw: unknown) {
  const { meta, issues } = normalizeMeta({ [key]: raw });
  return { value: meta.entries[0].value, issues };
}

const text = (value: string): MetaValue => ({ kind: 'text', text: value });

describe('fields the meta box knows by key at its top level', () => {
  it.each(['creator', 'contributors', 'byline', 'primaryAuthor'])('%s is people', (key) => {
    expect(field(key, 'Ana Lima')).toEqual({ value: { kind: 'people', people: [{ name: 'Ana Lima' }] }, issues: [] });
  });

  it.each(['featuredImage', 'ogImage', 'socialImage', 'thumbnail', 'heroImage', 'mainImage'])(
    '%s is an image',
    (key) => {
      expect(field(key, '/uploads/cover.png')).toEqual({
        value: { kind: 'image', src: '/uploads/cover.png', alt: '' },
        issues: [],
      });
    },
  );

  it.each(['categories', 'topics', 'labels', 'tagList'])('%s is tags', (key) => {
    expect(field(key, 'react, hooks')).toEqual({ value: { kind: 'tags', tags: ['react', 'hooks'] }, issues: [] });
  });
});

describe('fields known by the shape of their key', () => {
  it('a platform’s leading underscores are not part of the name: __createdAt is a date', () => {
    expect(field('__createdAt', '2024-05-21T08:47:55Z')).toEqual({
      value: { kind: 'date', dateTime: '2024-05-21T08:47:55.000Z', text: 'May 21, 2024, 8:47 AM' },
      issues: [],
    });
  });

  it('reading_time…, …_reading_time and …_minutes are minutes; a key that only holds those words is not', () => {
    expect(field('reading_time_minutes', 12).value).toEqual({ kind: 'number', value: 12, text: '12 min' });
    // Not a date although it ends in `_time`.
    expect(field('estimated_reading_time', 5)).toEqual({
      value: { kind: 'number', value: 5, text: '5 min' },
      issues: [],
    });
    expect(field('watch_minutes', 90).value).toEqual({ kind: 'number', value: 90, text: '90 min' });
    expect(field('avg_reading_time_seconds', 95)).toEqual({
      value: { kind: 'number', value: 95, text: '95' },
      issues: [],
    });
    expect(field('video_minutes_count', '1.2k')).toEqual({
      value: { kind: 'number', value: 1200, text: '1,200' },
      issues: [],
    });
  });

  it('a date key is a whole date word, date_…, or …_at/_date/_time/_timestamp/_gmt, nothing that merely contains one', () => {
    expect(field('is_published', true)).toEqual({ value: { kind: 'boolean', value: true, text: 'Yes' }, issues: [] });
    expect(field('timezone', 'Europe/Berlin')).toEqual({ value: text('Europe/Berlin'), issues: [] });
    expect(field('update_frequency', 'weekly')).toEqual({ value: text('weekly'), issues: [] });
    expect(field('max_attempts', 3)).toEqual({ value: { kind: 'number', value: 3, text: '3' }, issues: [] });
  });

  it('a URL key is url/href/link/canonical or …_url, nothing that merely contains one', () => {
    expect(field('canonical', '/posts/hello')).toEqual({
      value: { kind: 'link', href: '/posts/hello', text: '/posts/hello' },
      issues: [],
    });
    expect(field('is_canonical', 'yes')).toEqual({ value: text('yes'), issues: [] });
    expect(field('link_text', 'Read more')).toEqual({ value: text('Read more'), issues: [] });
    expect(field('canonical_url_source', 'yoast')).toEqual({ value: text('yoast'), issues: [] });
  });

  it('a count key ends in _count', () => {
    expect(field('comments_count', '1.2k')).toEqual({
      value: { kind: 'number', value: 1200, text: '1,200' },
      issues: [],
    });
    expect(field('launch_countdown', '3 days')).toEqual({ value: text('3 days'), issues: [] });
  });

  it('a code key is an identifier word or ends in _id/_hash/_sha/_uuid/_ref, nothing that merely contains one', () => {
    expect(field('commit', 'a1b2c3d')).toEqual({ value: { kind: 'text', text: 'a1b2c3d', code: true }, issues: [] });
    expect(field('newsletter_digest', 'weekly')).toEqual({ value: text('weekly'), issues: [] });
    expect(field('hashtag', '#react')).toEqual({ value: text('#react'), issues: [] });
    expect(field('author_identity', 'verified')).toEqual({ value: text('verified'), issues: [] });
  });
});
