import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SimilarPosts } from '../src';

describe('SimilarPosts', () => {
  it('keeps its titled section with an empty-state sentence when there are no posts', () => {
    render(<SimilarPosts posts={[]} />);
    const region = screen.getByRole('region', { name: 'Similar posts' });
    expect(within(region).getByRole('heading', { level: 2 })).toHaveTextContent('Similar posts');
    expect(region).toHaveTextContent('No similar posts yet.');
  });

  it('links posts that have an href and shows the others as text', () => {
    render(
      <SimilarPosts
        posts={[{ title: 'linked', href: '/a', readingTime: '8 min', topic: 'ci' }, { title: 'plain' }]}
        title="Related"
        headingLevel={3}
      />,
    );
    const region = screen.getByRole('region', { name: 'Related' });
    expect(within(region).getByRole('heading', { level: 3 })).toHaveTextContent('Related');
    expect(within(region).getByRole('link', { name: 'linked' })).toHaveAttribute('href', '/a');
    expect(within(region).getAllByRole('link')).toHaveLength(1);
    expect(region).toHaveTextContent('plain');
    expect(region).toHaveTextContent('8 min');
  });

  it('titles each post with a heading one level below the section, so readers can jump between posts', () => {
    render(<SimilarPosts posts={[{ title: 'a', href: '/a' }, { title: 'b' }]} headingLevel={4} />);
    expect(screen.getAllByRole('heading', { level: 5 }).map((heading) => heading.textContent)).toEqual(['a', 'b']);
    expect(screen.getByRole('heading', { level: 5, name: 'a' }).querySelector('a')).toHaveAttribute('href', '/a');
  });

  it('keeps post headings at h6 under an h6 section title', () => {
    render(<SimilarPosts posts={[{ title: 'a' }]} headingLevel={6} />);
    expect(screen.getAllByRole('heading', { level: 6 }).map((heading) => heading.textContent)).toEqual([
      'Similar posts',
      'a',
    ]);
  });

  it.each([
    ['only a topic', { topic: 'ci' }, 'ci'],
    ['only a reading time', { readingTime: '8 min' }, '8 min'],
    ['only a score', { score: '87' }, 'Score 87'],
    ['all three', { topic: 'ci', readingTime: '8 min', score: '87' }, 'ci8 minScore 87'],
  ])('shows a details line for a post with %s, holding exactly those details', (_name, details, text) => {
    const { container } = render(<SimilarPosts posts={[{ title: 'a', ...details }]} />);
    const lines = container.querySelectorAll('.amb-SimilarPosts-details');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toHaveTextContent(text, { normalizeWhitespace: false });
    expect(lines[0].children).toHaveLength(Object.keys(details).length);
  });

  it('has no details line for a post with only a title and a summary', () => {
    const { container } = render(<SimilarPosts posts={[{ title: 'a', summary: 'about a' }]} />);
    expect(container.querySelector('.amb-SimilarPosts-summary')).toHaveTextContent('about a');
    expect(container.querySelector('.amb-SimilarPosts-details')).toBeNull();
  });

  it('notes the posts the normalizer left out after the list, in its own slot', () => {
    const { container } = render(<SimilarPosts posts={[{ title: 'a' }]} omitted={3} />);
    const note = container.querySelector('.amb-Omitted');
    expect(note).toHaveAttribute('data-slot', 'similar-posts-omitted');
    expect(note).toHaveTextContent('3 more not shown');
    expect(note?.previousElementSibling?.tagName).toBe('UL');
  });

  it('has no note when nothing was left out', () => {
    const { container } = render(<SimilarPosts posts={[{ title: 'a' }]} omitted={0} />);
    expect(container.querySelector('.amb-Omitted')).toBeNull();
  });
});
