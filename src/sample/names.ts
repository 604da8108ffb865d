/**
 * Invented names only: people and companies are built from syllables, never taken from a list of
 * real names. Titles, skills and topics are generic vocabulary, not names of anyone.
 */
import type { Rng } from './random.ts';

const ONSETS = ['b', 'd', 'f', 'g', 'k', 'l', 'm', 'n', 'r', 's', 't', 'v', 'z', 'th', 'sh', 'qu', 'y', 'h'] as const;
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ou', 'ea'] as const;
const CODAS = ['', '', '', 'n', 'r', 'l', 's', 'th', 'm'] as const;

/**
 * Word starts we never generate: they are opportunity-lexicon stems (measure-contract §11) or
 * buzzwords, and a name starting with one would make a neutral message look like an offer.
 */
const FORBIDDEN_STARTS = [
  'role', 'position', 'opportunit', 'opening', 'vacanc', 'hiring', 'recruit', 'interview', 'job', 'contract',
  'freelance', 'consult', 'panel', 'podcast', 'collaborat', 'partner', 'advis', 'board', 'introduc', 'speak',
];

function syllable(rng: Rng): string {
  return rng.pick(ONSETS) + rng.pick(VOWELS) + rng.pick(CODAS);
}

function capital(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** One invented word of 2–3 syllables, capitalised, that starts with no lexicon stem. */
export function inventedWord(rng: Rng, minSyllables = 2, maxSyllables = 3): string {
  for (;;) {
    const n = rng.int(minSyllables, maxSyllables);
    let w = '';
    for (let i = 0; i < n; i++) w += syllable(rng);
    if (w.length < 3 || w.length > 11) continue;
    if (FORBIDDEN_STARTS.some((s) => w.startsWith(s))) continue;
    return capital(w);
  }
}

/** True when a word could have come from `inventedWord` (used by tests to check names are ours). */
export function isInventedWord(word: string): boolean {
  const re = new RegExp(`^(?:(?:${ONSETS.join('|')})(?:${VOWELS.join('|')})(?:${CODAS.filter(Boolean).join('|')})?){2,3}$`);
  return re.test(word.toLowerCase());
}

export interface InventedName {
  readonly first: string;
  readonly last: string;
}

/**
 * Hands out invented person names, each full name at most once per generator, so a name-only
 * mention (recommendations, 2018 messages) always resolves to exactly one person.
 */
export function createNameSource(rng: Rng): { person(): InventedName; company(): string; slugSuffix(): string } {
  const used = new Set<string>();
  const usedCompanies = new Set<string>();
  return {
    person() {
      for (;;) {
        const first = inventedWord(rng);
        const last = inventedWord(rng, 2, 3);
        const key = `${first} ${last}`.toLowerCase();
        if (used.has(key)) continue;
        used.add(key);
        return { first, last };
      }
    },
    company() {
      for (;;) {
        const c = `${inventedWord(rng)} ${rng.pick(COMPANY_SUFFIXES)}`;
        if (usedCompanies.has(c)) continue;
        usedCompanies.add(c);
        return c;
      }
    },
    slugSuffix() {
      let s = '';
      for (let i = 0; i < 9; i++) s += SLUG_CHARS.charAt(rng.int(0, SLUG_CHARS.length - 1));
      return s;
    },
  };
}

const SLUG_CHARS = '0123456789abcdefghijklmnopqrstuvwxyz';

export const COMPANY_SUFFIXES = ['Systems', 'Labs', 'Works', 'Group', 'Analytics', 'Logistics', 'Health', 'Studio', 'Foods', 'Energy', 'Software', 'Bank', 'Media'] as const;

const LEVELS = ['Senior', 'Junior', 'Lead', 'Principal', 'Associate', ''] as const;
const FIELDS = ['Product', 'Data', 'Software', 'Marketing', 'Sales', 'Operations', 'Finance', 'Design', 'Logistics', 'Research', 'Customer Success'] as const;
const ROLES = ['Manager', 'Engineer', 'Analyst', 'Designer', 'Specialist', 'Coordinator', 'Director', 'Officer'] as const;

/** A generic job title, e.g. "Senior Data Analyst" (no buzzwords, no lexicon stems). */
export function jobTitle(rng: Rng): string {
  return [rng.pick(LEVELS), rng.pick(FIELDS), rng.pick(ROLES)].filter(Boolean).join(' ');
}

export const SKILLS = [
  'Python', 'SQL', 'Data Analysis', 'Project Management', 'Public Speaking', 'Excel', 'Tableau', 'Negotiation',
  'User Research', 'Copywriting', 'Forecasting', 'Budgeting', 'Supply Chain', 'Customer Service', 'JavaScript',
  'Scrum', 'Product Roadmaps', 'Statistics', 'Figma', 'Salesforce',
] as const;

export const POST_TOPICS = [
  'our new onboarding flow', 'the quarterly results', 'a customer story from last week', 'the team offsite',
  'a course on negotiation', 'our spring product release', 'a talk on forecasting', 'the hackathon weekend',
  'a new dashboard for the sales team', 'our first office abroad',
] as const;

export const INDUSTRIES = ['Software Development', 'Logistics', 'Financial Services', 'Marketing Services', 'Hospitals and Health Care', 'Retail'] as const;

export const PLACES = ['Lisbon, Portugal', 'Leeds, England, United Kingdom', 'Austin, Texas, United States', 'Utrecht, Netherlands', 'Toronto, Ontario, Canada', 'Cork, Ireland'] as const;
