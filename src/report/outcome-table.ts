import type { OutcomeEvaluation } from '../indicators/outcome-eval.js';

/** A rate with three decimals; — where its denominator was 0. */
function rate(x: number | null): string {
  return x === null ? '—' : x.toFixed(3);
}

const thresholdNames = { red: 'level red', 'red-yellow': 'level red+yellow' } as const;

/**
 * The outcome evaluation as a plain-text table for the terminal (`opspor evaluate-outcomes`):
 * a summary line, the few-outcomes warning when it applies, one row per indicator and per level
 * threshold, and how to read it.
 */
export function formatOutcomeTable(e: OutcomeEvaluation): string {
  const base = e.baseRate === null ? '—' : `${(e.baseRate * 100).toFixed(1)} %`;
  const out = [
    `${e.evaluated} ads with an outcome evaluated (${e.concern} concern, ${e.noConcern} no concern; base rate ${base}); ` +
      `left out: ${e.notReached} not reached, ${e.unscored} without a stored result`,
  ];
  if (e.fewOutcomes)
    out.push(
      `FEW OUTCOMES: fewer than ${e.minOutcomes} ads have concern or no-concern. These figures describe a handful of cases and are not evidence.`,
    );
  const header = ['', 'fired+concern', 'fired+no', 'not+concern', 'not+no', 'precision', 'recall', 'lift'];
  const rows = [
    ...e.indicators.map((i) => ({ name: i.id, ...i })),
    ...e.levels.map((l) => ({ name: thresholdNames[l.threshold], ...l })),
  ].map((r) => [
    r.name,
    String(r.firedConcern),
    String(r.firedNoConcern),
    String(r.notFiredConcern),
    String(r.notFiredNoConcern),
    rate(r.precision),
    rate(r.recall),
    r.lift === null ? '—' : r.lift.toFixed(2),
  ]);
  const widths = header.map((h, col) => Math.max(h.length, ...rows.map((r) => r[col]?.length ?? 0)));
  const line = (cells: string[]): string =>
    cells
      .map((c, col) => (col === 0 ? c.padEnd(widths[col] ?? 0) : c.padStart(widths[col] ?? 0)))
      .join('  ')
      .trimEnd();
  out.push(
    '',
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    '',
    'precision: share of the ads where it fired that had concern; recall: share of the concern ads where it fired;',
    'lift: precision over the base rate. Low precision or a lift near 1 makes an indicator a candidate for a lower',
    'weight; small numbers prove nothing either way. Indicators are points of attention, never proof.',
  );
  return out.join('\n');
}
