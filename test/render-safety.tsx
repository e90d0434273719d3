import { renderToString } from 'react-dom/server';
import type { Article, MetaIssue } from '../src';
import { ArticleView } from '../src';
import { canonicalKey } from '../src/normalize/keys';

/** Elements and attributes the components may emit; anything else came from input markup. */
const ALLOWED_TAGS = new Set(
  'article h1 h2 h3 h4 h5 h6 div p ul ol li dl dt dd section span a time data details summary blockquote pre code strong em s br hr figure figcaption img table thead tbody tr th td'.split(
    ' ',
  ),
);
const ALLOWED_ATTRIBUTES =
  /^(class|role|href|datetime|value|style|start|scope|tabindex|src|alt|width|height|loading|decoding|data-[a-z-]+|aria-[a-z]+)$/;

export interface RenderedPage {
  html: string;
  doc: HTMLElement;
  /** Page text plus the attribute values a user is given: time datetime, aria-valuetext, hrefs. */
  corpus: string;
}

/** Attribute values a user is given, besides the text: a time's datetime, a meter's value text, links, images. */
const SHOWN_ATTRIBUTES = ['datetime', 'aria-valuetext', 'href', 'data-language', 'src', 'alt'];

export function renderPage(article: Article): RenderedPage {
  const html = renderToString(<ArticleView article={article} />);
  const doc = document.createElement('div');
  doc.innerHTML = html;
  // ArticleView's JSON-LD is the one script allowed: it must parse as JSON, and it is not page text.
  const scripts = doc.querySelectorAll('script');
  const jsonLd = doc.querySelector(
    ':scope > article > script[type="application/ld+json"][data-slot="article-json-ld"]',
  );
  if (scripts.length !== 1 || scripts[0] !== jsonLd) throw new Error(`unexpected scripts in ${html.slice(0, 200)}`);
  JSON.parse(jsonLd.textContent ?? '');
  jsonLd.remove();
  const attributes = Array.from(doc.querySelectorAll(SHOWN_ATTRIBUTES.map((name) => `[${name}]`).join(', '))).flatMap(
    (el) => SHOWN_ATTRIBUTES.map((name) => el.getAttribute(name) ?? ''),
  );
  return { html, doc, corpus: `${doc.textContent ?? ''}\n${attributes.join('\n')}` };
}

/** Problems with the markup: foreign elements or attributes, unsafe hrefs, style beyond the meter ratio. */
export function markupProblems(doc: HTMLElement): string[] {
  const problems: string[] = [];
  for (const el of Array.from(doc.querySelectorAll('*'))) {
    const tag = el.tagName.toLowerCase();
    if (!ALLOWED_TAGS.has(tag)) problems.push(`element <${tag}>`);
    for (const attr of Array.from(el.attributes)) {
      if (!ALLOWED_ATTRIBUTES.test(attr.name)) problems.push(`attribute ${attr.name} on <${tag}>`);
      if (attr.name === 'style' && !/^--amb-score:\s*[\d.e-]+;?$/.test(attr.value)) {
        problems.push(`style "${attr.value}"`);
      }
      if ((attr.name === 'href' || attr.name === 'src') && !isSafeHref(attr.value)) {
        problems.push(`${attr.name} "${attr.value}"`);
      }
    }
  }
  return problems;
}

/**
 * An href a browser cannot turn into script: http(s), mailto, or no scheme at all. Entities are
 * decoded and control characters dropped first, as a browser (or a careless template) would.
 */
export function isSafeHref(href: string): boolean {
  const decoded = href
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16) % 0x110000))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec) % 0x110000))
    .replace(/&colon;?/gi, ':')
    .replace(/&(tab|newline);?/gi, '');
  // biome-ignore lint/suspicious/noControlCharactersInRegex: browsers drop these characters in schemes
  const compact = decoded.replace(/[\u0000-\u0020\u007f-\u009f\u00ad]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact);
  return !scheme || ['http', 'https', 'mailto'].includes(scheme[1].toLowerCase());
}

/** Each text node on its own, so that words of adjacent nodes do not run together. */
export function textNodes(doc: Element): string[] {
  const walker = document.createTreeWalker(doc, NodeFilter.SHOW_TEXT);
  const texts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node.nodeValue ?? '');
  return texts;
}

type Leaf = { path: string; value: string | number };

