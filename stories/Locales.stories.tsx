import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { ArticleView, normalizeArticle } from '../src';
import { de } from '../test/fixtures/messages-de';
import { seed, similarPosts } from './data';

const germanLabels = {
  topic: 'Thema',
  summary: 'Zusammenfassung',
  ai_outline: 'KI-Gliederung',
  ai_brief: 'KI-Kurzfassung',
  stack: 'Stack',
  tools: 'Werkzeuge',
  code_language: 'Programmiersprache',
  difficulty: 'Schwierigkeit',
  reading_time: 'Lesezeit',
  view_count: 'Aufrufe',
  score: 'Bewertung',
  revision: 'Revision',
  reference: 'Referenz',
  hash: 'Hash',
  flags: 'Merkmale',
  checklist: 'Checkliste',
  entities: 'Entitäten',
  payload: 'Nutzdaten',
  notes: 'Notizen',
};

const meta = {
  title: 'Locales/ArticleView',
  component: ArticleView,
  tags: ['!autodocs'],
  args: { article: normalizeArticle(seed).article },
} satisfies Meta<typeof ArticleView>;

export default meta;
type Story = StoryObj<typeof meta>;

/** German throughout: numbers and dates from the locale, labels from `labels`, every UI word from `messages`. */
export const German: Story = {
  parameters: { lang: 'de' },
  args: {
    messages: de,
    article: normalizeArticle(
      {
        ...seed,
        meta: { ...seed.meta, notes: Array.from({ length: 21 }, (_, i) => `Notiz ${i + 1}`) },
        similar_posts: similarPosts(2),
      },
      { locale: 'de-DE', labels: germanLabels, messages: de },
    ).article,
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const box = canvas.getByRole('region', { name: 'Beitragsdaten' });
    await expect(box).toHaveTextContent('220.832');
    await expect(box).toHaveTextContent('12.12.2024');
    await expect(canvas.getByRole('meter', { name: 'Quality' })).toHaveAttribute('aria-valuetext', '93 von 100');
    await expect(canvas.getByText('1 weiteren anzeigen')).toBeVisible();
  },
};

const arabic = {
  title: 'دليل عملي لتقليل وقت البناء في خدمات بايثون',
  body: [
    { type: 'paragraph', text: 'عندما يكبر المشروع، يصبح تقليل وقت البناء جزءًا من طريقة عمل الفريق.' },
    { type: 'heading', text: 'فحوصات الإنتاج' },
    { type: 'list', items: ['تأكد من التحقق من المدخلات', 'افحص الصلاحيات'] },
  ],
  meta: {
    topic: 'تقليل وقت البناء / خدمات بايثون',
    stack: ['خدمات بايثون', 'الخلفية', 'python'],
    reading_time: 12,
    view_count: 220832,
    score: { الجودة: 93, الحداثة: 58 },
    revision: { status: 'مسودة', last_reviewed: '2024-12-12' },
    hash: '7a8db0d9984667cb9a2c0673',
    flags: { has_images: 0, needs_human_review: 1 },
    checklist: [
      { label: 'تأكد من التحقق من المدخلات', done: true },
      { label: 'افحص الصلاحيات', done: false },
    ],
  },
  similar_posts: [{ title: 'تخزين مؤقت لبناء بايثون', url: '/ar/posts/cache', reading_time: 9 }],
};

/** Right to left (Arabic): bars fill from the inline start, marks and borders sit on the right. */
export const RightToLeft: Story = {
  parameters: { dir: 'rtl', lang: 'ar' },
  args: {
    article: normalizeArticle(arabic, {
      locale: 'ar-EG',
      messages: { yes: 'نعم', no: 'لا', outOf: (value, max) => `${value} من ${max}` },
    }).article,
    messages: {
      postMeta: 'بيانات المقال',
      similarPosts: 'مقالات مشابهة',
      noSimilarPosts: 'لا توجد مقالات مشابهة بعد.',
      showMore: (count) => `عرض ${count} أخرى`,
      done: 'تم',
      todo: 'لم يتم',
      score: 'التقييم',
      noMeta: 'لا توجد بيانات.',
    },
  },
  play: async ({ canvasElement }) => {
    const fill = canvasElement.querySelector('.amb-ScoreBars-fill') as HTMLElement;
    const track = fill.parentElement as HTMLElement;
    // In RTL the fill starts at the right edge of its track.
    await expect(Math.round(fill.getBoundingClientRect().right)).toBe(Math.round(track.getBoundingClientRect().right));
  },
};

/** Right to left in a 280 px sidebar. */
export const RightToLeftNarrow: Story = {
  ...RightToLeft,
  parameters: { dir: 'rtl', lang: 'ar', containerWidth: 280 },
};
