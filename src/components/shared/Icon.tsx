import type { MetaIcon } from '../../model/types.js';

/** One path per icon, drawn on a 16 × 16 grid with a 1.5 stroke (circles as two arcs). */
const PATHS: Record<MetaIcon, string> = {
  // a clock
  time: 'M8 1.75a6.25 6.25 0 1 0 0 12.5a6.25 6.25 0 1 0 0-12.5M8 4.5V8l2.5 1.5',
  // rising bars
  level: 'M3 13.5v-3M8 13.5v-6M13 13.5v-10',
  // angle brackets
  code: 'M5.5 4 1.75 8 5.5 12M10.5 4l3.75 4-3.75 4',
  // an eye
  views: 'M1.25 8S3.75 3.25 8 3.25 14.75 8 14.75 8 12.25 12.75 8 12.75 1.25 8 1.25 8ZM8 6a2 2 0 1 0 0 4 2 2 0 1 0 0-4',
  // a calendar
  date: 'M4 3.25h8A1.75 1.75 0 0 1 13.75 5v7A1.75 1.75 0 0 1 12 13.75H4A1.75 1.75 0 0 1 2.25 12V5A1.75 1.75 0 0 1 4 3.25ZM2.25 6.75h11.5M5.5 1.75v3M10.5 1.75v3',
  // a head and shoulders
  person: 'M8 2.75a2.75 2.75 0 1 0 0 5.5a2.75 2.75 0 1 0 0-5.5M2.75 14c.75-2.75 2.75-4.25 5.25-4.25s4.5 1.5 5.25 4.25',
  // a dot
  fact: 'M8 6.25a1.75 1.75 0 1 0 0 3.5a1.75 1.75 0 1 0 0-3.5',
};

/** A small inline icon beside a label that is always there as text: decorative, hidden from assistive technology. */
export function Icon({ name }: { name: MetaIcon }) {
  return (
    <svg className="amb-Icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} />
    </svg>
  );
}
