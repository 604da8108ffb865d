/** The persona registry: name → builder. */
import type { Rng } from '../random.ts';
import type { PersonaSpec } from '../spec.ts';
import { broadcaster } from './broadcaster.ts';
import { connector } from './connector.ts';
import { quietJobSeeker } from './quiet-job-seeker.ts';

export type PersonaBuilder = (rng: Rng, scale: number) => PersonaSpec;

export const personas: Readonly<Record<string, PersonaBuilder>> = {
  broadcaster,
  connector,
  'quiet-job-seeker': quietJobSeeker,
};

/** Persona names, the default (`broadcaster`) first. */
export const personaNames: readonly string[] = Object.keys(personas);
