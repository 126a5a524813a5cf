import { describe, expect, test } from 'vitest';
import { forgivingSearch } from '@/search/client/forgiving-search';
import { HIGHLIGHT_PARAM } from '@/search/client/highlight-param';
import { buildLexicon } from '@/search/lexicon';
import { knowledgeOf } from '@/search/client/knowledge';
import { MARKED_WORDS } from '../../search-table';
import { readArticleTexts, readNames } from '../../support/content';
import { pagefindLike } from './pagefind-like';

const sections = readArticleTexts().flatMap((article) => article.sections);
const lexicon = buildLexicon(
  sections.map((section) => section.text),
  readNames().map((entry) => entry.data),
);
const knowledge = knowledgeOf(lexicon);

describe.each(MARKED_WORDS)('“$typed”', ({ typed, written, question }) => {
  const section = sections.find((candidate) => candidate.anchor === question)!;

  test(`is written “${written}” in #${question}`, () => {
    expect(section.text).toContain(written);
  });

  test(`is marked “${written}” in the excerpt of its answer and in the address it leads to`, async () => {
    // The question alone, as one page of Pagefind-like results: what search makes of them.
    const page = { url: '/a/', title: 'A', content: `Intro. Q? ${section.text}` };
    const { hits } = await forgivingSearch(typed, async (query) => pagefindLike(query, page), knowledge);
    const hit = hits.find((candidate) => candidate.title === 'Q?')!;
    expect(hit.excerpt.filter((part) => part.marked).map((part) => part.text)).toContain(written);
    expect(new URL(hit.url, 'https://site.example/').searchParams.getAll(HIGHLIGHT_PARAM)).toContain(written);
  });
});
