/**
 * What the body parser tests share: a parse context as the normalizer builds it (its URL check is
 * `checkUrl`), a check that the output stays inside the model, and the "nothing is lost" check.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { expect } from 'vitest';
import type { BodyBlock, Inline, RichText } from '../../src/model/body';
import type { MetaIssueCode } from '../../src/model/issues';
import type { BodyParser, ParseContext } from '../../src/model/parser';
import { checkUrl } from '../../src/normalize/url';

export interface Reported {
  path: string;
  code: MetaIssueCode;
  value?: unknown;
}

export function readJson<T = Record<string, unknown>>(path: string): T {
  return JSON.parse(readFileSync(resolve(process.cwd(), 'test/fixtures', path), 'utf8'));
}

export function parse(parser: BodyParser, raw: unknown, maxItems = 1000) {
  const issues: Reported[] = [];
  const context: ParseContext = {
    report: (path, code, value) => issues.push(value === undefined ? { path, code } : { path, code, value }),
    safeUrl: (raw, image) => {
      const verdict = checkUrl(raw, image);
      return verdict?.safe ? verdict.href : undefined;
    },
    maxItems,
  };
  const { blocks } = parser.parse(raw, context);
  return { blocks, issues, codes: issues.map((issue) => issue.code) };
}

const BLOCK_TYPES = ['paragraph', 'heading', 'list', 'quote', 'code', 'image', 'table', 'divider'];
const INLINE_TYPES = ['text', 'strong', 'emphasis', 'strikethrough', 'code', 'link', 'break'];

const plain = (nodes: readonly Inline[]): string =>
  nodes
    .map((node) =>
      node.type === 'break' ? '\n' : node.type === 'text' || node.type === 'code' ? node.text : plain(node.children),
    )
    .join('');

/** Every href and image src of the output. */
export function urlsOf(blocks: readonly BodyBlock[]): { href: string[]; src: string[] } {
  const href: string[] = [];
  const src: string[] = [];
  const inline = (nodes: readonly Inline[] = []) => {
    for (const node of nodes) {
      if (node.type === 'link') href.push(node.href);
      if ('children' in node) inline(node.children);
    }
  };
  const visit = (list: readonly BodyBlock[]) => {
    for (const block of list) {
      if (block.type === 'image') src.push(block.src);
      if ('inline' in block) inline(block.inline);
      if (block.type === 'quote') visit(block.blocks ?? []);
      if (block.type === 'list')
        for (const item of block.items) {
          inline(item.inline);
          visit(item.blocks ?? []);
        }
      if (block.type === 'table') for (const cell of [...(block.head ?? []), ...block.rows.flat()]) inline(cell.inline);
    }
  };
  visit(blocks);
  return { href, src };
}

/**
 * The output is the model and nothing else: known block and inline kinds, `text` that is the plain text
 * of `inline`, `inline` only when it holds more than one run of plain text, levels 2–6, hrefs and srcs
 * that the URL check passes.
 */
export function expectModel(blocks: readonly BodyBlock[]): void {
  const richText = (part: RichText) => {
    expect(typeof part.text).toBe('string');
    if (part.inline === undefined) return;
    expect(part.inline.length === 1 && part.inline[0].type === 'text').toBe(false);
    expect(part.inline.length).toBeGreaterThan(0);
    expect(plain(part.inline)).toBe(part.text);
    const visit = (nodes: readonly Inline[]) => {
      for (const node of nodes) {
        expect(INLINE_TYPES).toContain(node.type);
        if (node.type === 'link') expect(checkUrl(node.href)?.safe).toBe(true);
        if ('children' in node) {
          expect(node.children.length).toBeGreaterThan(0);
          visit(node.children);
        }
      }
    };
    visit(part.inline);
  };
  for (const block of blocks) {
    expect(BLOCK_TYPES).toContain(block.type);
    switch (block.type) {
      case 'paragraph':
      case 'heading':
      case 'quote':
        richText(block);
        if (block.type === 'heading') expect([undefined, 2, 3, 4, 5, 6]).toContain(block.level);
        if (block.type === 'quote' && block.blocks) expectModel(block.blocks);
        break;
      case 'list':
        for (const item of block.items) {
          richText(item);
          if (item.checked !== undefined) expect(typeof item.checked).toBe('boolean');
          if (item.blocks) expectModel(item.blocks);
        }
        if (block.omitted !== undefined) expect(block.omitted).toBeGreaterThan(0);
        break;
      case 'code':
        expect(typeof block.text).toBe('string');
        break;
      case 'image':
        expect(checkUrl(block.src, true)?.safe).toBe(true);
        expect(typeof block.alt).toBe('string');
        break;
      case 'table':
        for (const cell of [...(block.head ?? []), ...block.rows.flat()]) richText(cell);
        break;
    }
  }
}

