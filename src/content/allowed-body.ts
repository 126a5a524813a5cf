import type { Element, ElementContent, RootContent } from 'hast';
// Teaches hast the MDX nodes (HTML written as JSX, `{expressions}`, imports and exports) a body may hold.
import type {} from 'mdast-util-mdx';
import type { ContentProblem } from './problems';

/**
 * What an interview's body may contain, checked on the tree Astro's MDX compile is about to
 * publish, so nothing outside this list can ship whatever syntax produced it: Markdown text
 * (paragraphs, emphasis, inline code, line breaks, rules), links, lists, quotations, images with
 * alt text, and the `## ` questions. Each element with the attributes Markdown gives it.
 */
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  p: [],
  em: [],
  strong: [],
  del: [],
  code: [],
  br: [],
  hr: [],
  blockquote: [],
  ul: [],
  ol: ['start'],
  li: [],
  a: ['href', 'title'],
  img: ['src', 'alt', 'title'],
  h2: [],
};

/** What the Markdown publishers know is shown with, for every message that refuses something. */
const MARKDOWN_HINT =
  'an interview is Markdown text: paragraphs, *emphasis*, **strong**, [links](https://…), "- " lists, "> " quotations and ![images](./file.png)';

/** Markdown constructs that produce elements an interview may not contain, and what to write instead. */
const SUBHEADING = 'an interview’s only headings are its questions ("## "); write this as a paragraph, in **bold** if it must stand out';
const REFUSED_MARKDOWN: Readonly<Record<string, string>> = {
  h1: `a "# " heading: the page’s only h1 is its title, and ${SUBHEADING}`,
  h3: `a "### " heading: ${SUBHEADING}`,
  h4: `a "#### " heading: ${SUBHEADING}`,
  h5: `a "##### " heading: ${SUBHEADING}`,
  h6: `a "###### " heading: ${SUBHEADING}`,
  pre: 'a code block: an interview has none; write it as a paragraph, or a "> " quotation',
  table: 'a table: write its rows as a "- " list',
  sup: 'a footnote: an interview’s text carries no notes; remove it',
  input: 'a task-list checkbox ("[ ]"): write the item without it',
};

/** The Markdown for what an HTML element written in the body means. */
const MARKDOWN_FOR: Readonly<Record<string, string>> = {
  p: 'a paragraph is plain text, with a blank line before and after',
  em: 'write *text*',
  i: 'write *text*',
  strong: 'write **text**',
  b: 'write **text**',
  a: 'write [the text](https://…)',
  img: 'write ![what the image shows](./file.png)',
  br: 'end the line with a backslash (\\)',
  blockquote: 'start each line with "> "',
  ul: 'start each item with "- "',
  ol: 'start each item with "1. "',
  li: 'start each item with "- "',
  h2: 'a question is a line starting with "## "',
  hr: 'write --- on a line of its own',
  code: 'write `text`',
  del: 'write ~~text~~',
  s: 'write ~~text~~',
};

/** Elements that run code or pull in another page, with what to do instead. */
const EXECUTABLE: Readonly<Record<string, string>> = {
  script: 'an article runs no code; remove it',
  style: 'the site’s stylesheets style every article; remove it',
  iframe: 'the site embeds nothing from other sites; link to it instead: [what it shows](https://…)',
  frame: 'the site embeds nothing from other sites; link to it instead: [what it shows](https://…)',
  embed: 'the site embeds nothing from other sites; link to it instead: [what it shows](https://…)',
  object: 'the site embeds nothing from other sites; link to it instead: [what it shows](https://…)',
};

/** Stands in for the site's own origin: an address that resolves to it is a page of the site. */
const SITE = 'https://site.invalid/articles/an-article/';
const LINK_SCHEMES = ['http:', 'https:', 'mailto:'];

type BodyNode = RootContent | ElementContent;

const lineOf = (node: BodyNode): string | undefined => (node.position ? `line ${node.position.start.line}` : undefined);

function resolve(address: string): URL | undefined {
  return URL.canParse(address, SITE) ? new URL(address, SITE) : undefined;
}

const isSiteAddress = (url: URL) => url.origin === new URL(SITE).origin;

/** Why a link may not be published, or `undefined` when it may. */
function linkProblem(href: string): string | undefined {
  const url = resolve(href);
  if (url && (isSiteAddress(url) || LINK_SCHEMES.includes(url.protocol))) return undefined;
  const why = url?.protocol === 'javascript:' ? ', which would run code' : url ? `: a ${url.protocol} link` : ', which is not a valid address';
  return `the link to "${href}"${why}; link only to https:// (or http://, mailto:) addresses and to the site’s own pages (/names/)`;
}

