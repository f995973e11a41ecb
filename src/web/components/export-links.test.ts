import { describe, expect, it } from 'vitest';
import { exportQuery as exportSchema, reportQuery } from '../../server/routes/exports/schema.js';
import { exportQuery } from './export-links.js';

describe('exportQuery', () => {
  it('keeps the list filters and drops paging, which the export refuses', () => {
    const search = new URLSearchParams('level=red&city=K%C3%B8benhavn&offset=50&limit=25&sort=firstSeen');
    const query = exportQuery(search);
    expect(query).toBe('?level=red&city=K%C3%B8benhavn&sort=firstSeen');
    expect(exportSchema.safeParse(Object.fromEntries(new URLSearchParams(query))).success).toBe(true);
  });

  it('adds the report options and is empty for no filter', () => {
    expect(exportQuery(new URLSearchParams(), {})).toBe('');
    const query = exportQuery(new URLSearchParams('q=ny'), { lang: 'en', top: '25' });
    expect(query).toBe('?q=ny&lang=en&top=25');
    expect(reportQuery.safeParse(Object.fromEntries(new URLSearchParams(query))).success).toBe(true);
  });
});
