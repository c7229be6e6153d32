// Honorifics, written once: the words before a surname that make it a person ("Mr. Bown"), with
// the gender they state and whether a name is shown without them. The sets and the pattern the
// rest of the engine uses are derived here.

export interface Honorific {
  /** Lower-case forms as tokens have them ("mr.", "mr"). */
  forms: readonly string[];
  gender?: 'male' | 'female';
  /**
   * Dropped from the front of a name when people are matched ("Mr. Bown" is "Bown"); written as
   * it stands in a name, with an optional full stop.
   */
  stripped?: string;
}

export const HONORIFIC_TABLE: readonly Honorific[] = [
  { forms: ['mr.', 'mr'], gender: 'male', stripped: 'Mr' },
  { forms: ['mrs.', 'mrs'], gender: 'female', stripped: 'Mrs' },
  { forms: ['ms.', 'ms'], gender: 'female', stripped: 'Ms' },
  { forms: ['miss'], gender: 'female' },
  { forms: ['dr.', 'dr'], stripped: 'Dr' },
  { forms: ['prof.'], stripped: 'Prof' },
  { forms: ['rev.'], stripped: 'Rev' },
  { forms: ['sen.'], stripped: 'Sen' },
  { forms: ['rep.'], stripped: 'Rep' },
  { forms: ['gov.'], stripped: 'Gov' },
  { forms: ['gen.'], stripped: 'Gen' },
  { forms: ['sir'], gender: 'male' },
  { forms: ['dame'], gender: 'female' },
  { forms: ['lord'], gender: 'male' },
  { forms: ['lady'], gender: 'female' },
];

/** Honorifics that stand before a surname ("Mr. Bown"), so the surname alone names the person. */
export const HONORIFICS: ReadonlySet<string> = new Set(HONORIFIC_TABLE.flatMap((honorific) => honorific.forms));

/** Honorific forms that state a gender: for mentions.ts's MALE_WORDS / FEMALE_WORDS to include. */
export const MALE_HONORIFICS: ReadonlySet<string> = new Set(HONORIFIC_TABLE.filter((h) => h.gender === 'male').flatMap((h) => h.forms));
export const FEMALE_HONORIFICS: ReadonlySet<string> = new Set(HONORIFIC_TABLE.filter((h) => h.gender === 'female').flatMap((h) => h.forms));

/**
 * An honorific at the start of a name, with the space after it ("Mr. ", "Sen "): what actors.ts
 * strips to compare names.
 */
export const NAME_HONORIFIC_PREFIX = new RegExp(`^(${HONORIFIC_TABLE.flatMap((h) => (h.stripped ? [`${h.stripped}\\.?`] : [])).join('|')})\\s+`);
