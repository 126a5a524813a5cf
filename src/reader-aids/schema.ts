import { z } from 'astro/zod';

/** The kinds of name, in the order the index shows them, with their headings. */
export const NAME_KINDS = {
  place: 'Places',
  group: 'Groups',
  people: 'Peoples',
  institution: 'Institutions',
  person: 'Persons',
} as const;

const form = z.string().trim().min(1);

export const nameSchema = z.object({
  /** The name as the index shows it. */
  name: z.string().min(1),
  kind: z.enum(Object.keys(NAME_KINDS) as [keyof typeof NAME_KINDS, ...(keyof typeof NAME_KINDS)[]]),
  /**
   * The forms the articles themselves use, exactly (case counts). Each must appear in some
   * article: the build says so when the text no longer uses one.
   */
  inText: z.array(form).min(1),
  /** Other names and spellings readers search for, which the articles need not use. */
  aliases: z.array(form).default([]),
});

export const keyDateSchema = z.object({
  /** The article (its address, e.g. `what-is-isis-k`) whose text mentions the date. */
  article: z.string().min(1),
  /** The date in our words, as the timeline shows it, e.g. "Late 2019 to early 2020". */
  when: z.string().min(1),
  /** The same date, machine-readable, for `<time>` and for ordering: a year, year-month or full date. */
  datetime: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { message: 'must be YYYY, YYYY-MM or YYYY-MM-DD' }),
  /** What happened, in our words. */
  event: z.string().min(1),
  /** The words of the article that mention the date: the timeline links to where they are. */
  phrase: z.string().trim().min(1),
});

export type NameData = z.infer<typeof nameSchema>;
export type NameKind = NameData['kind'];
export type KeyDateData = z.infer<typeof keyDateSchema>;
