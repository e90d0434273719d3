/**
 * The HTML body parser: real CMS bodies (test/fixtures/platforms) render as articles, each element maps to
 * its model kind, HTML's parsing rules hold (html5lib-style cases), limits and hostile shapes stay bounded.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BodyBlock } from '../../src/model/body';
import { html, parseHtml } from '../../src/normalize/body/html';
import { htmlText } from '../../src/normalize/body/html-text';
import { modelProblems, parse, texts } from './html-check';

const platform = (name: string) =>
  JSON.parse(readFileSync(resolve(process.cwd(), 'test/fixtures/platforms', name), 'utf8'));

const kinds = (blocks: readonly BodyBlock[]) =>
  blocks.map((block) => (block.type === 'heading' ? `h${block.level}` : block.type));

/** One block of a body that holds one. */
function only(raw: string): BodyBlock {
  const { blocks } = parse(raw);
  expect(blocks).toHaveLength(1);
  return blocks[0];
}

/** The names of the elements of a fragment, as parse5 builds them. */
function elementNames(raw: string): Set<string> {
  const names = new Set<string>();
  const stack = [...parseHtml(raw).childNodes];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node && 'tagName' in node) {
      names.add(node.tagName);
      stack.push(...node.childNodes);
    }
  }
  return names;
}

/**
 * No markup of the source reaches a text (no tag of an element it holds, no attribute), and no entity is
 * left undecoded. Code may show other markup as text: `<StrictMode>`, `Listener<T>`.
 */