/** String and number leaves of a JSON-like value; strings that hold JSON contribute their own leaves. */
export function inputLeaves(value: unknown, path = '', out: Leaf[] = [], seen = new Set<object>()): Leaf[] {
  if (typeof value === 'string') {
    const first = value.trimStart()[0];
    if (first === '[' || first === '{') {
      try {
        return inputLeaves(JSON.parse(value), path, out, seen);
      } catch {
        // not JSON: a plain string leaf
      }
    }
    out.push({ path, value });
  } else if (typeof value === 'number') {
    out.push({ path, value });
  } else if (value !== null && typeof value === 'object' && !seen.has(value)) {
    seen.add(value);
    if (Array.isArray(value)) {
      for (const [i, item] of value.entries()) inputLeaves(item, `${path}[${i}]`, out, seen);
    } else {
      for (const key of Object.keys(value)) {
        const child = /^[A-Za-z_$][\w$]*$/.test(key)
          ? path
            ? `${path}.${key}`
            : key
          : `${path}[${JSON.stringify(key)}]`;
        inputLeaves((value as Record<string, unknown>)[key], child, out, seen);
      }
    }
    seen.delete(value);
  }
  return out;
}

const TOKEN_SPLIT = /[^\p{L}\p{N}]+/u;
const en = new Intl.NumberFormat('en-US', { maximumFractionDigits: 20 });
const enPlain = new Intl.NumberFormat('en-US', { maximumFractionDigits: 20, useGrouping: false });
/** Counts and scores are shown to 2 decimals and minutes to 1, by design. */
const rounded = [0, 1, 2].map((digits) => new Intl.NumberFormat('en-US', { maximumFractionDigits: digits }));

function numberShown(n: number, corpus: string): boolean {
  const forms = [String(n), en.format(n), enPlain.format(n), ...rounded.map((format) => format.format(n))];
  return forms.some((form) => corpus.includes(form));
}

/** Whether an issue names this path or a parent path. */
function namedByIssue(path: string, issues: readonly MetaIssue[]): boolean {
  return issues.some(
    (issue) => path === issue.path || path.startsWith(`${issue.path}.`) || path.startsWith(`${issue.path}[`),
  );
}

/**
 * Whether a leaf is visible in the page: its text (token by token, so splitting and bullet
 * stripping count), a number in plain or grouped form, a flag as Yes/No, a date as a time
 * element, or named by an issue at its path or a parent path.
 */
export function leafShown(leaf: Leaf, corpus: string, issues: readonly MetaIssue[], keyPath = leaf.path): boolean {
  const lower = corpus.toLowerCase();
  if (namedByIssue(keyPath, issues)) return true;
  // Durations are converted to minutes by design ("1h 30m" → "90 min").
  if (/reading[_ -]?time/i.test(keyPath) && /\bmin\b/.test(lower)) return true;
  // A flag is shown as Yes or No: the one its value means.
  if (/flags/.test(keyPath)) {
    const word = String(leaf.value).trim().toLowerCase();
    const shown = ['1', 'true', 'yes', 'on', 'y'].includes(word)
      ? 'yes'
      : ['0', 'false', 'no', 'off', 'n'].includes(word)
        ? 'no'
        : undefined;
    if (shown && new RegExp(`\\b${shown}\\b`).test(lower)) return true;
  }
  const numeric =
    typeof leaf.value === 'string' && /^\s*[+-]?[\d,. _]*\d[\d,. _]*\s*$/.test(leaf.value)
      ? Number(leaf.value.replace(/[,\s_]/g, ''))
      : Number.NaN;
  if (Number.isFinite(numeric)) {
    // A numeric string is parsed and shown formatted ("00" → "0", "1,000" → "1,000").
    if (numberShown(numeric, corpus)) return true;
  }
  // Epoch seconds or milliseconds under a date key are shown as the instant they are.
  if (typeof leaf.value === 'number' && Number.isInteger(leaf.value) && Math.abs(leaf.value) < 8.64e12) {
    const instants = [leaf.value * 1000, leaf.value].filter((ms) => Math.abs(ms) <= 8.64e15);
    if (instants.some((ms) => corpus.includes(new Date(ms).toISOString()))) return true;
  }
  if (typeof leaf.value === 'number') return numberShown(leaf.value, corpus);
  const text = leaf.value.trim();
  if (text === '') return true;
  if (lower.includes(text.toLowerCase())) return true;
  const date = /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-][\d:]+)?)?$/.test(text) ? Date.parse(text) : Number.NaN;
  if (!Number.isNaN(date)) {
    const iso = new Date(date).toISOString();
    if (corpus.includes(iso) || corpus.includes(iso.slice(0, 10))) return true;
  }
  return text
    .split(TOKEN_SPLIT)
    .filter(Boolean)
    .every((token) => lower.includes(token.toLowerCase()));
}

