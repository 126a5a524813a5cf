import { selectAll, select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { slug } from 'github-slugger';
import { describe, expect, test } from 'vitest';
import { kickerOf, textNoteOf } from '@/config';
import { ARTICLE_PATH, QUESTIONS } from '../contract';
import { articleSentences, republisherArtifacts } from '../fixtures/source';
import { sites } from './dist';

describe.each(sites)('the built interview in $name', (site) => {
  const { tree } = site.page(`${ARTICLE_PATH}index.html`);
  const body = select('[data-pagefind-body]', tree)!;
  const bodyText = toString(body).replace(/\s+/g, ' ');

  test('has the five questions as h2 headings with their anchors, in order', () => {
    const headings = selectAll('section.question h2', body);
    expect(headings.map((heading) => ({ anchor: heading.properties['id'], text: toString(heading) }))).toEqual(QUESTIONS);
  });

  test.each(QUESTIONS)('question #$anchor has a self-link and answers to its full-text slug', ({ anchor, text }) => {
    expect(select(`a.self-link[href="#${anchor}"]`, tree)).toBeTruthy();
    expect(select(`details.share[data-anchor="${anchor}"] button[data-copy]`, tree)).toBeTruthy();
    const alias = slug(text);
    const target = select(`[id="${alias}"]`, tree);
    expect(target, `no element with id "${alias}"`).toBeTruthy();
    expect(select(`#${anchor}`, tree)).toBeTruthy();
  });

  test('has no id twice', () => {
    const ids = selectAll('[id]', tree).map((element) => String(element.properties['id']));
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  test('contains every sentence of the source, word for word', () => {
    const sentences = articleSentences();
    // The split really did find the sentences: many of them, none a run-on of several.
    expect(sentences.length).toBeGreaterThanOrEqual(40);
    expect(sentences.filter((sentence) => sentence.length > 400)).toEqual([]);
    const missing = sentences.filter((sentence) => !bodyText.includes(sentence));
    expect(missing).toEqual([]);
  });

  test('contains none of the republisher’s additions', () => {
    const pageText = toString(tree);
    for (const artifact of republisherArtifacts) expect(pageText).not.toContain(artifact);
    expect(pageText).not.toMatch(/ADVERTISEMENT|Read \|/);
  });

  test('credits the authors and the publisher and links the licence', () => {
    const attribution = select('.attribution', tree)!;
    const text = toString(attribution);
    expect(text).toContain('Amira Jadoon and Andrew Mines');
    expect(text).toContain('The Conversation');
    expect(select('a[href="https://creativecommons.org/licenses/by-nd/4.0/"][rel="license"]', attribution)).toBeTruthy();
    expect(select('time[datetime="2021-08-26"]', tree)).toBeTruthy();
  });

  test('keeps the site’s own summary out of the authors’ text', () => {
    const summary = select('.summary', tree)!;
    expect(toString(summary)).toMatch(/Our summary/);
    expect(bodyText).not.toContain(toString(select('p', summary)!));
  });
});

describe.each(sites.flatMap((site) => site.articles.map((entry) => ({ site, ...entry }))))('$site.name/articles/$id/', ({ site, id, data }) => {
  const { tree } = site.page(`articles/${id}/index.html`);

  test('has its questions as h2 headings with their anchors and self-links, in order', () => {
    const headings = selectAll('section.question h2', tree);
    expect(headings.map((heading) => ({ anchor: heading.properties['id'], text: toString(heading) }))).toEqual(
      data.questions.map(({ anchor, text }) => ({ anchor, text })),
    );
    for (const { anchor } of data.questions) expect(select(`a.self-link[href="#${anchor}"]`, tree), anchor).toBeTruthy();
  });

  test('says above its title what kind of text it is, and in its attribution what was changed in it: its own words, or the site’s', () => {
    expect(toString(select('.article-kicker', tree)!)).toBe(kickerOf(data));
    const attribution = toString(select('.attribution', tree)!).replace(/\s+/g, ' ');
    expect(attribution).toContain(textNoteOf(data));
    expect(attribution).toContain(data.publisher.name);
    for (const { name } of data.authors) expect(attribution).toContain(name);
    expect(select(`.attribution a[href="${data.license.url}"][rel="license"]`, tree)).toBeTruthy();
  });
});
