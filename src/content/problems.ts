import path from 'node:path';

/**
 * Every content problem the build finds is reported the same way: the file, then one line per
 * problem, each saying where in the file it is when that is known (a field or a line), what is
 * wrong and how to fix it. One build reports every problem of a file at once.
 */
export interface ContentProblem {
  /** A frontmatter field (`questions[2].anchor`) or a place in the body (`line 34`). */
  at?: string | undefined;
  /** What is wrong, and how to put it right. */
  message: string;
}

/** A file's path as the publisher sees it: relative to the project when it lies inside it. */
export function displayPath(file: string): string {
  return path.isAbsolute(file) ? path.relative(process.cwd(), file) : file;
}

export function formatProblems(file: string, problems: readonly ContentProblem[]): string {
  const lines = problems.map(({ at, message }) => `  - ${at ? `${at}: ` : ''}${message}`);
  return `${displayPath(file)}:\n${lines.join('\n')}`;
}

/** Where a schema's issue is, as the publisher writes it: `questions[2].anchor`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index > 0 ? '.' : ''}${String(key)}`)).join('');
}

/** A schema's issues as content problems, each at its field. */
export function schemaProblems(issues: readonly { path: readonly PropertyKey[]; message: string }[]): ContentProblem[] {
  return issues.map(({ path, message }) => ({ at: path.length > 0 ? fieldPath(path) : undefined, message }));
}

/** The build stops with this when content is wrong; its message is the report. */
export class ContentError extends Error {
  constructor(file: string, problems: readonly ContentProblem[]) {
    super(formatProblems(file, problems));
    this.name = 'ContentError';
  }
}

/** Throws when there are problems, so a caller can check and carry on in one line. */
export function refuseProblems(file: string, problems: readonly ContentProblem[]): void {
  if (problems.length > 0) throw new ContentError(file, problems);
}
