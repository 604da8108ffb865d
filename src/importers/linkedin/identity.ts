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
  /** name key → URL ids seen with that name. */
  readonly #urlIdsByName = new Map<string, Set<string>>();
  readonly #pending: { event: Mutable<LedgerEvent>; refs: readonly PersonRef[] }[] = [];
  readonly #learnt = new Map<string, string>();
  readonly #ties: { tie: Mutable<Tie>; ref: PersonRef }[] = [];

  /** Records that `name` and `url` belong together (Connections, SENDER PROFILE URL, Public Url columns). */
  learn(ref: PersonRef): void {
    if (ref.url === undefined || ref.name === undefined || ref.name === '') return;
    // Message files repeat each sender's pair on every row: skip pairs already learnt.
    if (this.#learnt.get(ref.url) === ref.name) return;
    this.#learnt.set(ref.url, ref.name);
    const key = normaliseName(ref.name);
    let ids = this.#urlIdsByName.get(key);
    if (!ids) this.#urlIdsByName.set(key, (ids = new Set()));
    ids.add(urlPersonId(ref.url));
  }

  /** Adds a person record now (Connections), merging facts into any earlier record of that id. */
  add(ref: PersonRef, facts: PersonFacts = {}): void {
    this.learn(ref);
    const id = ref.url !== undefined ? urlPersonId(ref.url) : ref.name ? namePersonId(ref.name) : undefined;
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
    if (ids && ids.size === 1) return ids.values().next().value;
    return namePersonId(ref.name);
  }

  /** Resolves every queued event and returns all people, sorted by id. */
  finish(): Person[] {
    // People added by name before their URL became known fold into the URL record.
    for (const [id, p] of [...this.#people]) {
      if (!id.startsWith('linkedin:name:') || p.name === undefined) continue;
      const target = this.resolve({ name: p.name });
      if (target !== undefined && target !== id) {
        this.#people.delete(id);
        this.#record(target, { name: p.name }, p);
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
    return [...this.#people.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
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
