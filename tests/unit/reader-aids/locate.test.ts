import { describe, expect, test } from 'vitest';
import { locateTerms, type Term } from '@/reader-aids/locate';

const section = (anchor: string, text: string) => ({ anchor, text });

/** Where each term was found, as `anchor: forms` lines, for readable expectations. */
function where(texts: Record<string, string>, terms: Term[]): Record<string, string[]> {
  const sections = Object.entries(texts).map(([anchor, text]) => section(anchor, text));
  const found = locateTerms(sections, terms);
  return Object.fromEntries(
    [...found].map(([id, locations]) => [id, locations.map((location) => `${location.section.anchor}: ${location.forms.join(' | ')}`)]),
  );
}

describe('locateTerms', () => {
  test('finds each term in every section that mentions it, in section order', () => {
    const found = where(
      { intro: 'Kabul was quiet.', one: 'Nothing here.', two: 'Back to Kabul, then Kabul again.' },
      [{ id: 'kabul', forms: ['Kabul'] }],
    );
    expect(found).toEqual({ kabul: ['intro: Kabul', 'two: Kabul'] });
  });

  test('leaves out a term found nowhere', () => {
    expect(where({ one: 'Kabul.' }, [{ id: 'herat', forms: ['Herat'] }])).toEqual({});
  });

  test('finds whole words only: not inside another word, but beside punctuation and hyphens', () => {
    const terms = [
      { id: 'sikh', forms: ['Sikh'] },
      { id: 'kabul', forms: ['Kabul'] },
      { id: 'afghanistan', forms: ['Afghanistan'] },
    ];
    expect(where({ one: 'Sikhism and Sikhs; Kabulis.' }, terms)).toEqual({});
    // Letters of any script, even one written with two code units, and digits join a word too.
    expect(where({ one: 'Kabulí, 𝐒Sikh, Sikh𝐒, Kabul2 and 3Afghanistan.' }, terms)).toEqual({});
    expect(where({ one: 'Sikh temples, Kabul’s airport, the Afghanistan-Pakistan border.' }, terms)).toEqual({
      sikh: ['one: Sikh'],
      kabul: ['one: Kabul'],
      afghanistan: ['one: Afghanistan'],
    });
  });

  test('keeps to the case of the form, so an acronym is not found in a common word', () => {
    const terms = [{ id: 'islamic-state', forms: ['IS'] }];
    expect(where({ one: 'What is it? This is.' }, terms)).toEqual({});
    // Nor at the end or in the middle of a longer acronym.
    expect(where({ one: 'ISIS, KISS and THIS.' }, terms)).toEqual({});
    expect(where({ one: 'IS claimed it.' }, terms)).toEqual({ 'islamic-state': ['one: IS'] });
  });

  test('finds a name of several words across any run of spaces or a line break', () => {
    expect(where({ one: 'the Tora\nBora area and Tora  Bora again' }, [{ id: 'tora-bora', forms: ['Tora Bora'] }])).toEqual({
      'tora-bora': ['one: Tora Bora'],
    });
  });

  test('reads the longest name at each place, so a name inside a longer one is not counted', () => {
    const terms = [
      { id: 'afghan-taliban', forms: ['Afghan Taliban', 'Taliban'] },
      { id: 'pakistani-taliban', forms: ['Pakistani Taliban'] },
      { id: 'islamic-state', forms: ['Islamic State', 'ISIS', 'IS'] },
      { id: 'is-k', forms: ['IS-K', 'ISIS-K', 'Islamic State Khorasan Province'] },
    ];
    expect(
      where(
        {
          founders: 'former members of the Pakistani Taliban',
          names: 'The Islamic State Khorasan Province, also ISIS-K and IS-K.',
          rivals: 'IS-K sees the Afghan Taliban as rivals; the Taliban disagree.',
        },
        terms,
      ),
    ).toEqual({
      'pakistani-taliban': ['founders: Pakistani Taliban'],
      'is-k': ['names: Islamic State Khorasan Province | ISIS-K | IS-K', 'rivals: IS-K'],
      'afghan-taliban': ['rivals: Afghan Taliban | Taliban'],
    });
  });

  test('takes a form’s characters literally', () => {
    const terms = [{ id: 'us', forms: ['U.S.'] }];
    expect(where({ one: 'UKS forces' }, terms)).toEqual({});
    expect(where({ one: 'U.S. forces' }, terms)).toEqual({ us: ['one: U.S.'] });
  });

  test('gives back the sections it was given, so callers keep their own details', () => {
    const sections = [{ anchor: 'threat', number: 5, text: 'Kabul' }];
    const [location] = locateTerms(sections, [{ id: 'kabul', forms: ['Kabul'] }]).get('kabul')!;
    expect(location!.section).toBe(sections[0]);
  });
});
