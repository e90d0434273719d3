import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { normalizeMeta, ScoreBars, type ScoreItem } from '../src';

function scoresOf(raw: unknown): ScoreItem[] {
  const value = normalizeMeta({ score: raw }).meta.entries[0].value;
  if (value.kind !== 'scores') throw new Error(`expected scores, got ${value.kind}`);
  return value.scores;
}

describe('ScoreBars', () => {
  it('renders a named meter per score with its range and value text', () => {
    render(<ScoreBars scores={scoresOf({ quality: 93, depth: '75/100' })} />);
    const quality = screen.getByRole('meter', { name: 'Quality' });
    expect(quality).toHaveAttribute('aria-valuenow', '93');
    expect(quality).toHaveAttribute('aria-valuetext', '93 out of 100');
    expect(screen.getByRole('meter', { name: 'Depth' })).toHaveAttribute('aria-valuenow', '75');
  });

  it('hands the ratio to CSS as --amb-score and the level as data-level', () => {
    render(<ScoreBars scores={scoresOf({ low: 10, mid: 50, high: 90 })} />);
    const high = screen.getByRole('meter', { name: 'High' });
    expect(high.style.getPropertyValue('--amb-score')).toBe('0.9');
    expect(high.closest('li')).toHaveAttribute('data-level', 'high');
    expect(screen.getByRole('meter', { name: 'Low' }).closest('li')).toHaveAttribute('data-level', 'low');
    expect(screen.getByRole('meter', { name: 'Mid' }).closest('li')).toHaveAttribute('data-level', 'mid');
  });

  it('shows a score that is not a number as text, with no meter', () => {
    const { container } = render(<ScoreBars scores={scoresOf({ clarity: 'n/a' })} />);
    expect(screen.queryByRole('meter')).toBeNull();
    expect(container).toHaveTextContent('Clarityn/a');
    expect(container.querySelector('li')).toHaveAttribute('data-invalid', '');
  });

  it('clamps out-of-range values, so aria-valuenow stays within its range', () => {
    render(<ScoreBars scores={scoresOf({ over: 140, under: -3 })} />);
    expect(screen.getByRole('meter', { name: 'Over' })).toHaveAttribute('aria-valuenow', '100');
    expect(screen.getByRole('meter', { name: 'Under' })).toHaveAttribute('aria-valuenow', '0');
  });

  it('has small stable markup', () => {
    const { container } = render(<ScoreBars scores={scoresOf({ quality: 93 })} />);
    expect(container.innerHTML).toMatchInlineSnapshot(
      `"<ul class="amb-ScoreBars" data-slot="score-bars"><li data-level="high"><span class="amb-ScoreBars-label" aria-hidden="true">Quality</span><div class="amb-ScoreBars-meter" role="meter" aria-label="Quality" aria-valuenow="93" aria-valuemin="0" aria-valuemax="100" aria-valuetext="93 out of 100" style="--amb-score: 0.93;"><div class="amb-ScoreBars-fill"></div></div><span class="amb-ScoreBars-value" aria-hidden="true">93</span></li></ul>"`,
    );
  });
});
