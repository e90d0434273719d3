import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Icon } from '../src/components/shared/Icon';
import type { MetaIcon } from '../src/model/types';

/** Every icon a group can ask for: a new `MetaIcon` is a type error here until it is listed. */
const ICONS = Object.keys({
  time: true,
  level: true,
  code: true,
  views: true,
  date: true,
  person: true,
  fact: true,
} satisfies Record<MetaIcon, true>) as MetaIcon[];

describe('Icon', () => {
  it('draws every icon as one path of its own on the 16 × 16 grid, hidden from assistive technology', () => {
    const drawn = ICONS.map((name) => {
      const { container } = render(<Icon name={name} />);
      const svg = container.querySelector('svg') as SVGElement;
      expect(svg).toHaveAttribute('viewBox', '0 0 16 16');
      expect(svg).toHaveAttribute('aria-hidden', 'true');
      const paths = svg.querySelectorAll('path');
      expect(paths).toHaveLength(1);
      // A path starts with a move to a point inside the grid.
      expect(paths[0].getAttribute('d')).toMatch(/^M\d/);
      return paths[0].getAttribute('d');
    });
    // No two icons draw the same shape.
    expect(new Set(drawn).size).toBe(ICONS.length);
  });
});
