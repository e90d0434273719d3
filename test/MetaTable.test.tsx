import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { type MetaEntry, MetaTable, type MetaTableProps, type MetaValue, normalizeMeta } from '../src';

function renderMeta(raw: unknown, options?: Parameters<typeof normalizeMeta>[1]) {
  return render(<MetaTable entries={normalizeMeta(raw, options).meta.entries} />);
}

describe('MetaTable', () => {
  it('renders each entry as dt/dd inside a dl', () => {
    const { container } = renderMeta({ code_language: 'python', difficulty: 'advanced' });
    const dl = container.querySelector('dl') as HTMLElement;
    expect(Array.from(dl.querySelectorAll('dt')).map((dt) => dt.textContent)).toEqual(['Code language', 'Difficulty']);
    expect(Array.from(dl.querySelectorAll('dd')).map((dd) => dd.textContent)).toEqual(['python', 'advanced']);
  });

  it('renders unknown nested values recursively: records as dl, arrays as ul', () => {
    const { container } = renderMeta({ build: { runner: { os: 'linux' } }, matrix: [['3.11', '3.12'], ['debian']] });
    expect(container.querySelectorAll('dl')).toHaveLength(3);
    const matrix = container.querySelectorAll(':scope > dl > div')[1];
    expect(matrix.querySelectorAll('ul ul')).toHaveLength(2);
    expect(matrix).toHaveTextContent('3.113.12debian');
  });

  it('links safe URLs and shows unsafe ones as text', () => {
    renderMeta({ source_url: 'https://example.com/a', other_url: 'javascript:alert(1)' });
    expect(screen.getByRole('link', { name: 'https://example.com/a' })).toHaveAttribute(
      'href',
      'https://example.com/a',
    );
    expect(screen.getAllByRole('link')).toHaveLength(1);
    expect(screen.getByText('javascript:alert(1)').tagName).toBe('SPAN');
  });

  it('skips hidden entries', () => {
    renderMeta({ a: 'shown', b: 'hidden' }, { hidden: ['b'] });
    expect(screen.queryByText('hidden')).toBeNull();
    expect(screen.getByText('shown')).toBeInTheDocument();
  });

  it('collapses long lists into a details element that still holds every item', () => {
    const notes = Array.from({ length: 300 }, (_, i) => `note ${i}`);
    const { container } = renderMeta({ notes });
    const details = container.querySelector('details') as HTMLElement;
    expect(within(details).getByText('Show 280 more')).toBeInTheDocument();
    expect(container.querySelectorAll('ul.amb-MetaTable-list > li:not(.amb-More)')).toHaveLength(300);
  });

  it('folds a top-level value of more than 3 items behind "Show all N" with fold, and only then', () => {
    const { entries } = normalizeMeta({ notes: ['a', 'b', 'c', 'd'], stack: ['a', 'b', 'c', 'd'] }).meta;
    const { container, rerender } = render(<MetaTable entries={entries} />);
    expect(container.querySelectorAll('details')).toHaveLength(0);
    rerender(<MetaTable entries={entries} fold />);
    const folds = container.querySelectorAll('[data-slot="meta-table-fold"]');
    expect(Array.from(folds, (fold) => fold.querySelector('summary')?.textContent)).toEqual(['Show all 4']);
    expect(folds[0].closest('[data-kind]')).toHaveAttribute('data-folded', '');
  });
});

/** An element's attributes by name, in any order. */
const attributes = (element: Element) => Object.fromEntries(Array.from(element.attributes, (a) => [a.name, a.value]));

const entry = (key: string, value: MetaValue): MetaEntry => ({ key, label: key, value });

/** The `dd` of the only row of a table rendered from hand-built entries. */
function ddOf(value: MetaValue, props: Partial<MetaTableProps> = {}) {
  const { container } = render(<MetaTable entries={[entry('field', value)]} {...props} />);
  return container.querySelector('dl > div > dd') as HTMLElement;
}