function expectNoMarkup(raw: string, blocks: readonly BodyBlock[]) {
  const tags = new RegExp(`</?(?:${[...elementNames(raw)].join('|')})[\\s/>]|\\b(?:class|style|href|src)=`, 'i');
  for (const text of texts(blocks)) {
    expect(text).not.toMatch(tags);
    expect(text).not.toMatch(/&(?:[a-z]+|#\d+|#x[0-9a-f]+);/i);
  }
}

describe('platform bodies render as articles', () => {
  it('WordPress content.rendered: blocks, code, figure, table, quote, links; the ad script is dropped and named', () => {
    const raw = platform('wordpress-post.json').content.rendered;
    const { blocks, issues } = parse(raw);
    expect(kinds(blocks)).toEqual([
      'paragraph',
      'h2',
      'paragraph',
      'paragraph',
      'list',
      'image',
      'h2',
      'paragraph',
      'code',
      'paragraph',
      'code',
      'h2',
      'paragraph',
      'table',
      'paragraph',
      'h3',
      'paragraph',
      'code',
      'quote',
      'h2',
      'paragraph',
      'list',
      'paragraph',
    ]);
    expect(modelProblems(blocks)).toEqual([]);
    expectNoMarkup(raw, blocks);
    // Entities decoded once: &#8211; &#8220; &#8217; &#91; and &lt;StrictMode&gt; inside code.
    expect(blocks[0]).toMatchObject({ text: expect.stringContaining('wrapped your app in <StrictMode>, you') });
    expect(blocks[0].type === 'paragraph' && blocks[0].inline?.[1]).toEqual({ type: 'code', text: '<StrictMode>' });
    expect(blocks[0]).toMatchObject({ text: expect.stringContaining('Nothing – this') });
    expect(blocks[19]).toEqual({ type: 'heading', level: 2, text: 'When you really need “once”' });
    expect(blocks[5]).toEqual({
      type: 'image',
      src: 'https://devnotes.example.com/wp-content/uploads/2024/10/strict-mode-lifecycle-1024x538.png',
      alt: 'Timeline showing mount, unmount and remount of a component under StrictMode',
      width: 1024,
      height: 538,
      caption: 'The development-only mount → unmount → mount sequence.',
    });
    const code = blocks[8];
    expect(code).toEqual({
      type: 'code',
      text: "useEffect(() => {\n  const socket = new WebSocket(url);\n  socket.addEventListener('message', onMessage);\n}, [url]);",
    });
    const table = blocks[13];
    expect(table.type === 'table' && table.head?.map((cell) => cell.text)).toEqual(['Resource', 'Setup', 'Cleanup']);
    expect(table.type === 'table' && table.rows.map((row) => row.map((cell) => cell.text))).toEqual([
      ['WebSocket', 'new WebSocket(url)', 'socket.close()'],
      ['Interval', 'setInterval(tick, 1000)', 'clearInterval(id)'],
      ['DOM listener', 'window.addEventListener(…)', 'window.removeEventListener(…)'],
      ['Fetch', 'fetch(url, { signal })', 'controller.abort()'],
    ]);
    expect(table.type === 'table' && table.rows[0][1]).toEqual({
      text: 'new WebSocket(url)',
      inline: [{ type: 'code', text: 'new WebSocket(url)' }],
    });
    // The table's figcaption has no place in a table: it is the paragraph after it.
    expect(blocks[14]).toEqual({ type: 'paragraph', text: 'Common effect resources and their inverse operations.' });
    // The quote's paragraph and its <cite> (the model has no attribution).
    expect(blocks[18]).toMatchObject({
      type: 'quote',
      blocks: [{ type: 'paragraph' }, { type: 'paragraph', text: 'Paraphrasing the React team’s guidance on effects' }],
    });
    const steps = blocks[21];
    expect(steps).toMatchObject({ type: 'list', ordered: true });
    expect(steps.type === 'list' && steps.items[2].inline).toContainEqual({
      type: 'link',
      href: 'https://react.dev/reference/react/StrictMode',
      children: [{ type: 'text', text: 'StrictMode reference' }],
    });
    // The AdSense <script>s (and the style attribute of its <ins>) are named; their text is nowhere.
    expect(issues).toEqual([{ path: '', code: 'dropped-markup', value: 'script ×2, style attribute ×1' }]);
    expect(texts(blocks).join('\n')).not.toContain('adsbygoogle');
  });

  it('Ghost html: Koenig cards (image with caption, callout, bookmark), code with language, a bare blockquote', () => {
    const raw = platform('ghost-post.json').posts[0].html;
    const { blocks, issues } = parse(raw);
    expect(kinds(blocks)).toEqual([
      'paragraph',
      'h2',
      'list',
      'image',
      'h2',
      'paragraph',
      'code',
      'paragraph',
      'paragraph',
      'h2',
      'paragraph',
      'code',
      'quote',
      'h2',
      'list',
      'paragraph',
      'paragraph',
      'image',
      'paragraph',
      'paragraph',
    ]);
    expect(modelProblems(blocks)).toEqual([]);
    expectNoMarkup(raw, blocks);
    expect(blocks[3]).toMatchObject({
      type: 'image',
      alt: 'Timeline of the expand, migrate and contract deploys',
      caption: 'Each phase ships as its own deploy.',
      width: 2000,
      height: 1050,
    });
    expect(blocks[6]).toMatchObject({
      type: 'code',
      language: 'sql',
      text: expect.stringMatching(/^ALTER TABLE users/),
    });
    // Inline code wrapped in a span: one code node.
    expect(blocks[0].type === 'paragraph' && blocks[0].inline).toContainEqual({ type: 'code', text: 'users.fullname' });
    expect(blocks[12]).toEqual({
      type: 'quote',
      text: 'A migration is only zero-downtime if every intermediate state is compatible with both the previous and the next release of the application.',
    });
    // The bookmark card: its link around block content carries into each paragraph it covers.
    expect(blocks[15]).toEqual({
      type: 'paragraph',
      text: 'ALTER TABLE',
      inline: [
        {
          type: 'link',
          href: 'https://www.postgresql.org/docs/current/sql-altertable.html',
          children: [{ type: 'text', text: 'ALTER TABLE' }],
        },
      ],
    });
    // Ghost's style="white-space: pre-wrap" attributes are not read; they are counted.
    expect(issues).toEqual([{ path: '', code: 'dropped-markup', value: 'style attribute ×6' }]);
  });

  it('dev.to body_html: Rouge code blocks with their language, heading anchors, an image inside a link', () => {
    const raw = platform('devto-article.json').body_html;
    const { blocks, issues } = parse(raw);
    expect(kinds(blocks)).toEqual([
      'paragraph',
      'h2',
      'paragraph',
      'code',
      'paragraph',
      'h2',
      'code',
      'image',
      'h2',
      'list',
      'quote',
      'paragraph',
    ]);
    expect(modelProblems(blocks)).toEqual([]);
    expectNoMarkup(raw, blocks);
    // The empty anchor before the heading's text is no link; the heading is its text alone.
    expect(blocks[1]).toEqual({ type: 'heading', level: 2, text: 'The idea' });
    // The trailing <br> of "…payload type:<br>\n</p>" shows nothing.
    expect(blocks[2]).toEqual({
      type: 'paragraph',
      text: 'Describe every event once, as a map from name to payload type:',
    });
    expect(blocks[3]).toMatchObject({ type: 'code', language: 'typescript' });
    expect(blocks[3].type === 'code' && blocks[3].text.split('\n')[1]).toBe(
      '  "user:created": { id: string; email: string };',
    );
    expect(blocks[7]).toMatchObject({ type: 'image', alt: 'Editor showing a compile error for a wrong payload' });
    // The fullscreen buttons are SVG icons: dropped, with their <title> text.
    expect(issues).toEqual([{ path: '', code: 'dropped-markup', value: 'svg ×4' }]);
    expect(texts(blocks).join('\n')).not.toContain('fullscreen');
  });

  it('JSON Feed content_html: an image alone in a paragraph is an image block', () => {
    const raw = platform('jsonfeed-item.json').content_html;
    const { blocks, issues } = parse(raw);
    expect(kinds(blocks)).toEqual(['paragraph', 'h2', 'paragraph', 'code', 'paragraph', 'list', 'image', 'paragraph']);
    expect(blocks[3]).toEqual({
      type: 'code',
      language: 'http',
      text: 'HTTP/1.1 200 OK\nCache-Control: max-age=60, stale-while-revalidate=600\nETag: "9f2c1"',
    });
    expect(blocks[6]).toEqual({
      type: 'image',
      src: 'https://notes.httpwizard.example.org/media/swr-timeline.png',
      alt: 'Timeline of a stale-while-revalidate request',
      width: 1280,
      height: 640,
    });
    expect(modelProblems(blocks)).toEqual([]);
    expectNoMarkup(raw, blocks);
    expect(issues).toEqual([]);
  });

  it.each([
    ['strapi-v4.json', (json: { data: { attributes: { content: string } } }) => json.data.attributes.content],
    ['strapi-v5.json', (json: { data: { content: string } }) => json.data.content],
  ])('Strapi CKEditor content (%s): task list, figure.table, figure.image, <i>, &nbsp;', (name, pick) => {
    const raw = pick(platform(name));
    const { blocks, issues } = parse(raw);
    expect(kinds(blocks)).toEqual([
      'paragraph',
      'h2',
      'paragraph',
      'code',
      'image',
      'h2',
      'paragraph',
      'code',
      'h3',
      'table',
      'quote',
      'h3',
      'list',
      'paragraph',
    ]);
    expect(modelProblems(blocks)).toEqual([]);
    expectNoMarkup(raw, blocks);
    expect(blocks[3]).toMatchObject({ type: 'code', language: 'javascript', text: expect.stringContaining('=> {') });
    expect(blocks[4]).toMatchObject({
      type: 'image',
      src: '/uploads/debounce_vs_throttle_timeline_3f9a1c2d7b.png',
      caption: 'Raw events (top), debounced (middle) and throttled (bottom) calls over two seconds.',
    });
    const table = blocks[9];
    expect(table.type === 'table' && table.rows[0][2]).toEqual({ text: '250–400\u00a0ms' });
    const tasks = blocks[12];
    expect(tasks.type === 'list' && tasks.items.map(({ checked, text }) => [checked, text])).toEqual([
      [true, 'Cancel pending timers when the component unmounts'],
      [true, 'Abort in-flight requests that a newer call supersedes'],
      [false, 'Add a leading option if the first call must be immediate'],
    ]);
    // The checkboxes became `checked`; no other input is there to drop, and the final <p>&nbsp;</p> is gone.
    expect(issues).toEqual([]);
    expect(blocks[13]).toMatchObject({
      text: 'Lodash ships battle-tested versions of both: see _.debounce and _.throttle.',
    });
  });

  it('rss-parser content:encoded (WordPress RSS) reads as an article too', () => {
    const raw = platform('rss-parser-item.json')['content:encoded'];
    const { blocks } = parse(raw);
    expect(blocks.length).toBeGreaterThan(1);
    expect(modelProblems(blocks)).toEqual([]);
    expectNoMarkup(raw, blocks);
  });
});

describe('HTML parsing rules (html5lib-style cases), as a browser reads them', () => {
  it('implied end tags: <p>a<p>b is two paragraphs', () => {
    expect(parse('<p>a<p>b').blocks).toEqual([
      { type: 'paragraph', text: 'a' },
      { type: 'paragraph', text: 'b' },
    ]);
  });

  it('<li> without end tags', () => {
    expect(only('<ul><li>a<li>b</ul>')).toEqual({ type: 'list', items: [{ text: 'a' }, { text: 'b' }] });
  });

  it('misnested <b><i>x</b>y</i>z: y stays italic (adoption agency)', () => {
    expect(only('<b><i>x</b>y</i>z')).toEqual({
      type: 'paragraph',
      text: 'xyz',
      inline: [
        { type: 'strong', children: [{ type: 'emphasis', children: [{ type: 'text', text: 'x' }] }] },
        { type: 'emphasis', children: [{ type: 'text', text: 'y' }] },
        { type: 'text', text: 'z' },
      ],
    });
  });

  it('stray text in a table is foster-parented before it', () => {
    expect(parse('<table>stray<tr><td>c</td></tr></table>').blocks).toEqual([
      { type: 'paragraph', text: 'stray' },
      { type: 'table', rows: [[{ text: 'c' }]] },
    ]);
  });

  it('</br> is a line break', () => {
    expect(only('<p>a</br>b</p>')).toEqual({
      type: 'paragraph',
      text: 'a\nb',
      inline: [{ type: 'text', text: 'a' }, { type: 'break' }, { type: 'text', text: 'b' }],
    });
    expect(only('a</br>b')).toMatchObject({ text: 'a\nb' });
  });

  it('unclosed <pre>: the newline right after <pre> is dropped, the rest kept exactly', () => {
    expect(parse('<pre>\n\n  indented\n\tx &lt; y</pre>').blocks).toEqual([
      { type: 'code', text: '\n  indented\n\tx < y' },
    ]);
    expect(parse('<pre>\ncode\n\n<p>after').blocks).toEqual([{ type: 'code', text: 'code\n\nafter' }]);
  });

  it('entities without semicolons decode as HTML says: &amp &notit; &copy2, and only once', () => {
    expect(only('<p>&amp &notit; &copy2 &amp;lt; &#8217;</p>')).toEqual({
      type: 'paragraph',
      text: '& ¬it; ©2 &lt; ’',
    });
    expect(only('<a href="/?a=1&copy=2&amp;b=3">x</a>')).toMatchObject({
      inline: [{ type: 'link', href: '/?a=1&copy=2&b=3' }],
    });
  });

  it('</script inside a script string does not end it; its text never shows', () => {
    const { blocks, issues } = parse('<script>var s="</scr"+"ipt>"; var t="<!--";</script><p>after</p>');
    expect(blocks).toEqual([{ type: 'paragraph', text: 'after' }]);
    expect(issues).toEqual([{ path: '', code: 'dropped-markup', value: 'script ×1' }]);
  });

  it('comments and CDATA (a comment in HTML) are not content, and not reported', () => {
    const { blocks, issues } = parse('<p>a<!-- b <p> c -->d</p><!-->e<![CDATA[x<y]]>f');
    expect(blocks).toEqual([
      { type: 'paragraph', text: 'ad' },
      { type: 'paragraph', text: 'ef' },
    ]);
    expect(issues).toEqual([]);
  });

  it('a paragraph inside a formatting element: the mark carries into the next paragraph', () => {
    expect(parse('<p><b>x<p>y').blocks).toEqual([
      { type: 'paragraph', text: 'x', inline: [{ type: 'strong', children: [{ type: 'text', text: 'x' }] }] },
      { type: 'paragraph', text: 'y', inline: [{ type: 'strong', children: [{ type: 'text', text: 'y' }] }] },
    ]);
  });

  it('HTML breaks out of <svg> at a <p>: the paragraph is kept, the svg dropped', () => {
    const { blocks, issues } = parse('<svg><style>p{}</style><p>out</p>');
    expect(blocks).toEqual([{ type: 'paragraph', text: 'out' }]);
    expect(issues).toEqual([{ path: '', code: 'dropped-markup', value: 'svg ×1' }]);
  });

  it('CR LF and NUL as the HTML tokenizer reads them', () => {
    expect(parse('<pre>a\r\nb\0c</pre>').blocks).toEqual([{ type: 'code', text: 'a\nbc' }]);
  });

  it('<image> is <img>', () => {
    expect(only('<image src="/a.png" alt="A">')).toEqual({ type: 'image', src: '/a.png', alt: 'A' });
  });
});

describe('elements → model kinds', () => {
  it('headings: h2–h6 keep their level; h1 is level 2 with a heading-level issue', () => {
    const { blocks, issues } = parse('<h1>Title</h1><h2>a</h2><h3>b</h3><h4>c</h4><h5>d</h5><h6>e</h6>');
    expect(blocks.map((block) => block.type === 'heading' && [block.level, block.text])).toEqual([
      [2, 'Title'],
      [2, 'a'],
      [3, 'b'],
      [4, 'c'],
      [5, 'd'],
      [6, 'e'],
    ]);
    expect(issues).toEqual([{ path: '', code: 'heading-level', value: 'h1: Title' }]);
  });

  it('headings keep their marks and links', () => {
    expect(only('<h3>Use <code>useRef</code></h3>')).toEqual({
      type: 'heading',
      level: 3,
      text: 'Use useRef',
      inline: [
        { type: 'text', text: 'Use ' },
        { type: 'code', text: 'useRef' },
      ],
    });
  });

  it('lists: ordered with start, nested lists and block children as item blocks', () => {
    expect(only('<ol start="3"><li>three<ul><li>sub</li></ul></li><li><p>four</p><p>more</p></li></ol>')).toEqual({
      type: 'list',
      ordered: true,
      start: 3,
      items: [
        { text: 'three', blocks: [{ type: 'list', items: [{ text: 'sub' }] }] },
        { text: 'four', blocks: [{ type: 'paragraph', text: 'more' }] },
      ],
    });
    expect(only('<ol start="1"><li>a</li></ol>')).toEqual({ type: 'list', ordered: true, items: [{ text: 'a' }] });
    expect(only('<ol start="x"><li>a</li></ol>')).toEqual({ type: 'list', ordered: true, items: [{ text: 'a' }] });
  });

  it('an item that starts with a block has an empty text and the block', () => {
    expect(only('<ul><li><pre>x</pre></li></ul>')).toEqual({
      type: 'list',
      items: [{ text: '', blocks: [{ type: 'code', text: 'x' }] }],
    });
  });

  it('task lists: GitHub, CKEditor and markdown-it checkboxes at the start of an item', () => {
    const github =
      '<ul><li class="task-list-item"><input type="checkbox" class="task-list-item-checkbox" disabled> todo</li>';
    const done = '<li><p><input type="checkbox" checked disabled> done</p></li></ul>';
    const list = only(github + done);
    expect(list).toEqual({
      type: 'list',
      items: [
        { text: 'todo', checked: false },
        { text: 'done', checked: true },
      ],
    });
    // A checkbox after the text is no task marker: dropped and counted.
    const { blocks, issues } = parse('<ul><li>text <input type="checkbox" checked></li></ul>');
    expect(blocks).toEqual([{ type: 'list', items: [{ text: 'text' }] }]);
    expect(issues).toEqual([{ path: '', code: 'dropped-markup', value: 'input ×1' }]);
  });

  it('content outside any li is an item of its own', () => {
    expect(only('<ul>loose<li>a</li></ul>')).toEqual({ type: 'list', items: [{ text: 'loose' }, { text: 'a' }] });
  });

  it('blockquote: one paragraph as text and inline, more as blocks', () => {
    expect(only('<blockquote><p>Only <em>one</em>.</p></blockquote>')).toEqual({
      type: 'quote',
      text: 'Only one.',
      inline: [
        { type: 'text', text: 'Only ' },
        { type: 'emphasis', children: [{ type: 'text', text: 'one' }] },
        { type: 'text', text: '.' },
      ],
    });
    expect(only('<blockquote><p>a</p><ul><li>b</li></ul></blockquote>')).toEqual({
      type: 'quote',
      text: 'a\nb',
      blocks: [
        { type: 'paragraph', text: 'a' },
        { type: 'list', items: [{ text: 'b' }] },
      ],
    });
  });

  it.each([
    ['<pre><code class="language-ts">x</code></pre>', 'ts'],
    ['<pre><code class="hljs lang-rust">x</code></pre>', 'rust'],
    ['<pre class="language-go"><code>x</code></pre>', 'go'],
    ['<pre data-language="c++"><code>x</code></pre>', 'c++'],
    ['<pre class="highlight typescript"><code>x</code></pre>', 'typescript'],
    [
      '<div class="language-ruby highlighter-rouge"><div class="highlight"><pre class="highlight"><code>x</code></pre></div></div>',
      'ruby',
    ],
    ['<pre><code>x</code></pre>', undefined],
    ['<pre class="wp-block-code"><code>x</code></pre>', undefined],
    ['<pre><code class="language-a&quot;b">x</code></pre>', undefined],
  ])('code language of %s', (raw, language) => {
    expect(only(raw)).toEqual(language ? { type: 'code', text: 'x', language } : { type: 'code', text: 'x' });
  });

  it('code text exactly as in the source: markup inside is text, one final newline dropped', () => {
    expect(only('<pre><code>&lt;div&gt; <b>bold</b>\n\n  end\n</code></pre>')).toEqual({
      type: 'code',
      text: '<div> bold\n\n  end',
    });
  });

  it('images: safe src, alt, numeric width and height; loading/decoding/srcset are not read', () => {
    expect(
      only('<img src="https://x.example/a.png" alt="An A" width="640" height="50%" loading="lazy" srcset="b.png 2x">'),
    ).toEqual({
      type: 'image',
      src: 'https://x.example/a.png',
      alt: 'An A',
      width: 640,
    });
  });

  it('an image without alt: alt "" and a missing-alt issue; alt="" is decoration, no issue', () => {
    expect(parse('<img src="/a.png">')).toEqual({
      blocks: [{ type: 'image', src: '/a.png', alt: '' }],
      issues: [{ path: '', code: 'missing-alt', value: '/a.png' }],
    });
    expect(parse('<img src="/a.png" alt="">').issues).toEqual([]);
  });

  it('an image with an unsafe src: no image, its alt as text, an unsafe-url issue', () => {
    expect(parse('<p>See <img src="javascript:alert(1)" alt="the chart"> here</p>')).toEqual({
      blocks: [{ type: 'paragraph', text: 'See the chart here' }],
      issues: [{ path: '', code: 'unsafe-url', value: 'javascript:alert(1)' }],
    });
    expect(parse('<img src="data:image/png;base64,AAAA" alt="x">').issues).toEqual([
      { path: '', code: 'unsafe-url', value: 'data:image/png;base64,AAAA' },
    ]);
  });

  it('a lazy-loaded image: data-src when src is a data: placeholder or missing', () => {
    expect(only('<img src="data:image/gif;base64,R0lGOD" data-src="/real.jpg" alt="r">')).toEqual({
      type: 'image',
      src: '/real.jpg',
      alt: 'r',
    });
  });

  it('an image inside a paragraph splits it; a figure with a figcaption gives the image its caption', () => {
    expect(parse('<p>before <img src="/a.png" alt="a"> after</p>').blocks).toEqual([
      { type: 'paragraph', text: 'before' },
      { type: 'image', src: '/a.png', alt: 'a' },
      { type: 'paragraph', text: 'after' },
    ]);
    expect(
      only(
        '<figure><a href="/full.png"><img src="/a.png" alt="a"></a><figcaption>Photo <a href="/by">me</a></figcaption></figure>',
      ),
    ).toEqual({
      type: 'image',
      src: '/a.png',
      alt: 'a',
      caption: 'Photo me',
    });
  });

  it('a figure without an image is a container; its caption a paragraph where it stands', () => {
    expect(parse('<figure><figcaption>Listing 1</figcaption><pre>x</pre></figure>').blocks).toEqual([
      { type: 'paragraph', text: 'Listing 1' },
      { type: 'code', text: 'x' },
    ]);
  });

  it('tables: thead as head, or a first row of th; cells keep inline content; a caption is the paragraph above', () => {
    expect(
      only(
        '<table><thead><tr><th>a</th><th>b</th></tr></thead><tbody><tr><td><b>1</b></td><td>2</td></tr></tbody></table>',
      ),
    ).toEqual({
      type: 'table',
      head: [{ text: 'a' }, { text: 'b' }],
      rows: [[{ text: '1', inline: [{ type: 'strong', children: [{ type: 'text', text: '1' }] }] }, { text: '2' }]],
    });
    expect(only('<table><tr><th>k</th><th>v</th></tr><tr><th>x</th><td>1</td></tr></table>')).toEqual({
      type: 'table',
      head: [{ text: 'k' }, { text: 'v' }],
      rows: [[{ text: 'x' }, { text: '1' }]],
    });
    expect(
      parse('<table><caption>Sizes</caption><tr><td>1</td></tr><tfoot><tr><td>sum</td></tr></tfoot></table>').blocks,
    ).toEqual([
      { type: 'paragraph', text: 'Sizes' },
      { type: 'table', rows: [[{ text: '1' }], [{ text: 'sum' }]] },
    ]);
  });

  it('blocks inside a cell become lines; an image in a cell is its alt text', () => {
    const { blocks, issues } = parse(
      '<table><tr><td><p>a</p><ul><li>b</li><li>c</li></ul><img src="/i.png" alt="icon"></td></tr></table>',
    );
    expect(blocks).toEqual([
      {
        type: 'table',
        rows: [
          [
            {
              text: 'a\nb\nc\nicon',
              inline: [
                { type: 'text', text: 'a' },
                { type: 'break' },
                { type: 'text', text: 'b' },
                { type: 'break' },
                { type: 'text', text: 'c' },
                { type: 'break' },
                { type: 'text', text: 'icon' },
              ],
            },
          ],
        ],
      },
    ]);
    expect(issues).toEqual([{ path: '', code: 'dropped-markup', value: 'img in a table cell ×1' }]);
  });

  it('breaks: two in a row keep an empty line; spaces before a break go; an emptied mark goes', () => {
    expect(only('<p>a <br><br>b</p>')).toEqual({
      type: 'paragraph',
      text: 'a\n\nb',
      inline: [{ type: 'text', text: 'a' }, { type: 'break' }, { type: 'break' }, { type: 'text', text: 'b' }],
    });
    expect(only('<p>a<b> </b><br>c</p>')).toEqual({
      type: 'paragraph',
      text: 'a\nc',
      inline: [{ type: 'text', text: 'a' }, { type: 'break' }, { type: 'text', text: 'c' }],
    });
    expect(only('<p>x<b> <br></b>y</p>')).toEqual({
      type: 'paragraph',
      text: 'x\ny',
      inline: [
        { type: 'text', text: 'x' },
        { type: 'strong', children: [{ type: 'break' }] },
        { type: 'text', text: 'y' },
      ],
    });
    expect(only('<p>a<i></i>b</p>')).toEqual({ type: 'paragraph', text: 'ab' });
  });

  it('an empty cell is empty text', () => {
    expect(only('<table><tr><td></td><td> <b> </b> </td></tr></table>')).toEqual({
      type: 'table',
      rows: [[{ text: '' }, { text: '' }]],
    });
  });

  it('hr is a divider; br a break; marks and inline code', () => {
    expect(
      parse(
        '<p>a<br>b</p><hr><p><strong>s</strong><b>b</b><em>e</em><i>i</i><s>x</s><del>d</del><strike>k</strike><code>c</code></p>',
      ).blocks,
    ).toEqual([
      {
        type: 'paragraph',
        text: 'a\nb',
        inline: [{ type: 'text', text: 'a' }, { type: 'break' }, { type: 'text', text: 'b' }],
      },
      { type: 'divider' },
      {
        type: 'paragraph',
        text: 'sbeixdkc',
        inline: [
          { type: 'strong', children: [{ type: 'text', text: 's' }] },
          { type: 'strong', children: [{ type: 'text', text: 'b' }] },
          { type: 'emphasis', children: [{ type: 'text', text: 'e' }] },
          { type: 'emphasis', children: [{ type: 'text', text: 'i' }] },
          { type: 'strikethrough', children: [{ type: 'text', text: 'x' }] },
          { type: 'strikethrough', children: [{ type: 'text', text: 'd' }] },
          { type: 'strikethrough', children: [{ type: 'text', text: 'k' }] },
          { type: 'code', text: 'c' },
        ],
      },
    ]);
  });

  it('links: a safe href is a link; an unsafe one is plain text with an issue; no href is plain text', () => {
    expect(only('<p><a href="mailto:a@example.com">mail</a></p>')).toMatchObject({
      inline: [{ type: 'link', href: 'mailto:a@example.com', children: [{ type: 'text', text: 'mail' }] }],
    });
    expect(parse('<p><a href="javascript:alert(1)">click</a> <a name="x">anchor</a> <a href="">empty</a></p>')).toEqual(
      {
        blocks: [{ type: 'paragraph', text: 'click anchor empty' }],
        issues: [{ path: '', code: 'unsafe-url', value: 'javascript:alert(1)' }],
      },
    );
    // A URL the check passes but no browser can resolve (a port that is no number) is no link either.
    expect(parse('<a href="http://google:ha.ckers.org">x</a>').blocks).toEqual([{ type: 'paragraph', text: 'x' }]);
  });

  it('transparent containers keep their content: blocks flow into blocks, inline into the paragraph', () => {
    const raw =
      '<article><header><h2>T</h2></header><section><div>Some <span>text</span> <mark>with</mark> <sup>1</sup><u>u</u> <small>s</small> <abbr title="x">abbr</abbr> <kbd>K</kbd> <time>t</time> <label>l</label> <x-custom>c</x-custom></div><details><summary>More</summary>hidden</details></section><aside>side</aside><footer>end</footer></article>';
    expect(parse(raw).blocks).toEqual([
      { type: 'heading', level: 2, text: 'T' },
      { type: 'paragraph', text: 'Some text with 1u s abbr K t l c' },
      { type: 'paragraph', text: 'More' },
      { type: 'paragraph', text: 'hidden' },
      { type: 'paragraph', text: 'side' },
      { type: 'paragraph', text: 'end' },
    ]);
  });

  it('bare text at block level is a paragraph; whitespace collapses; &nbsp;-only paragraphs are dropped', () => {
    expect(
      parse('  loose   text\n\n<p>  a \n\t b  </p><p>&nbsp;</p><p> &nbsp; <br> </p><p>x&nbsp;&nbsp;y</p>').blocks,
    ).toEqual([
      { type: 'paragraph', text: 'loose text' },
      { type: 'paragraph', text: 'a b' },
      { type: 'paragraph', text: 'x\u00a0\u00a0y' },
    ]);
    expect(only('<p>a <b> b </b> c</p>')).toEqual({
      type: 'paragraph',
      text: 'a b c',
      inline: [
        { type: 'text', text: 'a ' },
        { type: 'strong', children: [{ type: 'text', text: 'b ' }] },
        { type: 'text', text: 'c' },
      ],
    });
  });

  it('dropped elements: not rendered, their text not shown, one issue naming tags and counts', () => {
    const raw =
      '<p onclick="x()">a</p><script>s1</script><script>s2</script><style>.x{}</style><iframe src="https://e.example">if</iframe><template><p>t</p></template><noscript>ns</noscript><object>o</object><embed src="e"><form><p>f</p></form><button>b</button><select><option>o</option></select><textarea>ta</textarea><svg><text>sv</text></svg><math><mi>m</mi></math><canvas>c</canvas><video>v</video><audio>au</audio><link href="x"><meta content="m"><base href="/">';
    const { blocks, issues } = parse(raw);
    expect(blocks).toEqual([{ type: 'paragraph', text: 'a' }]);
    expect(issues).toEqual([
      {
        path: '',
        code: 'dropped-markup',
        value:
          'onclick attribute ×1, script ×2, style ×1, iframe ×1, template ×1, noscript ×1, object ×1, embed ×1, form ×1, button ×1, select ×1, textarea ×1, svg ×1, math ×1, canvas ×1, video ×1, audio ×1, link ×1, meta ×1, base ×1',
      },
    ]);
  });

  it('a picture reads its img; its sources are the same image, not dropped markup', () => {
    expect(parse('<picture><source srcset="/a.avif" type="image/avif"><img src="/a.jpg" alt="a"></picture>')).toEqual({
      blocks: [{ type: 'image', src: '/a.jpg', alt: 'a' }],
      issues: [],
    });
  });
});

describe('limits and hostile shapes', () => {
  it('maxItems: top-level blocks, items per list and rows per table are cut and counted', () => {
    const { blocks, issues } = parse('<p>1</p><p>2</p><p>3</p><p>4</p>', 2);
    expect(blocks).toEqual([
      { type: 'paragraph', text: '1' },
      { type: 'paragraph', text: '2' },
    ]);
    expect(issues).toEqual([{ path: '', code: 'truncated', value: '2 blocks' }]);

    const list = parse('<ul><li>a</li><li>b</li><li>c</li></ul>', 2);
    expect(list.blocks).toEqual([{ type: 'list', items: [{ text: 'a' }, { text: 'b' }], omitted: 1 }]);
    expect(list.issues).toEqual([{ path: '', code: 'truncated', value: '1 list items' }]);

    const table = parse(
      '<table><thead><tr><th>h</th></tr></thead><tr><td>1</td></tr><tr><td>2</td></tr><tr><td>3</td></tr></table>',
      2,
    );
    expect(table.blocks).toEqual([{ type: 'table', head: [{ text: 'h' }], rows: [[{ text: '1' }], [{ text: '2' }]] }]);
    expect(table.issues).toEqual([{ path: '', code: 'truncated', value: '1 table rows' }]);
  });

  it('never throws: input that is not a string is an issue and no blocks', () => {
    for (const raw of [undefined, null, 42, {}, ['<p>x</p>']]) {
      expect(parse(raw)).toEqual({ blocks: [], issues: [{ path: '', code: 'invalid-type', value: raw }] });
    }
  });

  it('deep nesting is read as text past 256 levels, without recursion to the bottom', () => {
    const { blocks, issues } = parse(`${'<div>'.repeat(20000)}deep${'</div>'.repeat(20000)}`);
    expect(blocks).toEqual([{ type: 'paragraph', text: 'deep' }]);
    expect(issues).toEqual([{ path: '', code: 'dropped-markup', value: 'elements nested over 256 deep ×1' }]);
    const lists = parse(`${'<ul><li>'.repeat(5000)}x`);
    expect(modelProblems(lists.blocks)).toEqual([]);
    expect(texts(lists.blocks).join('')).toContain('x');
  });

  it('an empty or whitespace body is no blocks and no issue', () => {
    expect(parse('')).toEqual({ blocks: [], issues: [] });
    expect(parse(' \n <p> </p> <!-- x --> ')).toEqual({ blocks: [], issues: [] });
  });
});

describe('detect', () => {
  it.each([
    ['<p>Hello</p>', true],
    ['<h2 id="x">Title</h2>\n<p>text</p>', true],
    ['Intro line<br/>second', true],
    ['<figure class="wp-block-image"><img src="a.png"></figure>', true],
    // A shell comment inside <pre> is no Markdown heading.
    ['<p>Run:</p><pre><code># install\nnpm i\n- not a list</code></pre>', true],
    ['# Title\n\nSome *text* with <br> inside.', false],
    ['- item\n- <b>bold</b> item', false],
    ['See [the docs](https://example.com) and <em>this</em>.', false],
    ['```html\n<p>x</p>\n```', false],
    ['Plain text, a < b and c > d.', false],
    ['<custom-element>x</custom-element>', false],
    ['', false],
  ])('%j → %s', (raw, expected) => {
    expect(html.detect(raw)).toBe(expected);
  });

  it('is false for anything but a string, and for the Markdown and text fixtures', () => {
    for (const raw of [undefined, null, 1, ['<p>x</p>'], { html: '<p>x</p>' }]) expect(html.detect(raw)).toBe(false);
    expect(html.detect(readFileSync(resolve(process.cwd(), 'test/fixtures/platforms/astro-post.md'), 'utf8'))).toBe(
      false,
    );
    expect(html.detect(platform('devto-article.json').body_markdown)).toBe(false);
  });

  it('is true for every HTML body of the platform fixtures', () => {
    expect(html.detect(platform('wordpress-post.json').content.rendered)).toBe(true);
    expect(html.detect(platform('ghost-post.json').posts[0].html)).toBe(true);
    expect(html.detect(platform('devto-article.json').body_html)).toBe(true);
    expect(html.detect(platform('jsonfeed-item.json').content_html)).toBe(true);
    expect(html.detect(platform('strapi-v5.json').data.content)).toBe(true);
  });
});

describe('htmlText', () => {
  it('decodes entities once: WordPress titles and excerpts', () => {
    expect(htmlText('sull&#8217;isola')).toBe('sull’isola');
    expect(htmlText(platform('wordpress-post.json').title.rendered)).toBe(
      'Why React’s useEffect Runs Twice in Development (and What to Do About It)',
    );
    const excerpt = htmlText(platform('wordpress-post.json').excerpt.rendered);
    expect(excerpt).toMatch(/^If you upgraded to React 18 and wrapped your app in <StrictMode>, you/);
    expect(excerpt).toMatch(/every component, \[…\]$/);
    expect(htmlText('&amp;lt;b&amp;gt;')).toBe('&lt;b&gt;');
  });

  it('one line: whitespace collapsed, blocks and breaks as spaces, dropped elements left out', () => {
    expect(htmlText('<p>a</p><p>b<br>c</p>\n<script>x()</script><style>p{}</style><b>d</b>e')).toBe('a b c de');
    expect(htmlText('')).toBe('');
  });
});
