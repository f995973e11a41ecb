/** A highlighted range of a text, with the labels of the indicators that point at it. */
export interface Highlight {
  start: number;
  end: number;
  labels: string[];
}

interface Segment {
  text: string;
  labels: string[];
}

/**
 * Cuts a text into plain and highlighted segments. Overlapping highlights merge their labels;
 * offsets outside the text are clamped, so a stale result never breaks the page.
 */
export function segmentText(text: string, highlights: Highlight[]): Segment[] {
  const valid = highlights
    .map((h) => ({
      start: Math.max(0, Math.min(h.start, text.length)),
      end: Math.max(0, Math.min(h.end, text.length)),
      labels: h.labels,
    }))
    .filter((h) => h.end > h.start);
  const cuts = new Set<number>([0, text.length]);
  for (const h of valid) {
    cuts.add(h.start);
    cuts.add(h.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const labels = [
      ...new Set(valid.filter((h) => h.start <= start && h.end >= end).flatMap((h) => h.labels)),
    ];
    segments.push({ text: text.slice(start, end), labels });
  }
  return segments;
}

/**
 * Ad text written by strangers, rendered as text nodes only (React escapes it), with evidence
 * spans in <mark>. Never HTML: no dangerouslySetInnerHTML anywhere in the dashboard.
 */
export function EvidenceText({ text, highlights }: { text: string; highlights: Highlight[] }) {
  const segments = segmentText(text, highlights);
  return (
    <p className="ad-text">
      {segments.map((s, i) =>
        s.labels.length > 0 ? (
          <mark key={i} title={s.labels.join(', ')}>
            {s.text}
          </mark>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </p>
  );
}
