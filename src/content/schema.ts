import { z } from 'astro/zod';
import { isPageId, PAGE_IDS } from '@/shared/page-ids';
import { duplicateAnchors, isValidAnchor, questionAliases } from './anchors';

/** A field's message: "is missing" when it is absent, what it must be otherwise. */
const mustBe = (what: string) => (issue: { input?: unknown }) => (issue.input === undefined ? 'is missing' : what);

const text = z.string({ error: mustBe('must be text') }).min(1, 'must not be empty');
const address = z.url({ error: mustBe('must be a full address, starting with https://') });

/** Today, as the date written in frontmatter: a build on any day knows which dates have passed. */
const today = () => new Date().toISOString().slice(0, 10);

/** Whether a YYYY-MM-DD names a day that exists: JavaScript's dates roll 2024-02-30 over to 1 March. */
function isCalendarDay(day: string): boolean {
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(day);
}

/**
 * A day of the calendar written YYYY-MM-DD, read as the frontmatter has it (the loader keeps it as
 * text, so 2024-02-30 is refused rather than read as 1 March) and given as that day's midnight UTC.
 */
const pastDate = z
  .string({ error: mustBe('must be a date written YYYY-MM-DD, e.g. 2021-08-26') })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date written YYYY-MM-DD, e.g. 2021-08-26', abort: true })
  .refine(isCalendarDay, { error: 'is not a day of the calendar: check the month and the day', abort: true })
  .refine((day) => day <= today(), 'is in the future: the date of first publication is one that has passed')
  .transform((day) => new Date(`${day}T00:00:00Z`));

const person = z.object(
  {
  name: text,
  /** Shown in the byline: readers judge an expert by where they work. */
  affiliation: text,
  },
  { error: mustBe('must be an author with name and affiliation') },
);

const anchor = z
  .string({ error: mustBe('must be text') })
  .refine(isValidAnchor, 'must be lowercase letters and digits joined by single hyphens, e.g. "aims-and-tactics"')
  .refine(
    (id) => !isPageId(id),
    `is an id the article’s page already uses for a part of its own (${Object.values(PAGE_IDS).join(', ')}, and ids starting cite- or header-search-): choose another`,
  );

const question = z.object({
  /** The permanent fragment for this question (`#anchor`); published links depend on it. */
  anchor,
  /** The question exactly as the body's `##` heading has it. */
  text,
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
    title: text,
    /** Our own one-paragraph summary, always shown as the site's words, never the authors'. */
    summary: z
      .string({ error: mustBe('must be text') })
      .min(40, 'is too short: one paragraph of 40 to 400 characters')
      .max(400, 'is too long: one paragraph of 40 to 400 characters'),
    authors: z.array(person, { error: mustBe('must be a list of authors, each with name and affiliation') }).min(1, 'must list at least one author'),
    /** Date of first publication, by the original publisher: a real day, not in the future. */
    published: pastDate,
    publisher: z.object({ name: text, url: address }, { error: mustBe('must be the publisher’s name and url') }),
    license: z.object({ name: text, shortName: text, url: address }, { error: mustBe('must be the licence’s name, shortName and url') }),
    /** The original article's own address, when it can be verified. */
    originalUrl: address.optional(),
    /** The line above the title, when this article is not the kind of text the site's `kicker` (src/config.ts) names. */
    kicker: z.string().min(1).optional(),
    /** What the attribution says of the text, when not the site's `textNote` (src/config.ts): what, if anything, was changed. */
    textNote: z.string().min(1).optional(),
    questions: z.array(question, { error: mustBe('must be a list of questions, each with anchor and text') }).min(1, 'must list at least one question'),
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
