/**
 * One id per human within one LinkedIn export (mapping contract "Person ids"): URL ids when a
 * profile URL is known; a name-only mention takes the URL id of the one person known by that name.
 * Mentions are collected while files are read and resolved at the end, so file order does not matter.
 */
import type { LedgerEvent, Person, Tie } from '../../model/types.ts';
import { namePersonId, normaliseName, urlPersonId } from './map.ts';

export type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** A mention of someone in a row: a display name, a normalised profile URL, or both. */
export interface PersonRef {
  readonly name?: string;
  readonly url?: string;
}

/** Fields a row can tell about a person besides name and URL. */
export interface PersonFacts {
  readonly organisation?: string;
  readonly role?: string;
  readonly email?: string;
}

export class Identity {
  readonly #people = new Map<string, Mutable<Person>>();
  /** name key → URL ids seen with that name: one id as a string (the common case), several as a Set. */
  readonly #urlIdsByName = new Map<string, string | Set<string>>();
  readonly #pending: { event: Mutable<LedgerEvent>; refs: readonly PersonRef[] }[] = [];
  readonly #learnt = new Map<string, string>();
  readonly #ties: { tie: Mutable<Tie>; ref: PersonRef }[] = [];

  /** Records that `name` and `url` belong together (Connections, SENDER PROFILE URL, Public Url columns). */
  learn(ref: PersonRef): void {
    if (ref.url !== undefined) this.#learn(ref.name, ref.url, undefined);
  }

  /** `learn` with the URL's person id when the caller already built it. */
  #learn(name: string | undefined, url: string, urlId: string | undefined): void {
    if (name === undefined || name === '') return;
    // Message files repeat each sender's pair on every row: skip pairs already learnt.
    if (this.#learnt.get(url) === name) return;
    this.#learnt.set(url, name);
    const key = normaliseName(name);
    const id = urlId ?? urlPersonId(url);
    const ids = this.#urlIdsByName.get(key);
    // Most names have one URL: a Set per name only when a second one turns up.
    if (ids === undefined) this.#urlIdsByName.set(key, id);
    else if (typeof ids === 'string') {
      if (ids !== id) this.#urlIdsByName.set(key, new Set([ids, id]));
    } else ids.add(id);
  }

  /** Adds a person record now (Connections), merging facts into any earlier record of that id. */
  add(ref: PersonRef, facts: PersonFacts = {}): void {
    const id = ref.url !== undefined ? urlPersonId(ref.url) : ref.name ? namePersonId(ref.name) : undefined;
    if (ref.url !== undefined) this.#learn(ref.name, ref.url, id!);
    if (id) this.#record(id, ref, facts);
  }

  /** A person known only by a row of their own (a connection who hid their name and profile). */
  addHidden(id: string): void {
    if (!this.#people.has(id)) this.#people.set(id, { id, platform: 'linkedin' });
  }

  /** Makes sure a Person exists for an id already resolved with `resolve(ref)`. */
  note(id: string, ref: PersonRef): void {
    this.#record(id, ref, {});
  }

  /** Queues an event whose personIds are filled in by `finish()`. */
  defer(event: Mutable<LedgerEvent>, refs: readonly PersonRef[]): void {
    if (refs.length > 0) this.#pending.push({ event, refs });
  }

  /** Queues a tie whose personId is settled by `finish()` (a name may later turn out to have a URL). */
  deferTie(tie: Mutable<Tie>, ref: PersonRef): void {
    this.#ties.push({ tie, ref });
  }

  /** The final id for a mention; only meaningful once every file has been read. */
  resolve(ref: PersonRef): string | undefined {
    if (ref.url !== undefined) return urlPersonId(ref.url);
    if (!ref.name) return undefined;
    const key = normaliseName(ref.name);
    const ids = this.#urlIdsByName.get(key);
    if (typeof ids === 'string') return ids;
    return namePersonId(ref.name);
  }

  /** Resolves every queued event and returns all people, sorted by id. */
  finish(): Person[] {
    // People added by name before their URL became known fold into the URL record.
    const byName: { id: string; name: string; p: Mutable<Person> }[] = [];
    for (const [id, p] of this.#people) if (p.name !== undefined && id.startsWith('linkedin:name:')) byName.push({ id, name: p.name, p });
    for (const { id, name, p } of byName) {
      const target = this.resolve({ name });
      if (target !== undefined && target !== id) {
        this.#people.delete(id);
        this.#record(target, { name }, p);
      }
    }
    for (const { tie, ref } of this.#ties) tie.personId = this.resolve(ref) ?? tie.personId;
    for (const { event, refs } of this.#pending) {
      const ids: string[] = [];
      for (const ref of refs) {
        const id = this.resolve(ref);
        if (id === undefined || ids.includes(id)) continue;
        ids.push(id);
        this.#record(id, ref, {});
      }
      if (ids.length > 0) event.personIds = ids;
    }
    // Ids are unique keys: sorting them with the default (code-unit) order and looking the people up
    // again avoids a JS comparator call per comparison.
    const ids = [...this.#people.keys()].sort();
    const out: Person[] = new Array(ids.length);
    for (let i = 0; i < ids.length; i++) out[i] = this.#people.get(ids[i]!)!;
    return out;
  }

  #record(id: string, ref: PersonRef, facts: PersonFacts): void {
    let p = this.#people.get(id);
    if (!p) this.#people.set(id, (p = { id, platform: 'linkedin' }));
    if (p.name === undefined && ref.name) p.name = ref.name;
    if (p.profileUrl === undefined && ref.url !== undefined) p.profileUrl = ref.url;
    if (p.organisation === undefined && facts.organisation !== undefined) p.organisation = facts.organisation;
    if (p.role === undefined && facts.role !== undefined) p.role = facts.role;
    if (p.email === undefined && facts.email !== undefined) p.email = facts.email;
  }
}
