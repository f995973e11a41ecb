import type { AdReview, Evidence } from '../shared/types.js';
import type { AdSnapshot } from '../store/repository.js';

/** Evidence as a reader sees it: the words around the quote, the quote, and where it is. */
export type EvidenceSnippet =
  | { kind: 'text'; field: string; before: string; quote: string; after: string }
  | { kind: 'link'; reason: string | null; ads: string[] }
  | { kind: 'manual'; setBy: string; setAt: string; note: string | null };

/** Characters of context kept on each side of a quote: enough to read it, not the whole ad. */
const contextChars = 60;

/** The string an evidence path (`text`, `prices[1]`, `reviews[2].text`) points to, if any. */
export function fieldValue(snapshot: AdSnapshot, reviews: readonly AdReview[], field: string): string | null {
  const review = /^reviews\[(\d+)\]\.text$/.exec(field);
  if (review) return reviews[Number(review[1])]?.text ?? null;
  const item = /^(\w+)\[(\d+)\]$/.exec(field);
  const record = snapshot as unknown as Record<string, unknown>;
  if (item) {
    const list = record[item[1]!];
    const value = Array.isArray(list) ? (list[Number(item[2])] as unknown) : undefined;
    return typeof value === 'string' ? value : null;
  }
  const value = record[field];
  if (typeof value === 'string') return value;
  return typeof value === 'number' ? String(value) : null;
}

/** Cuts context at a word boundary and marks the cut with an ellipsis. */
function trimBefore(text: string): string {
  if (text.length <= contextChars) return text;
  const cut = text.slice(-contextChars);
  const space = cut.indexOf(' ');
  return `…${space >= 0 ? cut.slice(space + 1) : cut}`;
}

function trimAfter(text: string): string {
  if (text.length <= contextChars) return text;
  const cut = text.slice(0, contextChars);
  const space = cut.lastIndexOf(' ');
  return `${space > 0 ? cut.slice(0, space) : cut}…`;
}

/** One line of whitespace: ad text has line breaks that would break a report's layout. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/**
 * The readable form of one piece of evidence. Text evidence shows its quote with some context
 * from the ad's current field; when the field changed since scoring (offsets no longer match),
 * the stored quote is shown alone rather than a wrong context.
 */
export function evidenceSnippet(
  evidence: Evidence,
  snapshot: AdSnapshot,
  reviews: readonly AdReview[],
): EvidenceSnippet {
  if ('field' in evidence) {
    const value = fieldValue(snapshot, reviews, evidence.field);
    if (value !== null && value.slice(evidence.start, evidence.end) === evidence.quote) {
      return {
        kind: 'text',
        field: evidence.field,
        before: oneLine(trimBefore(value.slice(0, evidence.start))),
        quote: oneLine(evidence.quote),
        after: oneLine(trimAfter(value.slice(evidence.end))),
      };
    }
    return { kind: 'text', field: evidence.field, before: '', quote: oneLine(evidence.quote), after: '' };
  }
  if ('ads' in evidence) return { kind: 'link', reason: evidence.reason ?? null, ads: evidence.ads };
  return { kind: 'manual', setBy: evidence.setBy, setAt: evidence.setAt, note: evidence.note ?? null };
}

/** The list a whole-item text snippet quotes (`services` for `services[3]`), if it is one. */
function wholeListItem(snippet: EvidenceSnippet): string | null {
  if (snippet.kind !== 'text' || snippet.before !== '' || snippet.after !== '') return null;
  return /^(\w+)\[\d+\]$/.exec(snippet.field)?.[1] ?? null;
}

/**
 * Joins consecutive evidence that quotes whole items of one list (`services[0]` "Massage",
 * `services[1]` "GFE", …) into one line (`services`: "Massage, GFE, …"), so that a menu of 14
 * services is one line of the report instead of 14. Other evidence keeps its place and form.
 */
export function joinListItems(snippets: readonly EvidenceSnippet[]): EvidenceSnippet[] {
  const groups: { list: string | null; items: EvidenceSnippet[] }[] = [];
  for (const snippet of snippets) {
    const list = wholeListItem(snippet);
    const last = groups.at(-1);
    if (list !== null && last?.list === list) last.items.push(snippet);
    else groups.push({ list, items: [snippet] });
  }
  return groups.map(({ list, items }) =>
    list === null || items.length === 1
      ? items[0]!
      : {
          kind: 'text',
          field: list,
          before: '',
          quote: items.map((s) => (s.kind === 'text' ? s.quote : '')).join(', '),
          after: '',
        },
  );
}
