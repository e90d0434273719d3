import { describe, expect, it } from 'vitest';
import { normalizeMeta } from '../src';
import { entryValue } from './helpers';

describe('strings that hold JSON', () => {
  it('reads an object written after leading whitespace', () => {
    const { meta, issues } = normalizeMeta({ payload: ' \n {"a": 1}' });
    expect(entryValue(meta.entries, 'payload')).toEqual({
      kind: 'record',
      entries: [{ key: 'a', label: 'A', value: { kind: 'number', value: 1, text: '1' } }],
    });
    expect(issues).toEqual([]);
  });

  it('keeps text that only contains a brace as text, with no issue', () => {
    const { meta, issues } = normalizeMeta({ notes: 'see{1}', mood: 'x[1]' });
    expect(entryValue(meta.entries, 'notes')).toEqual({ kind: 'list', items: [{ kind: 'text', text: 'see{1}' }] });
    expect(entryValue(meta.entries, 'mood')).toEqual({ kind: 'text', text: 'x[1]' });
    expect(issues).toEqual([]);
  });

  it('keeps broken JSON in a free-text field as it is, with no issue', () => {
    const { meta, issues } = normalizeMeta({ summary: '{not json' });
    expect(entryValue(meta.entries, 'summary')).toEqual({ kind: 'text', text: '{not json' });
    expect(issues).toEqual([]);
  });

  it('reports broken JSON in a list field and shows it as text', () => {
    const { meta, issues } = normalizeMeta({ notes: '[1, 2' });
    expect(entryValue(meta.entries, 'notes')).toEqual({ kind: 'text', text: '[1, 2', invalid: true });
    expect(issues).toEqual([
      {
        path: 'meta.notes',
        code: 'invalid-json',
        message: 'meta.notes is broken JSON; shown as text.',
        severity: 'warning',
      },
    ]);
  });
});

describe('values shown as JSON text', () => {
  it('marks a cycle nested too deeply in the JSON text and reports it once', () => {
    const looped: Record<string, unknown> = { a: 1 };
    looped.self = looped;
    const { meta, issues } = normalizeMeta({ deep: { b: looped } }, { maxDepth: 1 });
    expect(entryValue(meta.entries, 'deep')).toEqual({
      kind: 'record',
      entries: [{ key: 'b', label: 'B', value: { kind: 'text', text: '{"a":1,"self":"[Circular]"}', invalid: true } }],
    });
    expect(issues.map(({ path, code, severity }) => [path, code, severity])).toEqual([
      ['meta.deep.b', 'max-depth', 'warning'],
      ['meta.deep.b', 'cycle', 'error'],
    ]);
  });

  it('shows a count that is NaN or Infinity as "Not a finite number"', () => {
    const { meta, issues } = normalizeMeta({ view_count: Number.NaN, reading_time: Number.POSITIVE_INFINITY });
    expect(entryValue(meta.entries, 'view_count')).toEqual({
      kind: 'text',
      text: 'Not a finite number',
      invalid: true,
    });
    expect(entryValue(meta.entries, 'reading_time')).toEqual({
      kind: 'text',
      text: 'Not a finite number',
      invalid: true,
    });
    expect(issues.map(({ path, code }) => [path, code])).toEqual([
      ['meta.view_count', 'invalid-number'],
      ['meta.reading_time', 'invalid-number'],
    ]);
  });
});
