import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Checklist } from '../src';

describe('Checklist', () => {
  it('renders every item as a list item, with the state as text for screen readers', () => {
    render(
      <Checklist
        items={[
          { label: 'check permissions', done: true },
          { label: 'add a retry-safe path', done: false },
          { label: 'plain' },
        ]}
      />,
    );
    const items = screen.getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      'Done: check permissions',
      'To do: add a retry-safe path',
      'plain',
    ]);
    expect(items[0]).toHaveAttribute('data-checked');
    expect(items[1]).not.toHaveAttribute('data-checked');
    expect(items[1]).toHaveAttribute('data-state', 'todo');
    expect(items[2]).not.toHaveAttribute('data-state');
  });

  it('takes its state words from messages', () => {
    render(<Checklist items={[{ label: 'a', done: true }]} messages={{ done: 'Erledigt', todo: 'Offen' }} />);
    expect(screen.getByRole('listitem')).toHaveTextContent('Erledigt: a');
  });
});

describe('Checklist: a long list', () => {
  it('moves the items beyond collapseAfter into a "Show N more" item of the checklist-more slot', () => {
    const { container } = render(
      <Checklist items={[{ label: 'a', done: true }, { label: 'b' }, { label: 'c', done: false }]} collapseAfter={1} />,
    );
    const list = container.querySelector('ul') as HTMLElement;
    expect(list).toHaveAttribute('data-slot', 'checklist');
    const more = list.lastElementChild as HTMLElement;
    expect(more).toHaveClass('amb-More');
    expect(more).toHaveAttribute('data-slot', 'checklist-more');
    expect(more.querySelector('summary')?.textContent).toBe('Show 2 more');
    expect(more.querySelector('details > ul')).toHaveClass('amb-Checklist');
    expect(Array.from(more.querySelectorAll('details li'), (li) => li.textContent)).toEqual(['b', 'To do: c']);
  });
});
