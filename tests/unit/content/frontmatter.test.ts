import { describe, expect, test } from 'vitest';
import { readFrontmatter } from '@/content/frontmatter';

const file = 'content/articles/example.mdx';
const mdx = (...fields: string[]) => `---\n${fields.join('\n')}\n---\n\nThe body.\n`;

/** What the build reports for this file, or '' when it reads. */
function reported(contents: string): string {
  try {
    readFrontmatter(file, contents);
    return '';
  } catch (error) {
    return (error as Error).message;
  }
}

describe('readFrontmatter', () => {
  test('reads the fields, keeping a date as it is written', () => {
    expect(readFrontmatter(file, mdx('title: A title', 'published: 2024-02-30'))).toEqual({ title: 'A title', published: '2024-02-30' });
  });

  test('reports an unquoted colon in a question at its line, with the value quoted as it should be', () => {
    const report = reported(mdx('title: A title', 'questions:', '  - anchor: why', '    text: Why? Because: reasons'));
    expect(report).toBe(`${file}:\n  - line 5: the text holds ": ", which YAML reads as the start of another field: put the whole value in double quotes, text: "Why? Because: reasons"`);
  });

  test('reports an unquoted colon in a title the same way', () => {
    expect(reported(mdx('title: What is ISIS-K? Two experts: on the group', 'summary: x'))).toContain(
      'line 2: the title holds ": ", which YAML reads as the start of another field: put the whole value in double quotes, title: "What is ISIS-K? Two experts: on the group"',
    );
  });

  test('reports other YAML faults at their line, as YAML says them', () => {
    expect(reported(mdx('title: A title', 'authors: [Amira Jadoon'))).toMatch(/^content\/articles\/example\.mdx:\n {2}- line \d: the frontmatter is not valid YAML: \S/);
  });

  test('refuses a file without frontmatter, and frontmatter that is not fields', () => {
    expect(reported('The body alone.\n')).toContain('line 1: has no frontmatter');
    expect(reported(mdx('- a list'))).toContain('line 2: the frontmatter must be fields');
  });
});
