import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ArticleMetaBox, normalizeMeta } from '../src';

describe('ArticleMetaBox', () => {
  it('is a region named by its title, with the title as a heading', () => {
    render(<ArticleMetaBox meta={normalizeMeta({ topic: 'x' }).meta} title="About" headingLevel={3} />);
    const region = screen.getByRole('region', { name: 'About' });
    expect(within(region).getByRole('heading', { level: 3, name: 'About' })).toBeInTheDocument();
  });

  it('keeps its title and says so when the meta is empty or all hidden', () => {
    render(<ArticleMetaBox meta={{ entries: [] }} />);
    expect(screen.getByRole('heading', { name: 'Post meta' })).toBeInTheDocument();
    expect(screen.getByText('No meta data.')).toBeInTheDocument();
    expect(document.querySelector('dl')).toBeNull();
    render(
      <ArticleMetaBox
        meta={normalizeMeta({ a: 1 }, { hidden: ['a'] }).meta}
        title="Hidden"
        messages={{ noMeta: 'Nothing here' }}
      />,
    );
    expect(screen.getByText('Nothing here')).toBeInTheDocument();
  });
});
