import { renderToString } from 'react-dom/server';
import type { Article, MetaIssue } from '../src';
import { ArticleView } from '../src';

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
  const names = ['datetime', 'aria-valuetext', 'href', 'data-language', 'src', 'alt'];
  const attributes = Array.from(
    doc.querySelectorAll('[datetime], [aria-valuetext], [href], [data-language], [src], [alt]'),
  ).flatMap((el) => names.map((name) => el.getAttribute(name) ?? ''));
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
export function textNodes(doc: HTMLElement): string[] {
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

/**
 * Whether a leaf is visible in the page: its text (token by token, so splitting and bullet
 * stripping count), a number in plain or grouped form, a flag as Yes/No, a date as a time
 * element, or named by an issue at its path or a parent path.
 */
export function leafShown(leaf: Leaf, corpus: string, issues: readonly MetaIssue[], keyPath = leaf.path): boolean {
  const lower = corpus.toLowerCase();
  if (
    issues.some(
      (issue) => keyPath === issue.path || keyPath.startsWith(`${issue.path}.`) || keyPath.startsWith(`${issue.path}[`),
    )
  ) {
    return true;
  }
  // Durations are converted to minutes by design ("1h 30m" → "90 min").
  if (/reading[_ -]?time/i.test(keyPath) && /\bmin\b/.test(lower)) return true;
  if (/flags/.test(keyPath) && /\b(yes|no)\b/.test(lower)) {
    const word = String(leaf.value).trim().toLowerCase();
    if (['1', '0', 'true', 'false', 'yes', 'no', 'on', 'off', 'y', 'n'].includes(word)) return true;
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
