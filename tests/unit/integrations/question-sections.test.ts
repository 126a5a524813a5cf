import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { selectAll } from 'hast-util-select';
import { describe, expect, test } from 'vitest';
import { shapeQuestions } from '@/integrations/question-sections';

const questions = [
  { anchor: 'what-is-it', text: 'What is it?' },
  { anchor: 'background', text: 'Can you tell us about the group’s background?' },
];

function body(...children: Element[]): Root {
  return { type: 'root', children };
}

function transform(tree: Root, listed: unknown = questions, base = '/'): Root {
  shapeQuestions(tree, { questions: listed }, `${process.cwd()}/content/articles/example.mdx`, base);
  return tree;
}

const interview = () =>
  body(
    h('p', 'Intro.'),
    h('h2', 'What is it?'),
    h('p', 'An answer.'),
    h('h2', 'Can you tell us about the group’s background?'),
    h('p', 'Another answer.'),
    h('p', 'More of it.'),
  );

describe('shapeQuestions', () => {
  test('wraps the intro, then each question with its answer in a section labelled by its heading', () => {
    const tree = transform(interview());
    const sections = selectAll('section.question', tree);
    expect(selectAll('.intro > p', tree)).toHaveLength(1);
    expect(sections.map((section) => String(section.properties['ariaLabelledBy']))).toEqual(['what-is-it', 'background']);
    expect(selectAll('p', sections[1]!)).toHaveLength(2);
    expect(selectAll('h2', tree).map((heading) => heading.properties['id'])).toEqual(['what-is-it', 'background']);
  });

  test('gives a question its full-text slug as an alias, and no alias when the two are the same', () => {
    const tree = transform(interview());
    expect(selectAll('.anchor-alias', tree).map((alias) => alias.properties['id'])).toEqual([
      'can-you-tell-us-about-the-groups-background',
    ]);
  });

  test('keeps a former anchor as an alias id inside the question’s section', () => {
    const renamed = [questions[0], { ...questions[1]!, anchor: 'origins', formerAnchors: ['background'] }];
    const tree = transform(interview(), renamed);
    const section = selectAll('section.question', tree)[1]!;
    expect(selectAll('h2', section)[0]!.properties['id']).toBe('origins');
    expect(selectAll('.anchor-alias', section).map((alias) => alias.properties['id'])).toEqual([
      'can-you-tell-us-about-the-groups-background',
      'background',
    ]);
  });

  test('adds a self-link and a share control beside the heading, not inside it, and keeps them out of search', () => {
    const tree = transform(interview());
    const heading = selectAll('h2#background', tree)[0]!;
    expect(selectAll('a, button', heading)).toEqual([]);
    const tools = selectAll('[data-pagefind-ignore="all"]', tree);
    expect(tools).toHaveLength(2);
    expect(selectAll('a.self-link', tools[1]!)[0]!.properties['href']).toBe('#background');
    expect(selectAll('details.share', tools[1]!)[0]!.properties['dataAnchor']).toBe('background');
  });

  test('links each question’s share page relative to the article, so it follows any base path', () => {
    const tree = transform(interview());
    const links = selectAll('.question-tools details.share a', tree);
    expect(links.map((link) => link.properties['href'])).toEqual(['q/what-is-it/', 'q/background/']);
    const controls = selectAll('details.share', tree);
    expect(controls.map((control) => selectAll('button[data-copy]', control).map((b) => b.properties['dataCopy']))).toEqual([
      ['question', 'share-page'],
      ['question', 'share-page'],
    ]);
  });

  test('moves links and images written from the site’s root under the base path, and leaves every other address alone', () => {
    const tree = transform(
      body(
        h('p', [h('a', { href: '/names/' }, 'names'), h('a', { href: '//example.org/' }, 'there'), h('a', { href: '#background' }, 'here')]),
        h('p', [h('img', { src: '/favicon.svg', alt: 'The icon' }), h('img', { src: './hive.png', alt: 'A hive' })]),
        ...(interview().children.slice(1) as Element[]),
      ),
      questions,
      '/isk/',
    );
    expect(selectAll('.intro a', tree).map((link) => link.properties['href'])).toEqual(['/isk/names/', '//example.org/', '#background']);
    expect(selectAll('.intro img', tree).map((image) => image.properties['src'])).toEqual(['/isk/favicon.svg', './hive.png']);
  });

  test('fails naming the file and every problem', () => {
    const tree = body(h('p', 'Intro.'), h('h2', 'What is it?'), h('h2', 'Something else?'), h('p', 'ADVERTISEMENT'));
    expect(() => transform(tree)).toThrow(
      /content\/articles\/example\.mdx:[\s\S]*"Can you tell us about the group’s background\?" \(#background\) is listed[\s\S]*"Something else\?" is in the body[\s\S]*"What is it\?" has an empty answer[\s\S]*ADVERTISEMENT/,
    );
  });

  test('leaves a page without listed questions untouched', () => {
    const tree = body(h('p', 'Just text.'));
    expect(transform(tree, null)).toEqual(body(h('p', 'Just text.')));
  });
});
