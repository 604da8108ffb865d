/** Profile.csv, Profile Summary.csv, Positions.csv and Skills.csv → the one LinkedIn Profile. */
import type { Position } from '../../model/types.ts';
import type { CsvHeader } from '../_shared/csv.ts';
import { parseMonthYear } from '../_shared/dates.ts';
import type { Mutable } from './identity.ts';
import { displayName, joinName, parseWebsites } from './map.ts';
import { RAW } from './raw.ts';
import { cell, type CsvFileSpec, type RowHandler } from './read-file.ts';
import type { LinkedInRun } from './run.ts';

export const profileSpec: CsvFileSpec = { raw: RAW.profile, kind: 'profile' };
export const profileSummarySpec: CsvFileSpec = { raw: RAW.profileSummary, kind: 'profile' };
export const positionsSpec: CsvFileSpec = { raw: RAW.positions, kind: 'positions' };
export const skillsSpec: CsvFileSpec = { raw: RAW.skills, kind: 'profile' };

function text(v: string | undefined): string | undefined {
  const t = v?.trim();
  return t === undefined || t === '' ? undefined : t;
}

/** Profile.csv: name (the owner's, never a Person), headline, summary, industry, location, websites. */
export function profileReader(run: LinkedInRun): (h: CsvHeader, file: string) => RowHandler {
  return (h) => {
    const col = (n: string) => h.col(n);
    const [first, last, headline, summary, industry, geo, websites] = ['First Name', 'Last Name', 'Headline', 'Summary', 'Industry', 'Geo Location', 'Websites'].map(col) as [
      number, number, number, number, number, number, number,
    ];
    return ({ fields }) => {
      run.hasProfile = true;
      const p = run.profile;
      const name = joinName(cell(fields, first), cell(fields, last));
      if (name !== '' && p.name === undefined) {
        p.name = name;
        run.owner.profileName = name;
      }
      const set = (key: 'headline' | 'summary' | 'industry' | 'location', v: string | undefined) => {
        const t = text(v);
        if (t !== undefined && p[key] === undefined) p[key] = t;
      };
      set('headline', cell(fields, headline));
      set('summary', cell(fields, summary));
      set('industry', cell(fields, industry));
      set('location', cell(fields, geo));
      const w = cell(fields, websites);
      if (w !== undefined) p.websites = [...p.websites, ...parseWebsites(w)];
      return true;
    };
  };
}

/** Profile Summary.csv: used when Profile.csv's Summary is empty. */
export function profileSummaryReader(run: LinkedInRun): (h: CsvHeader, file: string) => RowHandler {
  return (h) => {
    const i = h.col('Profile Summary');
    return ({ fields }) => {
      run.hasProfile = true;
      const t = text(cell(fields, i));
      if (t !== undefined && run.profile.summary === undefined) run.profile.summary = t;
      return true;
    };
  };
}

/** Positions.csv: `Started On`/`Finished On` as `Jun 2018`; an empty Finished On means current. */
export function positionsReader(run: LinkedInRun): (h: CsvHeader, file: string) => RowHandler {
  return (h) => {
    const [company, title, description, location, started, finished] = ['Company Name', 'Title', 'Description', 'Location', 'Started On', 'Finished On'].map((n) =>
      h.col(n),
    ) as [number, number, number, number, number, number];
    const positions: Position[] = [];
    return ({ fields }) => {
      run.hasProfile = true;
      const pos: Mutable<Position> = { organisation: displayName(cell(fields, company) ?? ''), title: displayName(cell(fields, title) ?? '') };
      const d = text(cell(fields, description));
      if (d !== undefined) pos.description = d;
      const l = text(cell(fields, location));
      if (l !== undefined) pos.location = l;
      const s = parseMonthYear(cell(fields, started) ?? '');
      if (s !== undefined) pos.startedOn = s;
      const f = parseMonthYear(cell(fields, finished) ?? '');
      if (f !== undefined) pos.finishedOn = f;
      positions.push(pos);
      run.profile.positions = positions;
      return true;
    };
  };
}

/** Skills.csv: one skill name per row. */
export function skillsReader(run: LinkedInRun): (h: CsvHeader, file: string) => RowHandler {
  return (h) => {
    const i = h.col('Name');
    const skills: string[] = [];
    return ({ fields }) => {
      run.hasProfile = true;
      const s = text(cell(fields, i));
      if (s !== undefined) skills.push(s);
      run.profile.skills = skills;
      return true;
    };
  };
}
