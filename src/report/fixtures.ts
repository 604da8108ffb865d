/**
 * A hand-built AuditResult for the report's tests: findings on both sides of all five tensions, every
 * chart kind, every result status, every evidence label, and hostile text planted in an item, a chart,
 * a diagnostic and a file name. For tests only; the names are invented.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { Finding, MeasureMeta, Reference } from '../measures/measure.ts';
import type { AuditResult } from '../pipeline/types.ts';

/** Sets `window.__xss` if it ever runs; the browser test checks it stayed undefined and shows as text. */
export const hostile = `<img src=x onerror="window.__xss=1;alert(1)"><script>window.__xss=2</script>`;
/** A second payload aimed at the stylesheet and at links. */
export const hostileStyle = `</style><svg onload="window.__xss=3"></svg> javascript:alert(4) \`\${x}\``;
/** A string that must never reach the page: it is only in a [U] reference. */
export const unverifiedMarker = 'UNVERIFIED-CLAIM-7d1f';

const day = 86_400_000;
/** 1 March 2026, 09:30 UTC. */
export const fixtureAsOf = Date.UTC(2026, 2, 1, 9, 30);

const refs = {
  v: { claim: 'Bridging social capital was mainly related to overall network size.', source: 'Burke, Marlow & Lento (2010)', evidence: 'V' },
  s: { claim: 'Job seekers in one survey averaged 99 LinkedIn connections.', source: 'Garg & Telang (2018)', evidence: 'S' },
  u: { claim: `${unverifiedMarker}: a figure nobody has checked.`, source: 'Memory (n.d.)', evidence: 'U' },
  d: { claim: 'A year is used because the outer active-network layer is defined by yearly contact.', source: 'flipside codebook', evidence: 'D' },
} as const satisfies Record<string, Reference>;

function meta(m: Partial<MeasureMeta> & Pick<MeasureMeta, 'id' | 'codebook' | 'tension' | 'side' | 'title' | 'unit'>): MeasureMeta {
  return {
    definition: `Computed for ${m.id} from the export files.`,
    window: '365 days before the export date',
    minimum: 'none',
    requires: [],
    platforms: ['linkedin'],
    references: [refs.v, refs.u],
    caveat: `what ${m.title.toLowerCase()} means for you`,
    question: `What would change if ${m.title.toLowerCase()} were different?`,
    ...m,
  };
}

const months = ['2025-03', '2025-04', '2025-05', '2025-06', '2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02'];
const days = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

