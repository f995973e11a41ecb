import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderIndicatorDocs } from './docs.js';
import { indicators } from './index.js';

const docsPath = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'docs',
  'indicators.md',
);

describe('docs/indicators.md', () => {
  it('mentions every registered indicator', () => {
    const md = renderIndicatorDocs();
    for (const def of indicators) expect(md).toContain(`## \`${def.id}\``);
  });

  it('equals the generated file (run with OPSPOR_UPDATE_DOCS=1 to regenerate)', () => {
    const generated = renderIndicatorDocs();
    if (process.env.OPSPOR_UPDATE_DOCS === '1') writeFileSync(docsPath, generated);
    expect(existsSync(docsPath), 'docs/indicators.md is missing: run with OPSPOR_UPDATE_DOCS=1').toBe(true);
    expect(readFileSync(docsPath, 'utf8')).toBe(generated);
  });
});
