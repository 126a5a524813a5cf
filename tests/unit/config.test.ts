import { expect, test } from 'vitest';
import { kickerOf, site, textNoteOf } from '@/config';

test('an article says what kind of text it is, and what was changed in it, in the site’s words unless its own', () => {
  expect([kickerOf({}), textNoteOf({})]).toEqual([site.kicker, site.textNote]);
  const own = { kicker: 'Conversation', textNote: 'Translated from the Portuguese by the editors.' };
  expect([kickerOf(own), textNoteOf(own)]).toEqual([own.kicker, own.textNote]);
});