const findings: Finding[] = [
  {
    meta: meta({ id: 'reach_network_size', codebook: 'T1.1', tension: 'reach-depth', side: 'reach', title: 'How many accounts you are connected to', unit: 'count', references: [refs.v, refs.s, refs.u], caveat: 'how many of these are relationships' }),
    result: {
      status: 'ok',
      value: 1234,
      byPlatform: { linkedin: 1234 },
      charts: [
        {
          kind: 'line',
          title: 'New connections per month',
          description: 'New connections per month over the last year, from 4 in March 2025 to 31 in February 2026.',
          rows: months.map((m, i) => ({ month: m, connections: [4, 6, 5, 9, 12, 8, 7, 15, 11, 18, 22, 31][i] ?? 0 })),
          x: 'month',
          y: 'connections',
          yTitle: 'new connections',
        },
      ],
    },
  },
  {
    meta: meta({ id: 'employer_concentration', codebook: 'T1.6', tension: 'reach-depth', side: 'reach', title: 'How many of your connections work in the same places', unit: 'proportion' }),
    result: {
      status: 'ok',
      value: 0.234,
      display: '289 of 1,234 at the top five employers',
      parts: { top_five: 289, withEmployer: 1100 },
      charts: [
        {
          kind: 'bar',
          title: 'Top employers among your connections',
          description: 'Connections per employer for the five most common employers; Northwind leads with 120.',
          rows: [
            { employer: 'Northwind Traders', n: 120 },
            { employer: 'Contoso Ltd', n: 71 },
            { employer: hostile, n: 44 },
            { employer: 'Fabrikam', n: 30 },
            { employer: 'Tailspin Toys', n: 24 },
          ],
          x: 'employer',
          y: 'n',
          xTitle: 'employer',
          yTitle: 'connections',
        },
      ],
    },
  },
  {
    meta: meta({ id: 'depth_reciprocal_ties_12m', codebook: 'T1.2', tension: 'reach-depth', side: 'depth', title: 'People you actually exchanged messages with this year', unit: 'count', references: [refs.s, refs.d] }),
    result: { status: 'ok', value: 18, parts: { reciprocal: 18, one_way: 42 } },
  },
  {
    meta: meta({ id: 'dormant_tie_pool', codebook: 'T1.5', tension: 'reach-depth', side: 'depth', title: 'Once-close contacts you have not talked to in three years', unit: 'count' }),
    result: {
      status: 'ok',
      value: 3,
      items: [
        { name: 'Avery Quinlan', last_message: '2021-04-02', messages: 37 },
        { name: hostile, last_message: '2020-11-19', messages: 21 },
        { name: 'Rowan Ebbets', last_message: hostileStyle, messages: 12 },
      ],
    },
  },
  {
    meta: meta({ id: 'followed_sources_load', codebook: 'T2.2', tension: 'access-overwhelm', side: 'access', title: 'How many sources you let into your feed', unit: 'count' }),
    result: { status: 'ok', value: 312 },
  },
  {
    meta: meta({ id: 'late_night_activity_share', codebook: 'T2.3', tension: 'access-overwhelm', side: 'overwhelmed', title: "How much of your activity happens when you'd normally sleep", unit: 'proportion', references: [refs.d] }),
    result: {
      status: 'ok',
      value: 0.061,
      notes: ['Hours are in Europe/London time, as you chose.'],
      charts: [
        {
          kind: 'heatmap',
          title: 'Activity by weekday and hour',
          description: 'Actions per weekday and hour; most activity falls on weekdays between 8:00 and 18:00, with 6% between 23:00 and 5:00.',
          rows: days.flatMap((d, di) => Array.from({ length: 24 }, (_, h) => ({ hour: h, day: d, actions: (h >= 8 && h < 18 ? 10 : 1) + ((di * 7 + h * 3) % 5) }))),
          x: 'hour',
          y: 'day',
          series: 'actions',
          xTitle: 'hour of day',
        },
      ],
    },
  },
  {
    meta: meta({ id: 'consumption_to_creation_ratio', codebook: 'T2.1', tension: 'access-overwhelm', side: 'overwhelmed', title: 'One-click traces versus things you wrote', unit: 'ratio' }),
    result: { status: 'ok', value: 7.456, parts: { one_click: 1491, composed: 200 } },
  },
  {
    meta: meta({ id: 'buzzword_density', codebook: 'T3.1', tension: 'creativity-conformation', side: 'conformation', title: 'Overused self-descriptors per 100 words', unit: 'per-100-words', references: [refs.u] }),
    result: { status: 'insufficient', reason: 'not enough data in this export: 40 words, needs at least 100', have: 40, need: 100 },
  },
  {
    meta: meta({ id: 'lexical_diversity_mtld', codebook: 'T3.4', tension: 'creativity-conformation', side: 'creativity', title: 'Range of vocabulary in your own posts', unit: 'tokens', requires: ['posts'] }),
    result: { status: 'not-available', reason: 'not available from these exports (needs posts)' },
  },
  {
    meta: meta({ id: 'recommendations_received', codebook: 'T4.1', tension: 'independence-impact', side: 'impact', title: 'Written recommendations others gave you', unit: 'count' }),
    result: { status: 'ok', value: 0 },
  },
  {
    meta: meta({ id: 'network_mobilisation', codebook: 'T4.3', tension: 'independence-impact', side: 'independence', title: 'How often you ask, and how often you reconnect', unit: 'per-30-days' }),
    result: { status: 'ok', value: 1.25, notes: ['Rates scaled per 30 days: the messages cover 140 days.'] },
  },
  {
    meta: meta({ id: 'giving_receiving_balance', codebook: 'T5.1', tension: 'collaboration-competition', side: 'collaboration', title: 'Endorsements and recommendations given versus received', unit: 'ratio' }),
    result: {
      status: 'ok',
      value: 0.5,
      charts: [
        {
          kind: 'mirrored-bar',
          title: 'Given and received',
          description: 'You gave 6 endorsements and received 14; you wrote 1 recommendation and received 0.',
          rows: [
            { kind: 'endorsements', direction: 'given', n: 6 },
            { kind: 'endorsements', direction: 'received', n: 14 },
            { kind: 'recommendations', direction: 'given', n: 1 },
            { kind: 'recommendations', direction: 'received', n: 0 },
          ],
          x: 'kind',
          y: 'n',
          series: 'direction',
        },
      ],
    },
  },
  {
    meta: meta({ id: 'connection_accumulation_bursts', codebook: 'T5.6', tension: 'collaboration-competition', side: 'competition', title: 'Collecting connections in batches', unit: 'proportion' }),
    result: {
      status: 'ok',
      value: 0.4,
      charts: [
        {
          kind: 'rings',
          title: 'Connections by batch size',
          description: 'Most connections arrived one at a time; 40% came in days with ten or more.',
          rows: [
            { batch: 'one a day', n: 600 },
            { batch: '2–9 a day', n: 140 },
            { batch: '10 or more a day', n: 494 },
          ],
          x: 'batch',
          y: 'n',
        },
      ],
    },
  },
];

