import { parseDocument } from 'yaml';
import { ContentError, type ContentProblem } from './problems';

/** The frontmatter of an MDX file: its text, and the line of the file it starts on. */
const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n?---(?:\r?\n|$)/;

/**
 * A field whose unquoted value holds ": " (`text: What is it: a question?`), which YAML reads as
 * a second key: the commonest slip in a question or a title, and one YAML itself reports as bad
 * indentation or a nested mapping.
 */
const UNQUOTED_COLON = /^(\s*(?:- )?)([\w-]+): ([^"'\s[{].*(?::\s|:$).*)$/;

function syntaxProblem(line: string | undefined, lineNumber: number, yamlMessage: string): ContentProblem {
  const at = `line ${lineNumber}`;
  const colon = line === undefined ? null : UNQUOTED_COLON.exec(line);
  if (colon) {
    const [, , field, value = ''] = colon;
    return { at, message: `the ${field} holds ": ", which YAML reads as the start of another field: put the whole value in double quotes, ${field}: ${JSON.stringify(value.trim())}` };
  }
  return { at, message: `the frontmatter is not valid YAML: ${yamlMessage.split(' at line')[0]}` };
}

/**
 * An MDX file's frontmatter, read with every value as written: dates stay text (`2024-02-30` is
 * not turned into 1 March), so the schema can refuse one that is no day of the calendar. A file
 * whose frontmatter is not YAML stops the build naming the line and, for the commonest slip, an
 * unquoted colon, how to write it.
 */
export function readFrontmatter(file: string, contents: string): Record<string, unknown> {
  const match = FRONTMATTER.exec(contents);
  if (!match) throw new ContentError(file, [{ at: 'line 1', message: 'has no frontmatter: start the file with a line "---", its fields, then another "---"' }]);
  const yaml = match[1] ?? '';
  const document = parseDocument(yaml, { prettyErrors: true });
  const lines = yaml.split(/\r?\n/);
  // The frontmatter starts on the file's second line, after the opening "---".
  const problems = document.errors.map((error) => {
    const line = error.linePos?.[0].line ?? 1;
    return syntaxProblem(lines[line - 1], line + 1, error.message);
  });
  if (problems.length > 0) throw new ContentError(file, problems.filter((problem, index) => problems.findIndex((other) => other.at === problem.at) === index));
  const data: unknown = document.toJS();
  if (data === null || typeof data !== 'object' || Array.isArray(data)) throw new ContentError(file, [{ at: 'line 2', message: 'the frontmatter must be fields, one "name: value" a line' }]);
  return data as Record<string, unknown>;
}
