import { describe, expect, it } from 'vitest';
import type { AimFinding } from '../../pipeline/types.ts';
import { renderAims } from './aims.ts';

const aim = (over: Partial<AimFinding>): AimFinding => ({
  name: 'Move into UX research',
  targets: { organisations: ['Brightloom Labs'], roles: ['UX Researcher'], keywords: [] },
  ties: [],
  conversations: { threads: 0, messages: 0 },
  jobApplications: 0,
  opportunityMessages: 0,
  ...over,
});

describe('renderAims', () => {
  it('counts conversations, messages, applications and opportunity messages in words, one in the singular', () => {
    const one = renderAims([aim({ conversations: { threads: 1, messages: 1, last: '2026-01-05' }, jobApplications: 1, opportunityMessages: 1 })]).value;
    expect(one).toContain('1 conversation (1 message) touched this aim, the latest on 2026-01-05; 1 job application; 1 opportunity message in the last year.');
    const many = renderAims([aim({ conversations: { threads: 3, messages: 7 }, jobApplications: 0, opportunityMessages: 2 })]).value;
    expect(many).toContain('3 conversations (7 messages) touched this aim; 0 job applications; 2 opportunity messages in the last year.');
    expect(many).toContain('You have no tie at these organisations or in these roles in these exports.');
  });

  it('explains how to state aims when none were given', () => {
    expect(renderAims(undefined).value).toContain('--aims aims.yaml');
  });
});
