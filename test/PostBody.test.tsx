import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { type BodyBlock, PostBody, type PostBodyProps } from '../src';

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

/** An element's attributes by name, in any order. */
const attributes = (element: Element) => Object.fromEntries(Array.from(element.attributes, (a) => [a.name, a.value]));

/** The body's own element, rendered from hand-built blocks. */
function body(blocks: BodyBlock[], props: Partial<PostBodyProps> = {}) {
  const { container } = render(<PostBody blocks={blocks} {...props} />);
  return container.firstElementChild as HTMLElement;
}

describe('PostBody: inline content', () => {
  it('renders each mark, code, a link and a line break with its own element', () => {
    const root = body([
      {
        type: 'paragraph',
        text: 'plain bold italic gone code link\nnext',
        inline: [
          { type: 'text', text: 'plain ' },
          { type: 'strong', children: [{ type: 'text', text: 'bold' }] },
          { type: 'emphasis', children: [{ type: 'text', text: 'italic' }] },
          { type: 'strikethrough', children: [{ type: 'text', text: 'gone' }] },
          { type: 'code', text: 'x()' },
          { type: 'link', href: 'https://example.com/a', children: [{ type: 'text', text: 'link' }] },
          { type: 'break' },
          { type: 'text', text: 'next' },
        ],
      },
    ]);
    expect(root.innerHTML).toBe(
      '<p>plain <strong>bold</strong><em>italic</em><s>gone</s><code>x()</code>' +
        '<a href="https://example.com/a">link</a><br>next</p>',
    );
  });

  it('nests marks inside marks and links', () => {
    const root = body([
      {
        type: 'heading',
        text: 'a b',
        inline: [
          {
            type: 'strong',
            children: [
              { type: 'emphasis', children: [{ type: 'strikethrough', children: [{ type: 'text', text: 'a' }] }] },
            ],
          },
          { type: 'link', href: '/b', children: [{ type: 'code', text: 'b' }] },
        ],
      },
    ]);
    expect(root.innerHTML).toBe('<h2><strong><em><s>a</s></em></strong><a href="/b"><code>b</code></a></h2>');
  });

  it('shows the plain text when there is no inline content', () => {
    expect(body([{ type: 'paragraph', text: 'just text' }]).innerHTML).toBe('<p>just text</p>');
  });
});

describe('PostBody: task lists', () => {
  it('marks done and open task items with data-state, data-checked and words for screen readers', () => {
    const root = body([
      {
        type: 'list',
        items: [{ text: 'ship', checked: true }, { text: 'test', checked: false }, { text: 'plain' }],
      },
    ]);
    const items = Array.from(root.querySelectorAll('li'));
    expect(items.map(attributes)).toEqual([
      { 'data-state': 'done', 'data-checked': 'true' },
      { 'data-state': 'todo' },
      {},
    ]);
    expect(items.map((li) => li.innerHTML)).toEqual([
      '<span class="amb-sr-only">Done: </span>ship',
      '<span class="amb-sr-only">To do: </span>test',
      'plain',
    ]);
  });

  it('takes the task words from messages', () => {
    const root = body([{ type: 'list', items: [{ text: 'a', checked: false }] }], {
      messages: { done: 'Erledigt', todo: 'Offen' },
    });
    expect(root.querySelector('li')?.textContent).toBe('Offen: a');
  });
});

describe('PostBody: lists', () => {
  it('notes the items a limit left out right after the list, in the post-body-omitted slot', () => {
    const root = body([
      { type: 'list', items: [{ text: 'a' }], omitted: 2 },
      { type: 'list', items: [{ text: 'b' }], ordered: true, start: 3, omitted: 1 },
      { type: 'paragraph', text: 'after' },
    ]);
    expect(root.innerHTML).toBe(
      '<ul><li>a</li></ul><p class="amb-Omitted" data-slot="post-body-omitted">2 more not shown</p>' +
        '<ol start="3"><li>b</li></ol><p class="amb-Omitted" data-slot="post-body-omitted">1 more not shown</p>' +
        '<p>after</p>',
    );
  });

  it('renders an item’s own blocks inside it', () => {
    const root = body([{ type: 'list', items: [{ text: 'a', blocks: [{ type: 'list', items: [{ text: 'a.1' }] }] }] }]);
    expect(root.innerHTML).toBe('<ul><li>a<ul><li>a.1</li></ul></li></ul>');
  });
});