function imageProblems(image: Element): string[] {
  const problems: string[] = [];
  const src = String(image.properties['src'] ?? '');
  if (String(image.properties['alt'] ?? '').trim() === '') {
    problems.push(`the image "${src}" has no alt text: write what it shows between the brackets, ![A hive on a rooftop](${src})`);
  }
  const url = resolve(src);
  if (!url || !isSiteAddress(url)) {
    problems.push(
      `the image "${src.slice(0, 80)}" is not the site’s own: the site loads nothing from other origins; save it beside the article and write ![what it shows](./file.png), or in public/ and write ![what it shows](/file.png)`,
    );
  }
  return problems;
}

const classes = (element: Element) => (Array.isArray(element.properties['className']) ? element.properties['className'].map(String) : []);

/**
 * Why an element is refused with everything in it, or `undefined` when it is not. Markdown's
 * footnotes are refused at each reference, so the list of notes it adds at the end, which has no
 * line, says nothing more (an empty reason).
 */
function refusedWhole(element: Element): string | undefined {
  if (element.properties['dataFootnotes'] !== undefined) return '';
  if (classes(element).includes('contains-task-list')) return REFUSED_MARKDOWN['input'];
  if (ALLOWED[element.tagName]) return undefined;
  return REFUSED_MARKDOWN[element.tagName] ?? `a <${element.tagName}> element: ${MARKDOWN_HINT}`;
}

/** An allowed element's own problems: an attribute Markdown never gives it, a link or an image that may not be published. */
function elementProblems(element: Element): string[] {
  const { tagName } = element;
  const allowedProperties = ALLOWED[tagName] ?? [];
  const problems = Object.keys(element.properties)
    .filter((property) => !allowedProperties.includes(property))
    .map((property) => `a <${tagName}> with the attribute "${property}", which an interview’s text never carries: remove it`);
  const badLink = tagName === 'a' ? linkProblem(String(element.properties['href'] ?? '')) : undefined;
  if (badLink) problems.push(badLink);
  if (tagName === 'img') problems.push(...imageProblems(element));
  return problems;
}

function jsxProblem(node: { name: string | null; attributes: readonly { type: string; name?: string }[] }): string {
  const name = node.name ?? '';
  const tag = `<${name}>`;
  if (/^[A-Z]/.test(name) || name.includes('.')) return `the component ${tag}: an interview uses no components; ${MARKDOWN_HINT}`;
  const handlers = node.attributes.flatMap((attribute) => (attribute.name && /^on/i.test(attribute.name) ? [attribute.name] : []));
  const runs = handlers.length > 0 ? ` (its ${handlers.join(', ')} would run code in the reader’s browser)` : '';
  const executable = EXECUTABLE[name];
  if (executable) return `the ${tag} element${runs}: ${executable}`;
  const markdown = MARKDOWN_FOR[name];
  return `the HTML ${tag}${runs}: MDX reads "<" as the start of HTML, which an interview does not hold; ${markdown ?? MARKDOWN_HINT}; for a literal "<", write \\<`;
}

/** An `{expression}` holding only a comment (`{/* note *\/}`) publishes nothing and runs nothing. */
const isComment = (node: { value: string }) => node.value.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, '').trim() === '';

function nodeProblems(node: BodyNode): ContentProblem[] {
  const at = lineOf(node);
  const here = (messages: readonly string[]) => messages.map((message) => ({ at, message }));
  switch (node.type) {
    case 'text':
    case 'comment':
      return [];
    case 'element': {
      const refused = refusedWhole(node);
      if (refused !== undefined) return refused ? here([refused]) : [];
      return [...here(elementProblems(node)), ...node.children.flatMap(nodeProblems)];
    }
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return here([jsxProblem(node)]);
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return isComment(node)
        ? []
        : here([`"{${node.value.slice(0, 40)}}": MDX reads "{" as the start of code, which an interview does not run; for a literal brace, write \\{`]);
    case 'mdxjsEsm':
      return here(['an import or export: an interview imports nothing; remove the line']);
    default:
      return here([`${node.type} content, which an interview does not hold: ${MARKDOWN_HINT}`]);
  }
}

/** Everything in a body outside what an interview may contain, each with its line and what to write instead. */
export function disallowedContent(nodes: readonly RootContent[]): ContentProblem[] {
  return nodes.flatMap(nodeProblems);
}
