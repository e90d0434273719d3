import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PostBody } from '../src';

describe('PostBody', () => {
  it('renders headings, paragraphs, lists, quotes and code in order', () => {
    const { container } = render(
      <PostBody
        blocks={[
          { type: 'heading', text: 'setup' },
          { type: 'paragraph', text: 'first' },
          { type: 'list', items: [{ text: 'a' }, { text: 'b' }], ordered: true },
          { type: 'quote', text: 'quoted' },
          { type: 'code', text: 'print(1)', language: 'python' },
        ]}
      />,
    );
    expect(screen.getByRole('heading', { level: 2, name: 'setup' })).toBeInTheDocument();
    expect(screen.getByRole('list').tagName).toBe('OL');
    expect(container.querySelector('blockquote')).toHaveTextContent('quoted');
    expect(container.querySelector('pre > code')).toHaveTextContent('print(1)');
    expect(container.querySelector('pre > code')).toHaveAttribute('data-language', 'python');
    expect(Array.from(container.firstElementChild?.children ?? []).map((el) => el.tagName)).toEqual([
      'H2',
      'P',
      'OL',
      'BLOCKQUOTE',
      'PRE',
    ]);
  });

  it('uses headingLevel for section headings', () => {
    render(<PostBody blocks={[{ type: 'heading', text: 'x' }]} headingLevel={3} />);
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent('x');
  });
});
