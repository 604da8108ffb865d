/**
 * Meta's 2023+ `label_values` lists (Facebook reactions [F5], newer Instagram likes [I3]):
 * `[{label:"Reaction",value}, {label:"Name",value}, {label:"URL",value}]`, labels localised.
 */
import { asObject, asString } from './read-json.ts';

/** Values by lower-case label (first wins); callers fall back to position or shape, as labels are localised. */
export function labelValues(item: Record<string, unknown>): Map<string, string> {
  const out = new Map<string, string>();
  const list = item['label_values'];
  if (!Array.isArray(list)) return out;
  for (const lv of list) {
    const o = asObject(lv);
    const label = asString(o?.['label']);
    const value = asString(o?.['value']) ?? asString(o?.['href']);
    if (label !== undefined && value !== undefined && !out.has(label.toLowerCase())) out.set(label.toLowerCase(), value);
  }
  return out;
}

/** The first http(s) URL among a label map's values (the `URL` label may be localised). */
export function firstUrl(values: Map<string, string>): string | undefined {
  const byLabel = values.get('url');
  if (byLabel !== undefined && /^https?:\/\//i.test(byLabel)) return byLabel;
  for (const v of values.values()) if (/^https?:\/\//i.test(v)) return v;
  return undefined;
}