/** The segments of a JSON path as `inputLeaves` writes it: `meta.revision["odd key"][2]`. */
function pathSegments(path: string): (string | number)[] {
  const segments: (string | number)[] = [];
  const pattern = /\.?([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/gy;
  for (let match = pattern.exec(path); match; match = pattern.exec(path)) {
    if (match[1] !== undefined) segments.push(match[1]);
    else if (match[2] !== undefined) segments.push(Number(match[2]));
    else segments.push(JSON.parse(match[3]) as string);
  }
  return segments;
}

const ROW = '.amb-MetaTable-row, .amb-Glance-item';

/** The meta row of `key` directly under `scope` (a nested record's rows, not its grandchildren's). */
function rowOf(scope: Element, key: string): Element | undefined {
  const canonical = canonicalKey(key);
  return Array.from(scope.querySelectorAll(ROW)).find(
    (row) =>
      row.getAttribute('data-key') === canonical &&
      // The "More fields" row is a wrapper of top-level rows, not a parent record.
      (row.parentElement?.closest(`${ROW}:not([data-kind="internal"])`) ?? null) ===
        (scope.matches(ROW) ? scope : null),
  );
}

/** The items of the first list under `scope`, the ones behind "Show N more" included, in order. */
function itemsOf(scope: Element): Element[] {
  const list = scope.querySelector('ul, ol');
  if (!list) return [];
  return Array.from(list.children).flatMap((li) => (li.matches('.amb-More') ? itemsOf(li) : [li]));
}

/**
 * The element that renders a JSON path of the input: the title's `h1`; a meta key's row (its nested
 * rows for a record, the list item for an index), as deep as the markup goes (a score's name or a
 * person's field is inside its row, not a row of its own); a similar post's card; the body. `undefined`
 * when a meta key has no row. Other roots (a platform's own fields, an envelope) resolve to the
 * article, as they are read into fields whose keys differ from the source's.
 */
export function elementAtPath(doc: HTMLElement, path: string): Element | undefined {
  const article = doc.querySelector('[data-slot="article-view"]') ?? doc;
  const [root, ...rest] = pathSegments(path);
  if (root === 'title') return article.querySelector('h1') ?? undefined;
  if (root === 'body') return article.querySelector('[data-slot="post-body"]') ?? undefined;
  if (root === 'similar_posts') {
    const section = article.querySelector('[data-slot="similar-posts"]') ?? undefined;
    return typeof rest[0] === 'number' && section ? (itemsOf(section)[rest[0]] ?? section) : section;
  }
  const box = article.querySelector('[data-slot="article-meta-box"]');
  if (root !== 'meta' || !box) return article;
  if (rest.length === 0) return box;
  let element: Element | undefined = box;
  for (const [i, segment] of rest.entries()) {
    const next: Element | undefined = typeof segment === 'number' ? itemsOf(element)[segment] : rowOf(element, segment);
    if (next) element = next;
    else if (i === 0) return undefined;
    else break;
  }
  return element;
}

/** The text of an element, with the attribute values a user is given (as `renderPage`'s corpus). */
export function corpusOf(element: Element): string {
  const attributes = [element, ...Array.from(element.querySelectorAll('*'))].flatMap((el) =>
    SHOWN_ATTRIBUTES.map((name) => el.getAttribute(name) ?? ''),
  );
  // Text node by text node: a label and its value ("Draft" "Yes") must not run into one word.
  return `${textNodes(element).join('\n')}\n${attributes.join('\n')}`;
}

/**
 * Whether a leaf is shown by the element that renders its path (`elementAtPath`), in the forms
 * `leafShown` accepts, or named by an issue at its path or a parent path.
 */
export function leafShownAt(leaf: Leaf, page: RenderedPage, issues: readonly MetaIssue[]): boolean {
  if (namedByIssue(leaf.path, issues)) return true;
  const element = elementAtPath(page.doc, leaf.path);
  return leafShown(leaf, element ? corpusOf(element) : '', issues);
}
