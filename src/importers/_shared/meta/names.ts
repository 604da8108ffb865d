/** Name keys for Meta person ids: Facebook and Instagram messages give display names only. */

/** NFC, trimmed, inner whitespace collapsed, lower-cased: "Thành  Nguyễn " and "thành nguyễn" are one key. */
export function nameKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/gu, ' ').toLowerCase();
}

/** Display form: NFC, trimmed, inner whitespace collapsed (case kept). */
export function displayName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/gu, ' ');
}
