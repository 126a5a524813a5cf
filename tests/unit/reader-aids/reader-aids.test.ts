import { describe, expect, test } from 'vitest';
import type { Section } from '@/content/reading';
import {
  keyDateProblems,
  keyDatesInArticle,
  locationHref,
  locationLabel,
  nameProblems,
  namesInArticle,
  type ArticleText,
  type DataEntry,
} from '@/reader-aids/reader-aids';
import type { KeyDateData, NameData } from '@/reader-aids/schema';
import { readArticleTexts, readKeyDates, readNames } from '../../support/content';

const sections: Section[] = [
  { anchor: null, number: 0, question: null, text: 'An attack in Kabul on Aug 26, 2021.', answer: 'An attack in Kabul on Aug 26, 2021.' },
  { anchor: 'what-is-it', number: 1, question: 'What is it?', text: 'What is it?\n\nIS-K was founded in January 2015 near Tora Bora.', answer: 'IS-K was founded in January 2015 near Tora Bora.' },
  { anchor: 'threat', number: 2, question: 'How great a threat?', text: 'How great a threat?\n\nIn Kabul in January 2021, ISKP struck.', answer: 'In Kabul in January 2021, ISKP struck.' },
];
const article: ArticleText = { id: 'example', sections };

const name = (id: string, data: Partial<NameData> & Pick<NameData, 'name' | 'kind' | 'inText'>): DataEntry<NameData> => ({
  id,
  data: { aliases: [], ...data },
});
const names = [
  name('tora-bora', { name: 'Tora Bora', kind: 'place', inText: ['Tora Bora'] }),
  name('is-k', { name: 'IS-K', kind: 'group', inText: ['IS-K', 'ISKP'], aliases: ['ISIS-K'] }),
  name('kabul', { name: 'Kabul', kind: 'place', inText: ['Kabul'] }),
];

const date = (id: string, data: Omit<KeyDateData, 'article' | 'event'>): DataEntry<KeyDateData> => ({
  id,
  data: { article: 'example', event: `event ${id}`, ...data },
});
const dates = [
  date('attack', { when: '26 August 2021', datetime: '2021-08-26', phrase: 'Aug 26, 2021' }),
  date('founded', { when: 'January 2015', datetime: '2015-01', phrase: 'January 2015' }),
  date('envoy', { when: 'January 2021', datetime: '2021-01', phrase: 'January 2021' }),
];

describe('namesInArticle', () => {
  test('groups the names by kind in the index’s order, alphabetically within a kind, each with its questions', () => {
    const groups = namesInArticle(sections, names);
    expect(groups.map((group) => [group.heading, group.names.map((entry) => entry.name)])).toEqual([
      ['Places', ['Kabul', 'Tora Bora']],
      ['Groups', ['IS-K']],
    ]);
    const isK = groups[1]!.names[0]!;
    expect(isK.locations.map((location) => [location.section.anchor, location.forms])).toEqual([
      ['what-is-it', ['IS-K']],
      ['threat', ['ISKP']],
    ]);
  });

  test('leaves out names the article does not mention, and kinds left empty', () => {
    const groups = namesInArticle(sections.slice(0, 1), names);
    expect(groups.map((group) => group.names.map((entry) => entry.id))).toEqual([['kabul']]);
  });
});

describe('keyDatesInArticle', () => {
  test('lists the article’s dates in time order, whatever the file’s order, each where the text mentions it', () => {
    const located = keyDatesInArticle(article, [...dates, { ...dates[0]!, id: 'elsewhere', data: { ...dates[0]!.data, article: 'other' } }]);
    expect(located.map((entry) => [entry.id, entry.locations.map((location) => location.section.anchor)])).toEqual([
      ['founded', ['what-is-it']],
      ['envoy', ['threat']],
      ['attack', [null]],
    ]);
  });
});

