/** The essay's five tensions, each a pair of sides. Order here is the order in the report. */

export const tensions = [
  {
    id: 'reach-depth',
    title: 'Reach vs Depth',
    sides: ['reach', 'depth'],
    essay: 'Many connections across distance, versus few relationships with real depth.',
  },
  {
    id: 'access-overwhelm',
    title: 'Access vs Overwhelmed',
    sides: ['access', 'overwhelmed'],
    essay: 'Free access to expert information, versus an overload that leaves no time to think critically.',
  },
  {
    id: 'creativity-conformation',
    title: 'Creativity vs Conformation',
    sides: ['creativity', 'conformation'],
    essay: 'Control over how you present yourself, versus everyone using the same tools and ending up alike.',
  },
  {
    id: 'independence-impact',
    title: 'Independence vs Impact',
    sides: ['independence', 'impact'],
    essay: 'Freedom to connect and share, versus little conversion into real career capital.',
  },
  {
    id: 'collaboration-competition',
    title: 'Collaboration vs Competition',
    sides: ['collaboration', 'competition'],
    essay: 'Working together and generosity, versus competing for attention and seeing people as assets.',
  },
] as const;

export type Tension = (typeof tensions)[number];
export type TensionId = Tension['id'];
export type Side = Tension['sides'][number];