describe('MetaTable: the markup of each value kind', () => {
  it('shows a flag as a span whose data-value says yes or no', () => {
    expect(ddOf({ kind: 'boolean', value: true, text: 'Yes' }).innerHTML).toBe(
      '<span class="amb-MetaTable-boolean" data-value="yes">Yes</span>',
    );
    expect(ddOf({ kind: 'boolean', value: false, text: 'No' }).innerHTML).toBe(
      '<span class="amb-MetaTable-boolean" data-value="no">No</span>',
    );
  });

  it('shows an empty value as its dash in an empty span', () => {
    expect(ddOf({ kind: 'empty', text: '—' }).innerHTML).toBe('<span class="amb-MetaTable-empty">—</span>');
  });

  it('shows an image as a lazy thumbnail with its alt text', () => {
    const dd = ddOf({ kind: 'image', src: '/cover.png', alt: 'A cat' });
    expect(Array.from(dd.children, (child) => child.tagName)).toEqual(['IMG']);
    expect(attributes(dd.children[0])).toEqual({
      class: 'amb-MetaTable-image',
      src: '/cover.png',
      alt: 'A cat',
      loading: 'lazy',
      decoding: 'async',
    });
  });

  it("shows an image's other fields in a closed disclosure under it", () => {
    const dd = ddOf({
      kind: 'image',
      src: '/cover.png',
      alt: '',
      details: [
        entry('credit', { kind: 'text', text: 'Jo' }),
        entry('width', { kind: 'number', value: 640, text: '640' }),
      ],
    });
    const details = dd.querySelector(':scope > details') as HTMLElement;
    expect(details).toHaveClass('amb-MetaTable-details');
    expect(details).toHaveAttribute('data-slot', 'meta-table-details');
    expect(details).not.toHaveAttribute('open');
    expect(details.querySelector(':scope > summary')?.textContent).toBe('Show 2 more');
    const dl = details.querySelector(':scope > dl') as HTMLElement;
    expect(dl).toHaveAttribute('data-slot', 'meta-table');
    expect(dl).toHaveAttribute('data-nested', '');
    expect(Array.from(dl.querySelectorAll('dt'), (dt) => dt.textContent)).toEqual(['credit', 'width']);
    expect(Array.from(dl.querySelectorAll('dd'), (d) => d.innerHTML)).toEqual(['Jo', '<data value="640">640</data>']);
  });

  it('shows people as list items: a linked name, an avatar before a name, details under a name', () => {
    const dd = ddOf({
      kind: 'people',
      people: [
        { name: 'Ada', href: 'https://ada.example/' },
        { name: 'Bob', avatar: '/bob.png' },
        { name: 'Cy', details: [entry('role', { kind: 'text', text: 'editor' })] },
      ],
    });
    const list = dd.querySelector(':scope > ul') as HTMLElement;
    expect(list).toHaveClass('amb-MetaTable-people');
    expect(list).toHaveAttribute('data-slot', 'meta-table-people');
    const items = Array.from(list.children);
    expect(items.map((li) => li.tagName)).toEqual(['LI', 'LI', 'LI']);
    expect(items[0].innerHTML).toBe('<a href="https://ada.example/">Ada</a>');
    expect(Array.from(items[1].children, (child) => child.tagName)).toEqual(['IMG', 'SPAN']);
    expect(attributes(items[1].children[0])).toEqual({
      class: 'amb-MetaTable-avatar',
      src: '/bob.png',
      alt: '',
      width: '24',
      height: '24',
      loading: 'lazy',
    });
    expect(items[1].children[1].outerHTML).toBe('<span>Bob</span>');
    expect(items[2].firstElementChild?.outerHTML).toBe('<span>Cy</span>');
    expect(items[2].querySelector('details > summary')?.textContent).toBe('Show 1 more');
    expect(items[2].querySelector('details dd')?.textContent).toBe('editor');
  });

  it('notes what a limit left out of a list after it, in its own slot', () => {
    const dd = ddOf({ kind: 'list', items: [{ kind: 'text', text: 'a' }], omitted: 3 });
    expect(Array.from(dd.children, (child) => child.tagName)).toEqual(['UL', 'P']);
    expect(dd.lastElementChild?.outerHTML).toBe(
      '<p class="amb-Omitted" data-slot="meta-table-omitted">3 more not shown</p>',
    );
  });

  it('adds no note when a list lost nothing', () => {
    const dd = ddOf({ kind: 'list', items: [{ kind: 'text', text: 'a' }], omitted: 0 });
    expect(dd.innerHTML).toBe('<ul class="amb-MetaTable-list" data-slot="meta-table-list"><li>a</li></ul>');
  });
});

describe('MetaTable: folding long text', () => {
  it('counts the words of a long text, a run of spaces and line breaks being one gap', () => {
    const text = Array.from({ length: 60 }, (_, i) => `word${i}`).join('  \n ');
    expect(text.length).toBeGreaterThan(280);
    const dd = ddOf({ kind: 'text', text }, { fold: true });
    expect(dd.querySelector('[data-slot="meta-table-fold"] > summary')?.textContent).toBe('Show all 60');
  });

  it('leaves a text of 280 characters open', () => {
    const dd = ddOf({ kind: 'text', text: 'a '.repeat(140) }, { fold: true });
    expect(dd.querySelector('details')).toBeNull();
    expect(dd.closest('[data-kind]')).not.toHaveAttribute('data-folded');
  });
});

describe('MetaTable: actions', () => {
  it("renders an action after its key's value, and nothing for a key mapped to undefined", () => {
    const { container } = render(
      <MetaTable
        entries={[
          entry('hash', { kind: 'text', text: 'abc', code: true }),
          entry('other', { kind: 'text', text: 'x' }),
        ]}
        actions={{ hash: (e) => <button type="button">copy {e.key}</button>, other: undefined }}
      />,
    );
    expect(Array.from(container.querySelectorAll('dd'), (dd) => dd.innerHTML)).toEqual([
      '<code class="amb-MetaTable-code">abc</code><button type="button">copy hash</button>',
      'x',
    ]);
  });
});