/** All text the output shows, in order, one string per part. */
export function textsOf(blocks: readonly BodyBlock[]): string[] {
  const out: string[] = [];
  for (const block of blocks) {
    if (block.type === 'divider') continue;
    if (block.type === 'image') out.push(block.alt, block.caption ?? '');
    else if (block.type === 'list') for (const item of block.items) out.push(item.text, ...textsOf(item.blocks ?? []));
    else if (block.type === 'table')
      out.push(...[...(block.head ?? []), ...block.rows.flat()].map((cell) => cell.text));
    else out.push(block.text);
    if (block.type === 'quote') out.push(...textsOf(block.blocks ?? []));
  }
  return out;
}

/** The kind of each top-level block, with its text: how a reader sees the article, in order. */
export const outline = (blocks: readonly BodyBlock[]) =>
  blocks.map((block) =>
    block.type === 'heading'
      ? `h${block.level ?? 2} ${block.text}`
      : block.type === 'list'
        ? `${block.ordered ? 'ol' : 'ul'}(${block.items.length})`
        : block.type === 'image'
          ? `image ${block.src}`
          : block.type === 'code'
            ? `code ${block.language ?? ''}`
            : block.type === 'divider' || block.type === 'table'
              ? block.type
              : `${block.type} ${block.text}`,
  );

/** Every string of the input under one of `names`, at any depth. */
export function stringLeaves(input: unknown, names = ['text', 'plain_text', 'value', 'code']): string[] {
  const out: string[] = [];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node !== null && typeof node === 'object')
      for (const [key, value] of Object.entries(node)) {
        if (typeof value === 'string' && names.includes(key)) out.push(value);
        else visit(value);
      }
  };
  visit(input);
  return out;
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Nothing is lost: every text of the input is shown, or an issue names it. */
export function expectNothingLost(input: unknown, blocks: readonly BodyBlock[], issues: readonly Reported[]): void {
  const shown = squash(textsOf(blocks).join(' '));
  const named = issues.map((issue) => (typeof issue.value === 'string' ? squash(issue.value) : '')).join(' ');
  const lost = stringLeaves(input)
    .map(squash)
    .filter((text) => text !== '' && !shown.includes(text) && !named.includes(text));
  expect(lost).toEqual([]);
}

/** An arbitrary JSON-ish value, nested a few levels: what a broken export may put anywhere. */
export const junk = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom(
      null,
      undefined,
      true,
      0,
      -1,
      Number.NaN,
      '',
      ' ',
      '\n',
      'javascript:alert(1)',
      '@list',
      '__proto__',
    ),
    fc.string(),
    fc.double(),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(
      fc.constantFrom('_type', 'type', 'text', 'children', 'content', 'marks', 'value', 'nodeType'),
      tie('value'),
      {
        maxKeys: 3,
      },
    ),
  ),
})).value;

/** Hrefs a link must never get, in the forms that slip past naive checks. */
export const UNSAFE_HREFS = [
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  ' javascript:alert(1)',
  '\u3000javascript:alert(1)',
  'java\u200Bscript:alert(1)',
  'java\tscript:alert(1)',
  '&#106;avascript:alert(1)',
  '&#x6A;avascript:alert(1)',
  '&amp;#106;avascript:alert(1)',
  'javascript&colon;alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
];

/** Image sources that must never load, including the data: URLs a link check might allow. */
export const UNSAFE_SRCS = [
  ...UNSAFE_HREFS,
  'data:image/svg+xml,<svg onload=alert(1)>',
  'data:image/png;base64,iVBORw0KGgo=',
  '\u00a0data:image/png;base64,iVBORw0KGgo=',
  'mailto:a@example.com',
];
