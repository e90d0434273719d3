/**
 * The conformance suite every public component passes, in the manner of Base UI's
 * `describeConformance`: its root element and default class, `className` merged (not replaced),
 * every other prop spread on the root, `ref` reaching the root, and its exact `data-slot`.
 */
import { render } from '@testing-library/react';
import { cloneElement, createRef, type ReactElement } from 'react';
import { describe, expect, it, vi } from 'vitest';

export interface ConformanceOptions {
  /** Tag name of the root element, upper case as the DOM reports it (`'UL'`). */
  rootTag: string;
  /** The component's default class (`'amb-ScoreBars'`). */
  defaultClass: string;
  /** The exact `data-slot` of the root (`'score-bars'`). */
  slot: string;
  /** Which shared props to skip, with the reason (e.g. a `<script>` has no click). */
  skip?: Partial<Record<'style' | 'events', string>>;
}

/** Shared props any public component takes on its root. */
type RootProps = Record<string, unknown>;

/** Renders the element `element()` gives with `props` merged in, and returns its root DOM element. */
function renderRoot(element: () => ReactElement<RootProps>, props: RootProps = {}): HTMLElement {
  const { container } = render(cloneElement(element(), props));
  const root = container.firstElementChild;
  if (!(root instanceof HTMLElement)) throw new Error('the component rendered no root element');
  return root;
}

/**
 * `element` is a function so that the element (and any data it needs) is made inside each test, not
 * while the tests are collected: mutation testing's per-test coverage then sees which test reaches which line.
 */
export function describeConformance(name: string, element: () => ReactElement<RootProps>, options: ConformanceOptions) {
  const { rootTag, defaultClass, slot, skip = {} } = options;
  describe(`${name} conformance`, () => {
    it(`renders a <${rootTag.toLowerCase()}> root with the class ${defaultClass} and data-slot="${slot}"`, () => {
      const root = renderRoot(element);
      expect(root.tagName).toBe(rootTag);
      expect(root.classList.value).toBe(defaultClass);
      expect(root.getAttribute('data-slot')).toBe(slot);
    });

    it('merges className after the default class', () => {
      const merged = [defaultClass, 'site-class other'].filter(Boolean).join(' ');
      expect(renderRoot(element, { className: 'site-class other' }).classList.value).toBe(merged);
    });

    it('spreads id, lang, data-* and aria-* on the root', () => {
      const root = renderRoot(element, { id: 'x1', lang: 'de', 'data-testid': 'root', 'aria-describedby': 'note' });
      expect(root.id).toBe('x1');
      expect(root.lang).toBe('de');
      expect(root.getAttribute('data-testid')).toBe('root');
      expect(root.getAttribute('aria-describedby')).toBe('note');
    });

    it.skipIf(skip.style)('passes style to the root', () => {
      expect(renderRoot(element, { style: { marginTop: 3 } }).style.marginTop).toBe('3px');
    });

    it.skipIf(skip.events)('passes event handlers to the root', () => {
      const onClick = vi.fn();
      renderRoot(element, { onClick }).click();
      expect(onClick).toHaveBeenCalledTimes(1);
    });

    it('forwards ref to the root DOM node', () => {
      const ref = createRef<HTMLElement>();
      const root = renderRoot(element, { ref });
      expect(ref.current).toBe(root);
    });

    it("lets a consumer's own data-slot replace its one, like any other attribute", () => {
      expect(renderRoot(element, { 'data-slot': 'mine' }).getAttribute('data-slot')).toBe('mine');
    });
  });
}
