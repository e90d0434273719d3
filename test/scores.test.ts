/**
 * Score fields beyond the common shapes: one bare score, JSON text, every name and value key a score
 * record may use, what a record that cannot be read becomes, and the limits of a score's text.
 */
import { describe, expect, it } from 'vitest';
import { normalizeMeta } from '../src';

function score(raw: unknown, options?: Parameters<typeof normalizeMeta>[1]) {
  const { meta, issues } = normalizeMeta({ scores: raw }, options);
  return { value: meta.entries[0].value, issues: issues.map((issue) => `${issue.code} ${issue.path}`) };
}

const items = (raw: unknown) => {
  const { value, issues } = score(raw);
  if (value.kind !== 'scores') throw new Error(value.kind);
  return { scores: value.scores, issues };
};

describe('scores: shapes', () => {
  it('a single "58%" is one meter named after the field: key score, label Score', () => {
    expect(score('58%')).toEqual({
      value: {
        kind: 'scores',
        scores: [
          {
            key: 'score',
            label: 'Score',
            text: '58',
            meter: { value: 58, min: 0, max: 100, ratio: 0.58, level: 'mid', valueText: '58 out of 100' },
          },
        ],
      },
      issues: [],
    });
  });

  it('JSON text of a score record is read as the record', () => {
    const { scores, issues } = items('{"speed": 90, "depth": "7/10"}');
    expect(scores.map((s) => [s.key, s.text])).toEqual([
      ['speed', '90'],
      ['depth', '7/10'],
    ]);
    expect(issues).toEqual([]);
  });

  it('broken JSON text is reported and shown as it is', () => {
    const { scores, issues } = items('{"speed": 90');
    expect(scores).toEqual([{ key: 'score', label: 'Score', text: '{"speed": 90' }]);
    expect(issues).toEqual(['invalid-json meta.scores', 'invalid-score meta.scores']);
  });

  it('names an array item by name, label, key or title, and reads value, score or val', () => {
    const { scores, issues } = items([
      { key: 'speed', val: 42 },
      { title: 'Depth', score: 7, max: 10 },
      { name: 'Style', value: 80, score: 20 },
    ]);
    expect(scores.map((s) => [s.key, s.label, s.text])).toEqual([
      ['speed', 'Speed', '42'],
      ['depth', 'Depth', '7/10'],
      ['style', 'Style', '80'],
    ]);
    // `value` comes first: the record's `score` is a key the model does not use.
    expect(issues).toEqual(['unknown-field meta.scores[2].score']);
  });

  it('an unnamed array item is "Score N" with an issue; a record without a value is an empty score at its value', () => {
    const { scores, issues } = items([{ value: 5 }, { name: 'Depth' }]);
    expect(scores.map((s) => [s.label, s.text])).toEqual([
      ['Score 1', '5'],
      ['Depth', '—'],
    ]);
    expect(issues).toEqual(['missing-title meta.scores[0]', 'invalid-score meta.scores[1].value']);
  });
});

describe('scores: values that do not read', () => {
  it('a score whose getter throws is [Unreadable], with an issue at its path', () => {
    const raw = {
      get speed() {
        throw new Error('no');
      },
      depth: 50,
    };
    const { scores, issues } = items(raw);
    expect(scores.map((s) => [s.key, s.text])).toEqual([
      ['speed', '[Unreadable]'],
      ['depth', '50'],
    ]);
    expect(issues).toEqual(['unreadable-value meta.scores.speed', 'invalid-score meta.scores.speed']);
  });

  it('a score record whose value getter throws is [Unreadable], with an issue at the record', () => {
    const record = {
      name: 'Speed',
      get value(): number {
        throw new Error('no');
      },
    };
    const { scores, issues } = items([record]);
    expect(scores.map((s) => [s.label, s.text])).toEqual([['Speed', '[Unreadable]']]);
    expect(issues).toEqual(['unreadable-value meta.scores[0]', 'invalid-score meta.scores[0].value']);
  });

  it.each([
    ['93 points', '93 points'],
    ['about 93', 'about 93'],
    ['93/100 stars', '93/100 stars'],
  ])('%j is no score: its text, with an issue', (raw, text) => {
    const { scores, issues } = items({ speed: raw });
    expect(scores).toEqual([{ key: 'speed', label: 'Speed', text }]);
    expect(issues).toEqual(['invalid-score meta.scores.speed']);
  });

  it('a list under a score name is no score, though its only item is a number', () => {
    const { scores, issues } = items({ speed: [93] });
    expect(scores).toEqual([{ key: 'speed', label: 'Speed', text: '[93]' }]);
    expect(issues).toEqual(['invalid-score meta.scores.speed']);
  });

  it('an empty score is "—", with an issue', () => {
    const { scores, issues } = items({ speed: '' });
    expect(scores).toEqual([{ key: 'speed', label: 'Speed', text: '—' }]);
    expect(issues).toEqual(['invalid-score meta.scores.speed']);
  });

  it('maxValues bounds the scores read: the rest are counted as omitted', () => {
    const { value, issues } = score({ a: 1, b: 2, c: 3, d: 4, e: 5 }, { maxValues: 3 });
    expect(value.kind === 'scores' && value.scores.map((s) => s.key)).toEqual(['a', 'b']);
    expect(value).toMatchObject({ omitted: 3 });
    expect(issues).toContain('truncated meta.scores');
  });
});
