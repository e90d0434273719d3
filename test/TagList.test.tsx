import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TagList } from '../src';

describe('TagList', () => {
  it('renders each tag as a list item', () => {
    render(<TagList tags={['fastapi', 'pytest']} />);
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['fastapi', 'pytest']);
  });

  it('keeps every tag in the HTML and puts the rest behind a native details beyond collapseAfter', () => {
    const tags = Array.from({ length: 200 }, (_, i) => `t${i}`);
    const { container } = render(<TagList tags={tags} />);
    const details = container.querySelector('details') as HTMLElement;
    expect(within(details).getByText('Show 180 more').tagName).toBe('SUMMARY');
    expect(within(details).getAllByRole('listitem', { hidden: true })).toHaveLength(180);
    for (const tag of tags) expect(container).toHaveTextContent(tag);
  });

  it('takes the summary text from messages.showMore', () => {
    render(<TagList tags={['a', 'b', 'c']} collapseAfter={1} messages={{ showMore: (n) => `${n} weitere` }} />);
    expect(screen.getByText('2 weitere')).toBeInTheDocument();
  });

  it('puts the collapsed tags in a nested list of the same class, inside an item of the tag-list-more slot', () => {
    const { container } = render(<TagList tags={['a', 'b', 'c']} collapseAfter={2} />);
    const list = container.firstElementChild as HTMLElement;
    const more = list.lastElementChild as HTMLElement;
    expect(more).toHaveClass('amb-More');
    expect(more).toHaveAttribute('data-slot', 'tag-list-more');
    const nested = more.querySelector('details > ul');
    expect(nested?.className).toBe('amb-TagList');
    expect(Array.from(nested?.children ?? [], (li) => li.textContent)).toEqual(['c']);
  });
});