describe('nameProblems', () => {
  test('none for names the articles mention under every form listed as the text’s, whatever the aliases', () => {
    expect(nameProblems([article], names)).toEqual([]);
  });

  test('names an entry none of whose forms appears in any article', () => {
    const herat = name('herat', { name: 'Herat', kind: 'place', inText: ['Herat'], aliases: ['Hérat'] });
    expect(nameProblems([article], [...names, herat])).toEqual(['"herat": appears in no article under any of its names (Herat, Hérat)']);
  });

  test('names a form listed as the text’s that no article uses, even when another form is found', () => {
    const isK = name('is-k', { name: 'IS-K', kind: 'group', inText: ['IS-K', 'ISIS-K'] });
    expect(nameProblems([article], [isK])).toEqual([
      '"is-k": inText lists "ISIS-K", which no article uses; move it to aliases if readers use it but the text does not',
    ]);
  });

  test('looks in every article', () => {
    const other: ArticleText = { id: 'other', sections: [{ ...sections[0]!, text: 'Herat.' }] };
    const herat = name('herat', { name: 'Herat', kind: 'place', inText: ['Herat'] });
    expect(nameProblems([article, other], [herat])).toEqual([]);
  });
});

describe('keyDateProblems', () => {
  test('none when each date’s phrase is in its article', () => {
    expect(keyDateProblems([article], dates)).toEqual([]);
  });

  test('names a date whose phrase its article does not use, or whose article does not exist', () => {
    const missing = date('missing', { when: 'March 2016', datetime: '2016-03', phrase: 'March 2016' });
    const stray = { id: 'stray', data: { ...dates[0]!.data, article: 'no-such-article' } };
    expect(keyDateProblems([article], [missing, stray])).toEqual([
      '"missing": phrase "March 2016" appears nowhere in "example"',
      '"stray": article "no-such-article" does not exist',
    ]);
  });
});

describe('locationHref and locationLabel', () => {
  const [intro, first] = sections;

  test('a question’s link opens the question and carries every form found there to highlight', () => {
    const href = locationHref('/isk/articles/example/', { section: first!, forms: ['Tora Bora', 'IS-K'] });
    expect(href).toBe('/isk/articles/example/?highlight=Tora+Bora&highlight=IS-K#what-is-it');
    expect(new URL(href, 'https://example.org').searchParams.getAll('highlight')).toEqual(['Tora Bora', 'IS-K']);
  });

  test('the intro has no anchor: its link opens the article at the top', () => {
    expect(locationHref('/articles/example/', { section: intro!, forms: ['Kabul’s'] })).toBe('/articles/example/?highlight=Kabul%E2%80%99s');
  });

  test('labels a question by its number, with its text for those who cannot see the list', () => {
    expect(locationLabel({ section: first!, forms: [] })).toEqual({ short: 'Q1', detail: 'What is it?' });
    expect(locationLabel({ section: intro!, forms: [] })).toEqual({ short: 'Intro', detail: 'the introduction' });
  });
});

describe('the site’s own names and key dates', () => {
  const texts = readArticleTexts();

  test('every name appears in an article, under every form listed as the text’s', () => {
    expect(nameProblems(texts, readNames())).toEqual([]);
  });

  test('every key date’s phrase is in its article', () => {
    expect(keyDateProblems(texts, readKeyDates())).toEqual([]);
  });

  test('a bare "Taliban" is the Afghan Taliban, and the Pakistani Taliban is not counted as it', () => {
    const groups = namesInArticle(texts[0]!.sections, readNames());
    const anchorsOf = (id: string) =>
      groups.flatMap((group) => group.names).find((entry) => entry.id === id)?.locations.map((location) => location.section.anchor);
    const mentioning = (pattern: RegExp) => texts[0]!.sections.filter((section) => pattern.test(section.text)).map((section) => section.anchor);
    expect(anchorsOf('afghan-taliban')).toEqual(mentioning(/(?<!Pakistani )Taliban/));
    expect(anchorsOf('pakistani-taliban')).toEqual(mentioning(/Pakistani Taliban/));
  });
});
