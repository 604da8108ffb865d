/**
 * The only place user-facing sentences about data problems live. Templates use {name} placeholders
 * filled from a diagnostic's params. Keep each message one sentence a person can act on.
 */
interface MessageTemplate {
  readonly message: string;
  readonly hint?: string;
}

const MESSAGES = {
  // archive
  'archive.unsafe-path': { message: 'entry name "{name}" points outside the archive and was refused', hint: 'the archive may have been tampered with' },
  'archive.too-large': { message: 'entry is larger than the {limit} limit and was not read', hint: 'raise the limit with --max-entry-size if you trust this archive' },
  'archive.ratio': { message: 'entry inflates more than {ratio}× its compressed size (a zip bomb pattern) and was stopped' },
  'archive.corrupt-entry': { message: 'entry could not be decompressed: {reason}' },
  'archive.symlink': { message: 'entry "{name}" is a symbolic link and was ignored' },
  'archive.encrypted': { message: 'entry "{name}" is encrypted and cannot be read' },
  'archive.duplicate': { message: 'entry "{name}" appears more than once; only the first was read' },
  'archive.special-file': { message: 'entry "{name}" is not a regular file ({type}) and was ignored' },
  'archive.overlap': { message: 'entry "{name}" shares its compressed bytes with another entry (an overlapping zip bomb pattern) and was ignored', hint: 'the archive may have been tampered with' },
  'archive.tar-damaged': { message: 'the tar archive is damaged after {count} entries: {reason}; the entries before it are still read' },
  // text and CSV
  'text.encoding': { message: 'file is {encoding}; read as such' },
  'text.invalid-utf8': { message: 'file contains bytes that are not valid UTF-8; they were replaced' },
  'text.invalid-utf8-elements': { message: '{count} element(s), the first at this row, contain bytes that are not valid UTF-8; they were read with the bytes replaced' },
  'csv.missing-header': { message: 'no header row with the expected columns ({expected}) was found', hint: 'is this the file LinkedIn exported, unedited?' },
  'csv.preamble': { message: 'skipped a {lines}-line note before the header' },
  'csv.malformed-row': { message: 'row could not be read: {reason}; it was skipped' },
  'csv.field-count': { message: 'row has {found} fields where the header has {expected}; extra or missing fields were tolerated' },
  'csv.giant-field': { message: 'a field longer than {limit} characters was cut' },
  'csv.header-variant': { message: 'header variant seen: {variant}' },
  // values
  'value.bad-date': { message: 'date "{value}" in column {column} is not in a known format; the row was kept without a date' },
  'value.missing': { message: 'required column {column} is empty; the row was skipped' },
  // importer-level
  'import.file-read': { message: 'read {count} records' },
  'import.file-ignored': { message: 'file is not used by flipside (it carries no signal for the measures)' },
  'import.owner-inferred': { message: 'your own name was inferred as "{name}" from {source}' },
  'import.owner-unknown': { message: 'could not tell which messages are yours; message direction is unknown', hint: 'include the profile file of the same export (LinkedIn: Profile.csv)' },
  'import.partial-history': { message: '{what} covers only {from} to {to}; older items are not in the export' },
  'import.no-timestamps': { message: '{what} carry no timestamps in this export; they are counted all-time only' },
  'import.nothing-usable': { message: 'nothing usable was found in this archive' },
  'import.draft-skipped': { message: 'a draft message (never sent) was skipped' },
  'import.hidden-connections': { message: '{count} connections have no name or profile link (hidden or closed profiles); they are counted as connections only' },
  'import.duplicate-file': { message: 'holds the same data as {other}, which was read instead; this file was skipped' },
  'import.duplicate-item': { message: 'item {id} was already read from another file of this export; this copy was skipped' },
  'import.part': { message: 'holds only messages, with nothing that names the app; read as part of the {platform} download {reason}' },
  'import.missing-part': { message: 'listed in {manifest} but not in this archive; its data is missing', hint: 'large X archives come as several zip files: give them all' },
  // json (later importers)
  'json.malformed': { message: 'JSON could not be parsed: {reason}' },
  'json.unexpected-shape': { message: 'JSON does not have the expected shape ({expected}); the file was skipped', hint: 'is this the file the platform exported, unedited?' },
  'json.bad-item': { message: 'item has no usable {field}; it was skipped' },
  // ActivityPub collections (Mastodon outbox.json, likes.json, bookmarks.json)
  'activitypub.unexpected': { message: 'file is not an ActivityPub {expected}; it was skipped', hint: 'is this the file Mastodon exported, unedited?' },
  'activitypub.total-mismatch': { message: 'the collection declares {declared} items but holds {found}; the items themselves were counted' },
  'activitypub.item-skipped': { message: 'item could not be used: {reason}; it was skipped' },
  'json.not-array': { message: 'file does not hold the list of items expected under this name; it was skipped', hint: 'is this the file the platform exported, unedited?' },
  'json.truncated': { message: 'file ends before its data is complete (a cut download or copy?); the {count} items before the cut were read' },
  // Bluesky repository CAR files
  'car.not-car': { message: 'file is not a Bluesky repository (CAR) file: {reason}; it was skipped', hint: 'export your repository again from Settings → Account → Export my data' },
  'car.truncated': { message: 'the repository file ends early or is damaged ({reason}); the {blocks} blocks before that point were read' },
  'car.no-commit': { message: 'the repository commit could not be read: {reason}; the file was skipped', hint: 'export your repository again from Settings → Account → Export my data' },
  'car.missing-block': { message: '{count} records or tree nodes the repository points to are not in the file; they are missing from the report' },
  'car.bad-node': { message: 'a node of the repository tree could not be read ({reason}); the records under it are missing' },
  'car.bad-record': { message: 'record {key} could not be used: {reason}; it was skipped' },
  'car.date-from-key': { message: 'createdAt "{value}" of record {key} is missing or implausible; the time was taken from the record key' },
} as const satisfies Record<string, MessageTemplate>;

export type MessageCode = keyof typeof MESSAGES;

/** Fills a message template; unknown placeholders are left visible so a missing param is noticed in review. */
export function messageFor(code: MessageCode, params: Readonly<Record<string, string | number>>): { message: string; hint?: string } {
  const t: MessageTemplate = MESSAGES[code];
  const fill = (s: string) => s.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
  return t.hint !== undefined ? { message: fill(t.message), hint: fill(t.hint) } : { message: fill(t.message) };
}

/** All codes, for tests that check every code has a sentence. */
export const messageCodes = Object.keys(MESSAGES) as MessageCode[];
