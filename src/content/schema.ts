import { z } from 'astro/zod';
import { duplicateAnchors, isValidAnchor, questionAliases } from './anchors';

const person = z.object({
  name: z.string().min(1),
  /** Shown in the byline: readers judge an expert by where they work. */
  affiliation: z.string().min(1),
});

const anchor = z.string().refine(isValidAnchor, {
  message: 'must be lowercase letters and digits joined by single hyphens, e.g. "aims-and-tactics"',
});

const question = z.object({
  /** The permanent fragment for this question (`#anchor`); published links depend on it. */
  anchor,
  /** The question exactly as the body's `##` heading has it. */
  text: z.string().min(1),
  /**
   * Anchors this question was published under before a rename. Each stays an id on the page, so
   * links made with it keep working without JavaScript; the register of published anchors
   * (`published-addresses.json`) refuses a rename that drops one.
   */
  formerAnchors: z.array(anchor).optional(),
});

export const articleSchema = z
  .object({
    /** The title as first published; never shortened, since the licence forbids edits. */
    title: z.string().min(1),
    /** Our own one-paragraph summary, always shown as the site's words, never the authors'. */
    summary: z.string().min(40).max(400),
    authors: z.array(person).min(1),
    /** Date of first publication, by the original publisher. */
    published: z.coerce.date({ error: 'must be a date written YYYY-MM-DD, e.g. 2021-08-26' }),
    publisher: z.object({ name: z.string().min(1), url: z.url() }),
    license: z.object({
      name: z.string().min(1),
      shortName: z.string().min(1),
      url: z.url(),
    }),
    /** The original article's own address, when it can be verified. */
    originalUrl: z.url().optional(),
    /** The line above the title, when this article is not the kind of text the site's `kicker` (src/config.ts) names. */
    kicker: z.string().min(1).optional(),
    /** What the attribution says of the text, when not the site's `textNote` (src/config.ts): what, if anything, was changed. */
    textNote: z.string().min(1).optional(),
    questions: z.array(question).min(1),
    /**
     * Ids (file names, so addresses `/articles/<id>/`) this article was published under before a
     * rename. Each keeps a page that leads here and answers to every question's anchor, so links
     * made with the old address keep working; the register of published addresses refuses a
     * rename that drops one.
     */
    formerIds: z.array(anchor).optional(),
  })
  .superRefine((article, ctx) => {
    const ids = article.questions.flatMap((q) => [q.anchor, ...questionAliases(q)]);
    for (const anchor of duplicateAnchors(ids)) {
      ctx.addIssue({
        code: 'custom',
        path: ['questions'],
        message: `anchor "${anchor}" is used by more than one question`,
      });
    }
  });

export type ArticleData = z.infer<typeof articleSchema>;
export type Question = ArticleData['questions'][number];
