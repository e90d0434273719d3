import {
  ArticleJsonLd,
  ArticleMetaBox,
  ArticleView,
  Checklist,
  MetaTable,
  normalizeArticle,
  PostBody,
  ScoreBars,
  SimilarPosts,
  TagList,
} from '../src';
import { CopyButton } from '../src/client';
import { describeConformance } from './conformance/describeConformance';
import seed from './fixtures/seed-article.json';

const article = () => normalizeArticle(seed).article;
const scores = () => {
  const value = article().meta.entries.find((entry) => entry.key === 'score')?.value;
  return value?.kind === 'scores' ? value.scores : [];
};

describeConformance('ArticleView', () => <ArticleView article={article()} />, {
  rootTag: 'ARTICLE',
  defaultClass: 'amb-ArticleView',
  slot: 'article-view',
});
describeConformance('PostBody', () => <PostBody blocks={article().body} />, {
  rootTag: 'DIV',
  defaultClass: 'amb-PostBody',
  slot: 'post-body',
});
describeConformance('ArticleMetaBox', () => <ArticleMetaBox meta={article().meta} />, {
  rootTag: 'SECTION',
  defaultClass: 'amb-ArticleMetaBox',
  slot: 'article-meta-box',
});
describeConformance('MetaTable', () => <MetaTable entries={article().meta.entries} />, {
  rootTag: 'DL',
  defaultClass: 'amb-MetaTable',
  slot: 'meta-table',
});
describeConformance('ScoreBars', () => <ScoreBars scores={scores()} />, {
  rootTag: 'UL',
  defaultClass: 'amb-ScoreBars',
  slot: 'score-bars',
});
describeConformance('Checklist', () => <Checklist items={[{ label: 'a', done: true }]} />, {
  rootTag: 'UL',
  defaultClass: 'amb-Checklist',
  slot: 'checklist',
});
describeConformance('TagList', () => <TagList tags={['a', 'b']} />, {
  rootTag: 'UL',
  defaultClass: 'amb-TagList',
  slot: 'tag-list',
});
describeConformance('SimilarPosts', () => <SimilarPosts posts={[]} />, {
  rootTag: 'SECTION',
  defaultClass: 'amb-SimilarPosts',
  slot: 'similar-posts',
});
describeConformance('CopyButton', () => <CopyButton value="7a8db0d9" />, {
  rootTag: 'SPAN',
  defaultClass: 'amb-CopyButton',
  slot: 'copy-button',
});
describeConformance('ArticleJsonLd', () => <ArticleJsonLd article={article()} />, {
  rootTag: 'SCRIPT',
  defaultClass: '',
  slot: 'article-json-ld',
  skip: { style: 'a script is not rendered', events: 'a script is not rendered' },
});
