/**
 * Text banks for the personas. Neutral texts avoid every opportunity-lexicon stem (measure-contract
 * §11) and every buzzword (CODEBOOK T3.1), so planted counts depend only on which bank a text came from.
 */

/** Everyday 1:1 lines: no lexicon stem at a word start, no "@", no buzzword. */
export const NEUTRAL_LINES = [
  'Thanks for the notes from Tuesday, very useful.',
  'Are we still on for coffee next week?',
  'Sounds good, talk soon!',
  'I read the draft and left a few comments.',
  'Happy new year to you and the family!',
  'Congrats on the launch, well deserved.',
  'Did you get the slides I sent over?',
  'Let me check my calendar and get back to you.',
  'That workshop was great, thanks for the invite.',
  'Ha, same here. Monday it is.',
  'How did the move go? Settled in yet?',
  'Loved your write-up on the migration.',
  'Quick question about the spreadsheet you shared.',
  'Thursday afternoon works for me.',
  'Good to hear from you after so long!',
  'I owe you lunch for that one.',
  'Yes, send it over and I will take a look.',
  'Safe travels, and say hi to the team.',
  'Just saw the photos from the meetup, what a crowd.',
  'Thanks again, this saved me hours.',
] as const;

/** Inbound lines that are offers or asks: each matches the opportunity lexicon at a word start. */
export const OPPORTUNITY_LINES = [
  'We are hiring a {title} and your profile stood out to our team.',
  'Would you be open to a quick call about a role at {company}?',
  'I would love to have you speak at our meetup next month.',
  'Are you taking on freelance projects this spring?',
  'We have an opening on our data team at {company}, interested?',
  'Our podcast is looking for guests, would you join an episode?',
  'Could I introduce you to a founder I work with at {company}?',
  'I am a recruiter with {company} and think you would be a great fit.',
  'Would you consider an advisory seat at {company}?',
  'There is a contract for a {title} starting in May, any interest?',
] as const;

/** Template openers (CODEBOOK T3.2 formula lexicon) for the broadcaster's posts. */
export const TEMPLATE_OPENERS = [
  'Thrilled to announce',
  'Excited to share',
  'Happy to share',
  'Proud to announce',
  'Delighted to share',
  'Humbled to say',
] as const;

/** Plain post openers without a formula. */
export const PLAIN_OPENERS = ['A short note on', 'Some thoughts on', 'What I learned from', 'Notes from'] as const;

/** Comment bodies; some carry quotes (to exercise the backslash-escape quirk) and commas. */
export const COMMENT_LINES = [
  'Great point, thanks for writing this up.',
  'We tried the same thing and saw a similar result.',
  'Love this. The "small steps" framing is spot on.',
  'Congrats, well deserved!',
  'Agree, although the hard part is keeping it going.',
  'Thanks for sharing, bookmarking this one.',
  'This "quick win" took us three months, so I feel this.',
  'Curious how you measured it?',
] as const;

/**
 * CODEBOOK T3.1 lexicon B as word sequences (lower case), used only to check the filler words and
 * to list the buzzwords a persona plants. Hyphenated entries are avoided in generated text.
 */
export const BUZZWORD_LEXICON: readonly string[] = [
  'extensive experience', 'innovative', 'motivated', 'results oriented', 'dynamic', 'proven track record', 'team player',
  'fast paced', 'problem solver', 'entrepreneurial', 'responsible', 'strategic', 'creative', 'effective', 'patient',
  'expert', 'organizational', 'organisational', 'driven', 'analytical', 'specialized', 'specialised', 'specialize',
  'specialise', 'leadership', 'passionate', 'experienced', 'focused', 'certified', 'excellent', 'skilled',
  'multinational', 'track record', 'communication skills', 'wide range', 'problem solving', 'honour', 'honor',
];

/** Buzzwords the personas plant, each one lexicon entry (phrases count once). */
export const PLANTABLE_BUZZWORDS = [
  'passionate', 'innovative', 'strategic', 'dynamic', 'motivated', 'driven', 'creative', 'leadership', 'excellent',
  'focused', 'skilled', 'experienced', 'analytical', 'effective', 'multinational', 'entrepreneurial', 'team player',
  'extensive experience', 'communication skills', 'problem solving', 'wide range',
] as const;

/** Filler words with no buzzword among them: the non-matching tokens of planted profile text. */
export const FILLER_WORDS = [
  'i', 'build', 'tools', 'for', 'teams', 'that', 'work', 'with', 'people', 'across', 'the', 'company', 'and', 'care',
  'about', 'clear', 'writing', 'small', 'steps', 'shipping', 'useful', 'things', 'customers', 'data', 'products',
  'my', 'on', 'weekends', 'teach', 'kids', 'to', 'code', 'in', 'our', 'local', 'library', 'believe', 'good',
  'questions', 'matter', 'more', 'than', 'answers', 'a', 'of', 'we', 'help', 'make', 'better', 'every', 'day',
] as const;
