/** Record keys as atproto TIDs: 53 bits of microseconds since 1970, 10 bits of clock id, base32-sortable. */

const S32 = '234567abcdefghijklmnopqrstuvwxyz';

/** The 13-character TID for a time in ms (+ extra microseconds) and a clock id. */
export function tidFor(ms: number, micros = 0, clockId = 0): string {
  let v = ((BigInt(ms) * 1000n + BigInt(micros)) << 10n) | BigInt(clockId & 1023);
  let s = '';
  for (let i = 0; i < 13; i++) {
    s = S32[Number(v & 31n)]! + s;
    v >>= 5n;
  }
  return s;
}
