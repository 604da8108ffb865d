import { describe, expect, it } from 'vitest';
import { emptyResult, fixtureResult, unverifiedMarker } from './fixtures.ts';
import { renderReportJson } from './json.ts';

const json = renderReportJson(fixtureResult);

describe('renderReportJson', () => {
  it('carries version, ISO export date, time zone, archives and files', () => {
    expect(json.version).toBe('0.1.0-test');
    expect(json.asOf).toBe('2026-03-01T09:30:00.000Z');
    expect(json.timeZone).toBe('Europe/London');
    expect(json.archives).toHaveLength(2);
    expect(json.files[0]).toMatchObject({ file: 'Connections.csv', records: 1234, skipped: 2 });
  });

  it('keys measures by id in report order, with value, parts and status', () => {
    expect(Object.keys(json.measures).slice(0, 4)).toEqual(['reach_network_size', 'employer_concentration', 'depth_reciprocal_ties_12m', 'dormant_tie_pool']);
    expect(json.measures['reach_network_size']).toEqual({
      codebook: 'T1.1',
      tension: 'reach-depth',
      side: 'reach',
      title: 'How many accounts you are connected to',
      unit: 'count',
      status: 'ok',
      value: 1234,
      byPlatform: { linkedin: 1234 },
    });
    expect(json.measures['depth_reciprocal_ties_12m']?.parts).toEqual({ reciprocal: 18, one_way: 42 });
  });

  it('gives null values and the reason for measures without a number', () => {
    expect(json.measures['lexical_diversity_mtld']).toMatchObject({ status: 'not-available', value: null, reason: 'not available from these exports (needs posts)' });
    expect(json.measures['buzzword_density']).toMatchObject({ status: 'insufficient', value: null, have: 40, need: 100 });
  });

  it('leaves out charts, items, references and the owner name', () => {
    const s = JSON.stringify(json);
    expect(JSON.stringify(json.measures)).not.toMatch(/"charts"|"items"|"references"|<svg/);
    expect(s).not.toContain('Sam Example');
    expect(s).not.toContain('Avery Quinlan');
    expect(s).not.toContain(unverifiedMarker);
  });

  it('groups diagnostic counts and keeps each kept diagnostic with its message', () => {
    expect(json.diagnostics.counts).toEqual({ 'csv.malformed-row': 57, 'csv.preamble': 1, 'import.no-timestamps': 1 });
    expect(json.diagnostics.items[1]).toEqual({ code: 'csv.malformed-row', severity: 'warning', file: 'Connections.csv', row: 230, message: 'row could not be read: unterminated quote; it was skipped' });
  });

  it('survives a JSON round trip unchanged, and turns non-finite numbers into null', () => {
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
    const inf = renderReportJson({ ...emptyResult, findings: [{ ...fixtureResult.findings[0]!, result: { status: 'ok', value: Number.POSITIVE_INFINITY, parts: { a: Number.NaN } } }] });
    expect(inf.measures['reach_network_size']).toMatchObject({ value: null, parts: { a: null } });
  });

  it('is empty but well-formed for an empty result', () => {
    const e = renderReportJson(emptyResult);
    expect(e.measures).toEqual({});
    expect(e.diagnostics).toEqual({ counts: {}, items: [] });
  });
});
