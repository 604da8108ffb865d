/** Writers for messages.csv (2022, 2024 layouts) and the 2018 Messages.csv. */
import { fullName, profileUrl, type PersonaSpec, type SpecMessage, type SpecPerson } from '../spec.ts';
import { isoUtc, usShort } from './dates.ts';
import { field, lines } from './csv.ts';

export type MessagesLayout = '2018' | '2022' | '2024';

const P_OPEN = '<p class="spinmail-quill-editor__spin-break">';
const P_BLANK = `${P_OPEN}<br></p>`;

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Quirk (2024-03 export): InMail and editor-composed messages arrive as HTML paragraphs
 * `<p class="spinmail-quill-editor__spin-break">…</p>` with `<br>` spacer paragraphs. Each line of
 * the plain text becomes one paragraph.
 */
export function editorHtml(text: string): string {
  return text
    .split('\n')
    .map((line) => `${P_OPEN}${escapeHtml(line)}</p>`)
    .join(P_BLANK);
}

/**
 * Quirk (2018 export): content is flattened to one line with HTML entities such as `&rsquo;` and
 * `&nbsp;` left in.
 */
function legacyContent(m: SpecMessage): string {
  const flat = m.content.split('\n').join(' ');
  return m.html ? flat.replace(/&/g, '&amp;').replace(/'/g, '&rsquo;') : flat;
}

/** Rows in the order LinkedIn writes them: threads by latest message (newest first), rows newest first. */
export function orderedThreads(messages: readonly SpecMessage[]): SpecMessage[] {
  const latest = new Map<string, number>();
  for (const m of messages) latest.set(m.conversationId, Math.max(latest.get(m.conversationId) ?? -Infinity, m.at));
  return messages.slice().sort((a, b) => {
    const la = latest.get(a.conversationId) as number;
    const lb = latest.get(b.conversationId) as number;
    if (la !== lb) return lb - la;
    if (a.conversationId !== b.conversationId) return a.conversationId < b.conversationId ? -1 : 1;
    return b.at - a.at;
  });
}

function names(people: readonly SpecPerson[]): string {
  // Several recipients are joined with ", " (seen in 2020–2026 exports); never split on commas.
  return people.map(fullName).join(', ');
}

function urls(people: readonly SpecPerson[]): string {
  // RECIPIENT PROFILE URLS joins several URLs with "," and no space.
  return people.map(profileUrl).join(',');
}

/** messages.csv text for the given layout; LF line ends, as in every real export. */
export function messagesCsv(spec: PersonaSpec, layout: MessagesLayout): string {
  const ordered = orderedThreads(spec.messages);
  const out: string[] = [];
  if (layout === '2018') {
    out.push('From,To,Date,Subject,Content,Direction,Folder');
    for (const m of ordered) {
      const outgoing = m.from === spec.owner;
      // 2018: minute resolution; an explicit Direction; sent messages sit in the SENT folder.
      out.push(
        [field(fullName(m.from)), field(names(m.to)), field(usShort(m.at)), field(m.subject), field(legacyContent(m)), outgoing ? 'OUTGOING' : 'INCOMING', outgoing ? 'SENT' : m.folder === 'ARCHIVE' ? 'ARCHIVED' : 'INBOX'].join(','),
      );
    }
    return lines(out, '\n');
  }
  out.push(
    layout === '2024'
      ? 'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER'
      : 'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,SUBJECT,CONTENT,FOLDER',
  );
  for (const m of ordered) {
    const content = m.html ? editorHtml(m.content) : m.content;
    const cells = [m.conversationId, field(m.title), field(fullName(m.from)), profileUrl(m.from), field(names(m.to))];
    if (layout === '2024') cells.push(field(urls(m.to)));
    cells.push(isoUtc(m.at), field(m.subject), field(content), m.folder);
    out.push(cells.join(','));
  }
  return lines(out, '\n');
}
