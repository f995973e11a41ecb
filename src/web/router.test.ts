import { describe, expect, it } from 'vitest';
import { parseRoute } from './router.js';

describe('parseRoute', () => {
  it('opens Today on / and keeps old list links on / working', () => {
    expect(parseRoute('/', '')).toEqual({ page: 'today' });
    expect(parseRoute('/today', '')).toEqual({ page: 'today' });
    const old = parseRoute('/', '?level=red&city=Odense');
    expect(old.page).toBe('ads');
    expect(old.page === 'ads' && old.search.get('level')).toBe('red');
  });

  it('routes the list, statistics and ad pages', () => {
    const list = parseRoute('/ads', '?indicator=low-price');
    expect(list.page === 'ads' && list.search.get('indicator')).toBe('low-price');
    const stats = parseRoute('/stats', '?days=30');
    expect(stats.page === 'stats' && stats.search.get('days')).toBe('30');
    expect(parseRoute('/ads/12', '')).toEqual({ page: 'ad', id: 12 });
    expect(parseRoute('/evaluation', '')).toEqual({ page: 'evaluation' });
    expect(parseRoute('/nowhere', '')).toEqual({ page: 'not-found' });
  });
});
