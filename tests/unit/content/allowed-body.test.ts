import { describe, expect, test } from 'vitest';
import { readBody } from '../../support/read-body';

const question = { anchor: 'what-is-it', text: 'What is it?' };

/** Compiles a body the way the build does, with `paragraph` on line 3, and returns what the build would report. */
function reported(paragraph: string): string {
  try {
    readBody(`## What is it?\n\n${paragraph}\n\nThe answer goes on.\n`, [question], 'content/articles/example.mdx');
    return '';
  } catch (error) {
    return (error as Error).message;
  }
}

describe('what an interview’s body may contain', () => {
  test('accepts Markdown text: emphasis, inline code, links to http(s), mailto and the site, lists, quotations, rules, line breaks, images with alt text, comments', () => {
    const markdown = [
      'Some *emphasis*, **strong**, ~~struck~~ and `code`, a [link](https://example.org/ "Title"), [another](http://example.org/),',
      '[a mail](mailto:editor@example.org), [a page of the site](/names/), [a question](#what-is-it) and [a relative one](q/what-is-it/).\\',
      'A line after a break. {/* an editor’s note */} {// and another\n}',
      '',
      '- an item',
      '- another',
      '',
      '3. a numbered item',
      '',
      '> A quotation.',
      '',
      '---',
      '',
      '![A hive on a rooftop](./hive.png) ![The site’s icon](/favicon.svg)',
    ].join('\n');
    expect(reported(markdown)).toBe('');
  });

  test.each([
    ['a script element', '<script>alert(1)</script>', /<script> element: an article runs no code; remove it/],
    ['a style element', '<style>{"p { color: red }"}</style>', /<style> element: the site’s stylesheets style every article/],
    ['an event-handler attribute', '<p onclick="alert(1)">Click</p>', /<p> \(its onclick would run code in the reader’s browser\).*a paragraph is plain text/],
    ['a frame of another site', '<iframe src="https://example.com/" title="x"></iframe>', /<iframe> element: the site embeds nothing.*link to it instead: \[what it shows\]\(https:/],
    ['an embed', '<embed src="movie.swf" />', /<embed> element: the site embeds nothing/],
    ['HTML for what Markdown writes', 'Some <em>emphasis</em>.', /the HTML <em>: MDX reads "<" as the start of HTML.*write \*text\*.*write \\</],
    ['a component', '<Chart data="x" />', /the component <Chart>: an interview uses no components/],
    ['a javascript: link', '[bad](javascript:alert(1))', /the link to "javascript:alert\(1\)", which would run code; link only to https:\/\//],
    ['a data: link', '[bad](data:text/html,hi)', /the link to "data:text\/html,hi": a data: link; link only to https:\/\//],
    ['an expression', 'Two and two make {2 + 2}.', /"\{2 \+ 2\}": MDX reads "\{" as the start of code.*write \\\{/],
    ['an expression beside a comment', 'Two {/* note */ 2 + 2}.', /"\{\/\* note \*\/ 2 \+ 2\}": MDX reads "\{"/],
    ['a string that looks like a comment', 'A {"/* not a note */"}.', /"\{"\/\* not a note \*\/"\}": MDX reads "\{"/],
    ['an image without alt text', '![](/favicon.svg)', /the image "\/favicon.svg" has no alt text: write what it shows between the brackets/],
    ['an image from another site', '![A hive](https://example.com/hive.png)', /the image "https:\/\/example.com\/hive.png" is not the site’s own.*save it beside the article/],
    ['an image written as data', '![A dot](data:image/png;base64,iVBORw0KGgo=)', /the image "data:image\/png.*is not the site’s own/],
    ['a subheading', '### A part of the answer', /a "### " heading: an interview’s only headings are its questions/],
    ['a code block', '```\nrm -rf /\n```', /a code block: an interview has none/],
    ['a table', '| a | b |\n| - | - |\n| 1 | 2 |', /a table: write its rows as a "- " list/],
    ['a footnote', 'A claim.[^1]\n\n[^1]: A note.', /a footnote: an interview’s text carries no notes/],
    ['a task list', '- [ ] a task', /a task-list checkbox \("\[ \]"\): write the item without it/],
  ])('refuses %s, naming the file, its line and what to write instead', (_, paragraph, message) => {
    const report = reported(paragraph);
    expect(report).toMatch(/^content\/articles\/example\.mdx:\n/);
    expect(report).toMatch(new RegExp(`  - line 3: .*${message.source}`));
    // One message for one fault, every one with its line.
    expect(report.match(/^ {2}- /gm)).toHaveLength(1);
  });

  test('refuses an import, which would bring code into the page', () => {
    expect(() => readBody(`import Chart from './chart.astro';\n\n## What is it?\n\nAn answer.\n`, [question])).toThrow(
      /line 1: an import or export: an interview imports nothing; remove the line/,
    );
  });

  test('reports every refused thing of a body at once', () => {
    const report = reported('<script>alert(1)</script>\n\n[bad](javascript:void(0))\n\n![](/favicon.svg)');
    expect(report.match(/^ {2}- line \d+:/gm)).toHaveLength(3);
  });
});
