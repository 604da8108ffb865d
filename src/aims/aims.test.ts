import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { at, ctxOf, makeLedger, msg, ev, daysBefore } from '../measures/_lib/test-ledger.ts';
import { parseAims } from './aims-file.ts';
import { analyseAims } from './analyse.ts';
import { organisationMatcher, termMatcher } from './match.ts';

describe('parseAims', () => {
  it('reads the documented example', () => {
    const r = parseAims(readFileSync('examples/aims.yaml', 'utf8'));
    expect(r).toEqual({
      ok: true,
      aims: [
        {
          name: 'Move into UX research',
          organisations: ['Brightloom Labs'],
          roles: ['UX Researcher', 'User Researcher', 'Research Ops'],
          keywords: ['usability testing', 'interviews', 'UX research', 'user research'],
        },
        { name: 'Speak at a conference this year', organisations: [], roles: [], keywords: ['conference', 'talk', 'speaker', 'panel', 'call for papers'] },
      ],
    });
  });

  it('reads JSON too, and the American spelling "organizations"', () => {
    const r = parseAims('{"aims":[{"name":"A","organizations":["Acme"]}]}');
    expect(r.ok && r.aims[0]!.organisations).toEqual(['Acme']);
  });

  it.each([
    ['aims: [', 'not valid YAML or JSON'],
    ['goals: []', 'expected a top-level "aims:" list'],
    ['aims:\n  - roles: [x]', 'aim 1: "name" must be a non-empty text'],
    ['aims:\n  - name: Vague', 'aim 1 ("Vague"): give at least one organisation'],
    ['aims:\n  - name: X\n    roles: 3', 'aim 1 ("X"): "roles" must be a list of texts'],
  ])('explains what is wrong with %j', (text, problem) => {
    const r = parseAims(text);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problem).toContain(problem);
  });
});

describe('matchers', () => {
  it('match whole words and phrases, case-insensitively', () => {
    const m = termMatcher(['UX research', 'talk']);
    expect(m('Any ux  research openings?')).toBe(true);
    expect(m('we should talk')).toBe(true);
    expect(m('stalking')).toBe(false);
    expect(termMatcher([])('anything')).toBe(false);
  });
  it('match organisations ignoring legal suffixes and punctuation', () => {
    const m = organisationMatcher(['Brightloom Labs']);
    expect(m('Brightloom Labs Ltd.')).toBe(true);
    expect(m('brightloom labs')).toBe(true);
    expect(m('Brightloomer Labs')).toBe(false);
    expect(m(undefined)).toBe(false);
  });
});

describe('analyseAims', () => {
  const T = at('2026-03-01');
  const aim = { name: 'UX', organisations: ['Brightloom Labs'], roles: ['UX Researcher'], keywords: ['usability'] };

  it('ranks ties at the target organisation by tie strength and counts the conversations that touched the aim', () => {
    const ledger = makeLedger({
      connections: [
        { id: 'p:close', name: 'Close Colleague', organisation: 'Brightloom Labs', since: daysBefore(T, 2000) },
        { id: 'p:far', name: 'Far Acquaintance', organisation: 'Brightloom Labs Ltd', since: daysBefore(T, 400) },
        { id: 'p:other', name: 'Other Person', organisation: 'Elsewhere', since: daysBefore(T, 400) },
      ],
      events: [
        msg('out', 'p:close', daysBefore(T, 10), { conversationId: 'c1' }),
        msg('in', 'p:close', daysBefore(T, 9), { conversationId: 'c1', text: 'Brightloom is hiring a UX role, interested?' }),
        msg('out', 'p:other', daysBefore(T, 5), { conversationId: 'c2', text: 'any usability work at your place?' }),
        ev('job-application', 'out', daysBefore(T, 3), { organisation: 'Brightloom Labs', detail: 'UX Researcher' }),
        ev('job-application', 'out', daysBefore(T, 3), { organisation: 'Elsewhere', detail: 'Accountant' }),
      ],
    });
    const [f] = analyseAims(ledger, T, [aim]);
    expect(f!.ties.map((t) => t.name)).toEqual(['Close Colleague', 'Far Acquaintance']);
    expect(f!.ties[0]!.strength).toBeGreaterThan(f!.ties[1]!.strength);
    expect(f!.conversations).toEqual({ threads: 2, messages: 3, last: '2026-02-24' });
    expect(f!.jobApplications).toBe(1);
    expect(f!.opportunityMessages).toBe(1);
  });

  it('gives empty findings for an empty ledger', () => {
    expect(analyseAims(ctxOf(makeLedger()).ledger, T, [aim])).toEqual([
      { name: 'UX', targets: { organisations: ['Brightloom Labs'], roles: ['UX Researcher'], keywords: ['usability'] }, ties: [], conversations: { threads: 0, messages: 0 }, jobApplications: 0, opportunityMessages: 0 },
    ]);
  });
});
