/** Type tests (`vitest --typecheck`): the public types say what the runtime does. */
import type { ComponentProps, Ref } from 'react';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type Article,
  type ArticleView,
  type ComponentMessages,
  defaultMessages,
  type ISSUES,
  type Messages,
  type MetaIssue,
  type MetaIssueCode,
  type MetaValue,
  type NormalizerMessages,
  normalizeArticle,
  normalizeMeta,
  type ScoreBars,
  type TagList,
} from '../src';
import type { CopyButton } from '../src/client';

describe('public types', () => {
  it('normalizeArticle takes anything and returns the model with its issues', () => {
    expectTypeOf(normalizeArticle).parameter(0).toBeUnknown();
    expectTypeOf(normalizeArticle({})).toEqualTypeOf<{ article: Article; issues: MetaIssue[] }>();
    expectTypeOf(normalizeMeta({}).meta.entries[0].value).toEqualTypeOf<MetaValue>();
  });

  it('an issue has a known code and one of two severities', () => {
    expectTypeOf<MetaIssue['severity']>().toEqualTypeOf<'error' | 'warning'>();
    expectTypeOf<MetaIssueCode>().toEqualTypeOf<keyof typeof ISSUES>();
    expectTypeOf<'truncated'>().toExtend<MetaIssueCode>();
    expectTypeOf<'no-such-code'>().not.toExtend<MetaIssueCode>();
  });

  it('every value kind narrows to its own fields', () => {
    const value = {} as MetaValue;
    if (value.kind === 'link') expectTypeOf(value.href).toBeString();
    if (value.kind === 'list') expectTypeOf(value.omitted).toEqualTypeOf<number | undefined>();
    if (value.kind === 'number') expectTypeOf(value.value).toBeNumber();
  });

  it('Messages is the normalizer words and the component words together', () => {
    expectTypeOf(defaultMessages).toEqualTypeOf<Messages>();
    expectTypeOf<Messages>().toExtend<NormalizerMessages & ComponentMessages>();
    expectTypeOf<Messages['showMore']>().toEqualTypeOf<(count: number) => string>();
  });

  it('components take a ref to their root element and the root element props', () => {
    expectTypeOf<ComponentProps<typeof ArticleView>['ref']>().toEqualTypeOf<Ref<HTMLElement> | undefined>();
    expectTypeOf<ComponentProps<typeof ScoreBars>['ref']>().toEqualTypeOf<Ref<HTMLUListElement> | undefined>();
    expectTypeOf<ComponentProps<typeof CopyButton>['ref']>().toEqualTypeOf<Ref<HTMLSpanElement> | undefined>();
    expectTypeOf<ComponentProps<typeof TagList>>().toHaveProperty('onClick');
    expectTypeOf<ComponentProps<typeof TagList>['messages']>().toEqualTypeOf<Partial<Messages> | undefined>();
  });

  it('required props are required', () => {
    expectTypeOf<{ article: Article }>().toExtend<ComponentProps<typeof ArticleView>>();
    expectTypeOf<{ messages: Partial<Messages> }>().not.toExtend<ComponentProps<typeof ArticleView>>();
    expectTypeOf<{ value: number }>().not.toExtend<ComponentProps<typeof CopyButton>>();
  });
});
