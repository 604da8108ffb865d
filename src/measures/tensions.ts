/** The essay's five tensions, each a pair of sides. Order here is the order in the report. */

export const tensions = [
  {
    id: 'reach-depth',
    /** What no export records about this tension (CODEBOOK §6): shown in "What this report cannot show". */
    unrecorded: 'Who among your contacts knows whom (no export holds ties between other people), mutual-connection counts, where your contacts live, and every conversation by e-mail, phone or in person.',
    title: 'Reach vs Depth',
    sides: ['reach', 'depth'],
    essay: 'Many connections across distance, versus few relationships with real depth.',
  },
  {
    id: 'access-overwhelm',
    /** What no export records about this tension (CODEBOOK §6): shown in "What this report cannot show". */
    unrecorded: 'Time spent reading and scrolling: no export logs what you looked at, only the traces you left (likes, follows, saves).',
    title: 'Access vs Overwhelmed',
    sides: ['access', 'overwhelmed'],
    essay: 'Free access to expert information, versus an overload that leaves no time to think critically.',
  },
  {
    id: 'creativity-conformation',
    /** What no export records about this tension (CODEBOOK §6): shown in "What this report cannot show". */
    unrecorded: 'How others perceive how you present yourself, and whether a tool or template wrote your words; flipside never guesses that.',
    title: 'Creativity vs Conformation',
    sides: ['creativity', 'conformation'],
    essay: 'Control over how you present yourself, versus everyone using the same tools and ending up alike.',
  },
  {
    id: 'independence-impact',
    /** What no export records about this tension (CODEBOOK §6): shown in "What this report cannot show". */
    unrecorded: 'Outcomes: offers, interviews, hires and pay are not in any export; only your own record of them can show impact.',
    title: 'Independence vs Impact',
    sides: ['independence', 'impact'],
    essay: 'Freedom to connect and share, versus little conversion into real career capital.',
  },
  {
    id: 'collaboration-competition',
    /** What no export records about this tension (CODEBOOK §6): shown in "What this report cannot show". */
    unrecorded: 'Who replied to, liked or shared your work: exports hold your own actions, rarely what others did towards you.',
    title: 'Collaboration vs Competition',
    sides: ['collaboration', 'competition'],
    essay: 'Working together and generosity, versus competing for attention and seeing people as assets.',
  },
] as const;

export type Tension = (typeof tensions)[number];
export type TensionId = Tension['id'];
export type Side = Tension['sides'][number];
