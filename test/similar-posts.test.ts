import { describe, expect, it } from 'vitest';
import { normalizeArticle } from '../src';

const codes = (issues: { code: string; path: string }[]) => issues.map((issue) => [issue.code, issue.path]);
const similar = (posts: unknown) => {
  const { article, issues } = normalizeArticle({ title: 'T', similar_posts: posts });
  return { posts: article.similarPosts, issues: codes(issues) };
};

describe('similar posts written as bare strings', () => {
  it('links a bare absolute URL and keeps it as the title', () => {
    expect(similar(['https://a.example/x'])).toEqual({
      posts: [{ title: 'https://a.example/x', href: 'https://a.example/x' }],
      issues: [],
    });
  });

  it('links a bare path, query or fragment', () => {
    expect(similar(['/posts/2', '#part', '?page=2']).posts).toEqual([
      { title: '/posts/2', href: '/posts/2' },
      { title: '#part', href: '#part' },
      { title: '?page=2', href: '?page=2' },
    ]);
  });

  it('does not link a plain title, even one with a slash inside', () => {
    expect(similar(['and/or', 'A title']).posts).toEqual([{ title: 'and/or' }, { title: 'A title' }]);
  });

  it('keeps a blank title as it is, without a link', () => {
    expect(similar(['   ']).posts).toEqual([{ title: '   ' }]);
  });

  it('does not link an unsafe bare URL', () => {
    expect(similar(['javascript:alert(1)']).posts).toEqual([{ title: 'javascript:alert(1)' }]);
  });
});

describe('similar posts written as objects', () => {
  it('lists the title first, then the link and the other fields', () => {
    const { posts } = similar([
      { url: '/a', score: 3, reading_time: 4, topic: 'Cats', summary: 'About cats', title: 'A' },
    ]);
    expect(Object.keys(posts[0])).toEqual(['title', 'href', 'summary', 'topic', 'readingTime', 'score']);
  });

  it('takes the link from `url`, `href` or `link`', () => {
    expect(
      similar([
        { title: 'A', url: '/a' },
        { title: 'B', href: '/b' },
        { title: 'C', link: '/c' },
      ]),
    ).toEqual({
      posts: [
        { title: 'A', href: '/a' },
        { title: 'B', href: '/b' },
        { title: 'C', href: '/c' },
      ],
      issues: [],
    });
  });

  it('reports a link that is not a string as unsafe and shows no link', () => {
    expect(similar([{ title: 'A', url: 42 }])).toEqual({
      posts: [{ title: 'A' }],
      issues: [['unsafe-url', 'similar_posts[0].url']],
    });
  });

  it('trims the title', () => {
    expect(similar([{ title: '  Hello  ', url: '/h' }]).posts).toEqual([{ title: 'Hello', href: '/h' }]);
  });

  it('uses the trimmed link as the title when the title is missing or blank, and reports it', () => {
    expect(similar([{ title: '   ', url: ' /x ' }])).toEqual({
      posts: [{ title: '/x', href: '/x' }],
      issues: [['missing-title', 'similar_posts[0].title']],
    });
  });

  it('takes the summary from `summary` or `description`', () => {
    expect(similar([{ title: 'A', description: 'About A' }]).posts).toEqual([{ title: 'A', summary: 'About A' }]);
  });

  it('leaves out an empty summary, topic, reading time and score', () => {
    const { posts } = similar([{ title: 'A', summary: '', topic: '', reading_time: '', score: '' }]);
    expect(posts).toEqual([{ title: 'A' }]);
    expect(Object.keys(posts[0])).toEqual(['title']);
  });

  it('formats the reading time from `reading_time` or `readingTime`', () => {
    expect(similar([{ title: 'A', readingTime: 5 }])).toEqual({
      posts: [{ title: 'A', readingTime: '5 min' }],
      issues: [],
    });
  });

  it('shows a reading time and a score that do not parse as written, with an issue each', () => {
    expect(similar([{ title: 'A', reading_time: 'soon', score: 'high' }])).toEqual({
      posts: [{ title: 'A', readingTime: 'soon', score: 'high' }],
      issues: [
        ['invalid-number', 'similar_posts[0].reading_time'],
        ['invalid-score', 'similar_posts[0].score'],
      ],
    });
  });
});

describe('the similar-posts list itself', () => {
  it('reads a string that holds a JSON list', () => {
    expect(similar('["A", {"title": "B", "url": "/b"}]')).toEqual({
      posts: [{ title: 'A' }, { title: 'B', href: '/b' }],
      issues: [],
    });
  });

  it('takes a string that is not JSON as the title of one post, with no issue', () => {
    expect(similar('Just one post')).toEqual({ posts: [{ title: 'Just one post' }], issues: [] });
  });

  it('reports a single post object in place of a list and shows it as the one post', () => {
    expect(similar({ title: 'A', url: '/a' })).toEqual({
      posts: [{ title: 'A', href: '/a' }],
      issues: [['invalid-type', 'similar_posts']],
    });
  });

  it('reports a JSON string that holds one object, and shows it as the one post', () => {
    expect(similar('{"title": "A"}')).toEqual({
      posts: [{ title: 'A' }],
      issues: [['invalid-type', 'similar_posts']],
    });
  });
});