const diagnostics: Diagnostic[] = [
  { code: 'csv.malformed-row', severity: 'warning', file: 'Connections.csv', row: 17, params: { reason: hostile } },
  { code: 'csv.malformed-row', severity: 'warning', file: 'Connections.csv', row: 230, params: { reason: 'unterminated quote' } },
  { code: 'csv.preamble', severity: 'info', file: 'Connections.csv', row: 1, params: { lines: 3 } },
  { code: 'import.no-timestamps', severity: 'info', params: { what: 'reactions' } },
];

/** The full fixture: five tensions, all statuses, hostile text. */
export const fixtureResult: AuditResult = {
  version: '0.1.0-test',
  asOf: fixtureAsOf,
  timeZone: 'Europe/London',
  archives: [
    { name: 'Basic_LinkedInDataExport_03-01-2026.zip', platform: 'linkedin', confidence: 0.98 },
    { name: `holiday-photos-${hostile}.zip`, confidence: 0 },
  ],
  platforms: ['linkedin'],
  findings,
  files: [
    { platform: 'linkedin', archive: 'Basic_LinkedInDataExport_03-01-2026.zip', file: 'Connections.csv', kind: 'connections', records: 1234, skipped: 2, variant: '2024 (7 columns)', encoding: 'utf-8' },
    { platform: 'linkedin', archive: 'Basic_LinkedInDataExport_03-01-2026.zip', file: 'messages.csv', kind: 'messages', records: 5210, skipped: 0, encoding: 'utf-16le' },
    { platform: 'linkedin', archive: 'Basic_LinkedInDataExport_03-01-2026.zip', file: `${hostile}.csv`, kind: 'other', records: 0, skipped: 0 },
  ],
  diagnostics,
  diagnosticCounts: { 'csv.malformed-row': 57, 'csv.preamble': 1, 'import.no-timestamps': 1 },
  ownerName: 'Sam Example',
};

/** A result with no findings, files or diagnostics: the report must still have its five sections. */
export const emptyResult: AuditResult = {
  version: '0.1.0-test',
  asOf: fixtureAsOf - 30 * day,
  timeZone: 'UTC',
  archives: [],
  platforms: [],
  findings: [],
  files: [],
  diagnostics: [],
  diagnosticCounts: {},
};
