import type { IndicatorExample } from '../indicators/define.js';

/**
 * A literal example of a cross-ad indicator: a small group of ads analysed together. The first
 * ad is the subject; the indicator must fire on it (positive) or not (negative).
 */
export interface ExampleGroup {
  note: string;
  ads: [IndicatorExample, ...IndicatorExample[]];
}

export interface ExampleGroups {
  positive: ExampleGroup[];
  negative: ExampleGroup[];
}

/** The subjects of the groups, as the `examples` of an indicator definition. */
export function subjectsOf(groups: ExampleGroups): {
  positive: IndicatorExample[];
  negative: IndicatorExample[];
} {
  const subject = (g: ExampleGroup): IndicatorExample => ({
    ...g.ads[0],
    note: `${g.note} (with ${g.ads.length - 1} other ad(s))`,
  });
  return { positive: groups.positive.map(subject), negative: groups.negative.map(subject) };
}