describe('PostBody: tables and dividers', () => {
  it('renders a table head of column headers and a body row per row, inside a focusable box', () => {
    const root = body([
      {
        type: 'table',
        head: [
          { text: 'Name' },
          { text: 'Age', inline: [{ type: 'strong', children: [{ type: 'text', text: 'Age' }] }] },
        ],
        rows: [
          [{ text: 'Ada' }, { text: '36' }],
          [{ text: 'Bob' }, { text: '41' }],
        ],
      },
    ]);
    const box = root.firstElementChild as HTMLElement;
    expect(attributes(box)).toEqual({ class: 'amb-PostBody-table', tabindex: '0' });
    expect(box.innerHTML).toBe(
      '<table><thead><tr><th scope="col">Name</th><th scope="col"><strong>Age</strong></th></tr></thead>' +
        '<tbody><tr><td>Ada</td><td>36</td></tr><tr><td>Bob</td><td>41</td></tr></tbody></table>',
    );
  });

  it('renders a table without a head as its body alone', () => {
    const root = body([{ type: 'table', rows: [[{ text: 'x' }]] }]);
    expect(root.querySelector('table')?.innerHTML).toBe('<tbody><tr><td>x</td></tr></tbody>');
  });

  it('renders a divider as a rule between blocks', () => {
    expect(
      body([{ type: 'paragraph', text: 'a' }, { type: 'divider' }, { type: 'paragraph', text: 'b' }]).innerHTML,
    ).toBe('<p>a</p><hr><p>b</p>');
  });
});

describe('PostBody: every block kind', () => {
  it('renders each kind with its own element and text, in order', () => {
    const root = body(
      [
        { type: 'heading', text: 'Title', level: 3 },
        { type: 'paragraph', text: 'para' },
        { type: 'list', items: [{ text: 'one' }] },
        { type: 'quote', text: 'quoted' },
        {
          type: 'quote',
          text: 'q',
          blocks: [
            { type: 'paragraph', text: 'q1' },
            { type: 'paragraph', text: 'q2' },
          ],
        },
        { type: 'code', text: 'print(1)', language: 'python' },
        { type: 'image', src: '/a.png', alt: 'An a', caption: 'Fig. 1', width: 40, height: 30 },
        { type: 'image', src: '/b.png', alt: '' },
        { type: 'table', rows: [[{ text: 'cell' }]] },
        { type: 'divider' },
      ],
      { omitted: 4 },
    );
    expect(Array.from(root.children, (child) => child.tagName)).toEqual([
      'H3',
      'P',
      'UL',
      'BLOCKQUOTE',
      'BLOCKQUOTE',
      'PRE',
      'FIGURE',
      'FIGURE',
      'DIV',
      'HR',
      'P',
    ]);
    const [heading, para, list, quote, quoteBlocks, pre, figure, bare, table, hr, note] = Array.from(root.children);
    expect(heading.outerHTML).toBe('<h3>Title</h3>');
    expect(para.outerHTML).toBe('<p>para</p>');
    expect(list.outerHTML).toBe('<ul><li>one</li></ul>');
    expect(quote.outerHTML).toBe('<blockquote><p>quoted</p></blockquote>');
    expect(quoteBlocks.outerHTML).toBe('<blockquote><p>q1</p><p>q2</p></blockquote>');
    expect(pre.outerHTML).toBe('<pre tabindex="0"><code data-language="python">print(1)</code></pre>');
    expect(figure).toHaveClass('amb-PostBody-figure');
    expect(attributes(figure.children[0])).toEqual({
      src: '/a.png',
      alt: 'An a',
      width: '40',
      height: '30',
      loading: 'lazy',
      decoding: 'async',
    });
    expect(figure.children[1].outerHTML).toBe('<figcaption>Fig. 1</figcaption>');
    expect(Array.from(bare.children, (child) => child.tagName)).toEqual(['IMG']);
    expect(table.querySelector('td')?.textContent).toBe('cell');
    expect(hr.outerHTML).toBe('<hr>');
    expect(note.outerHTML).toBe('<p class="amb-Omitted" data-slot="post-body-omitted">4 more not shown</p>');
  });
});
