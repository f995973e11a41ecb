import type { IndicatorDefinition, IndicatorExample } from './define.js';
import { indicators } from './index.js';

/**
 * Renders `docs/indicators.md` from the registry, so the documentation cannot drift from the code:
 * a test fails when the committed file differs (regenerate with `OPSPOR_UPDATE_DOCS=1 npx vitest
 * run src/indicators/docs.test.ts`).
 */

const kindNames: Record<IndicatorDefinition['kind'], string> = {
  text: 'ad text',
  review: 'reviews',
  'cross-ad': 'cross-ad',
  image: 'image (model or worker)',
  manual: 'manual (worker)',
};

function exampleLine(example: IndicatorExample, kind: IndicatorDefinition['kind']): string {
  // A cross-ad example is a group of ads: its note says what links them (one ad's text would not).
  if (kind === 'cross-ad' && example.note) return `- ${example.note.replace(/\|/g, '\\|')}`;
  const parts: string[] = [];
  if (example.title) parts.push(`title: “${example.title}”`);
  if (example.text) parts.push(`“${example.text}”`);
  if (example.services?.length) parts.push(`services: ${example.services.join(', ')}`);
  if (example.languages?.length) parts.push(`languages: ${example.languages.join(', ')}`);
  for (const review of example.reviews ?? []) if (review.text) parts.push(`review: “${review.text}”`);
  return `- ${parts.join(' · ').replace(/\n/g, ' ').replace(/\|/g, '\\|')}`;
}

function section(def: IndicatorDefinition): string {
  const lines = [
    `## \`${def.id}\` — ${def.labels.en}`,
    '',
    `*${def.labels.da}* · weight ${def.defaultWeight} · ${kindNames[def.kind]}` +
      (def.languages.length > 0 ? ` · languages: ${def.languages.join(', ')}` : ''),
    '',
    def.descriptions.en,
    '',
    `> ${def.descriptions.da}`,
  ];
  const { positive, negative } = def.examples;
  const line = (example: IndicatorExample): string => exampleLine(example, def.kind);
  if (positive.length > 0) lines.push('', 'Fires on:', '', ...positive.slice(0, 4).map(line));
  if (negative.length > 0) lines.push('', 'Does not fire on:', '', ...negative.slice(0, 4).map(line));
  return lines.join('\n');
}

/** The full markdown of `docs/indicators.md`. */
export function renderIndicatorDocs(list: readonly IndicatorDefinition[] = indicators): string {
  const table = [
    '| id | label (en) | label (da) | weight | decided by |',
    '|---|---|---|---|---|',
    ...list.map(
      (d) =>
        `| [\`${d.id}\`](#${d.id}) | ${d.labels.en} | ${d.labels.da} | ${d.defaultWeight} | ${kindNames[d.kind]} |`,
    ),
  ];
  return [
    '<!-- Generated from src/indicators by src/indicators/docs.ts. Do not edit by hand. -->',
    '',
    '# Indicators',
    '',
    'Each indicator is a point of attention, never proof. Every flag carries evidence: the text span,',
    'the linked ads, or the person or model that set it. Weights below are the defaults of',
    '`src/indicators/profiles/default.json`; the score of an ad is the sum of the weights of its fired',
    'indicators (red at 7 or more, yellow at 3 to 6, green below 3 by default).',
    '',
    ...table,
    '',
    ...list.map((d) => `${section(d)}\n`),
  ].join('\n');
}
