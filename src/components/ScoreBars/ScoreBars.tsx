import { clsx } from 'clsx';
import { type ComponentPropsWithoutRef, type ForwardedRef, forwardRef } from 'react';
import type { ScoreItem } from '../../model/types.js';
import type { StyleWithVars } from '../shared/css.js';

export interface ScoreBarsProps extends ComponentPropsWithoutRef<'ul'> {
  /** Normalized scores (`MetaScores.scores`): a meter each, or text when the score did not parse. */
  scores: readonly ScoreItem[];
}

/** The list itself: `ScoreBars`, and `MetaTable`'s scores values without a component of their own. */
export function renderScoreBars({ scores, className, ...rest }: ScoreBarsProps, ref?: ForwardedRef<HTMLUListElement>) {
  return (
    <ul ref={ref} className={clsx('amb-ScoreBars', className)} data-slot="score-bars" {...rest}>
      {scores.map((score, index) => {
        const meter = score.meter;
        return (
          <li data-level={meter?.level} data-invalid={meter ? undefined : ''} key={index}>
            <span className="amb-ScoreBars-label" aria-hidden={meter ? true : undefined}>
              {score.label}
            </span>
            {meter ? (
              // biome-ignore lint/a11y/useSemanticElements: a styled div takes role="meter" with aria-valuetext; <meter> cannot be styled across browsers
              <div
                className="amb-ScoreBars-meter"
                role="meter"
                aria-label={score.label}
                aria-valuenow={meter.value}
                aria-valuemin={meter.min}
                aria-valuemax={meter.max}
                aria-valuetext={meter.valueText}
                style={{ '--amb-score': meter.ratio } as StyleWithVars}
              >
                <div className="amb-ScoreBars-fill" />
              </div>
            ) : null}
            <span className="amb-ScoreBars-value" aria-hidden={meter ? true : undefined}>
              {score.text}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

/**
 * One bar per score, each a `role="meter"` named by its label, with the number visible beside it.
 * The fill width comes from `--amb-score` (0..1); colour follows `data-level` and never carries
 * meaning alone: the number is always shown.
 */
export const ScoreBars = /* @__PURE__ */ forwardRef<HTMLUListElement, ScoreBarsProps>(function ScoreBars(props, ref) {
  return renderScoreBars(props, ref);
});
