import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../shared/errors.js';
import type { AdInput } from '../../shared/types.js';
import type { SiteAdapter } from '../adapter.js';
import type { FixtureEntry } from './__fixtures__/regenerate.js';
import { getSiteAdapter, siteAdapters } from './index.js';

/**
 * The contract every site adapter keeps, run over pages saved from its site
 * (`__fixtures__/<adapter>/manifest.json`): determinism, schema, politeness.
 */

const here = dirname(fileURLToPath(import.meta.url));

function fixtures(adapter: SiteAdapter): { entry: FixtureEntry; html: string }[] {
  const dir = join(here, '__fixtures__', adapter.id);
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as FixtureEntry[];
  return manifest.map((entry) => ({ entry, html: readFileSync(join(dir, entry.file), 'utf8') }));
}

function isAbsoluteHttp(url: string): boolean {
  return /^https?:\/\/[^/]+/.test(url) && new URL(url).toString() === url;
}

function present(value: AdInput[keyof AdInput]): boolean {
  if (value === null || value === undefined) return false;
  if (Array.isArray(value)) return value.length > 0;
  return String(value).trim() !== '';
}

describe('site adapter registry', () => {
  it('lists unique ids in alphabetical order, each equal to its file name', () => {
    const ids = siteAdapters.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    for (const id of ids) expect(existsSync(join(here, `${id}.ts`))).toBe(true);
  });

  it('finds adapters by id and rejects unknown ids', () => {
    expect(getSiteAdapter('demo-classic').id).toBe('demo-classic');
    expect(() => getSiteAdapter('no-such-site')).toThrow(/unknown site adapter/);
  });
});

describe.each(siteAdapters.map((a) => [a.id, a] as const))('adapter %s', (_id, adapter) => {
  const pages = fixtures(adapter);

  it('is declared with sane data and politeness', () => {
    expect(isAbsoluteHttp(`${adapter.baseUrl}/`)).toBe(true);
    expect(adapter.startPaths.length).toBeGreaterThan(0);
    for (const p of adapter.startPaths) expect(p.startsWith('/')).toBe(true);
    expect(adapter.politeness.maxRequestsPerSecond).toBeLessThanOrEqual(1);
    expect(adapter.politeness.maxConcurrency).toBeLessThanOrEqual(4);
    expect(adapter.politeness.timeoutSecs).toBeGreaterThan(0);
    expect(adapter.requiredFields.length).toBeGreaterThan(0);
  });

  it('has saved list, detail and malformed pages', () => {
    const kinds = pages.map((p) => p.entry.kind);
    expect(kinds).toContain('list');
    expect(kinds).toContain('detail');
    expect(pages.some((p) => p.entry.malformed)).toBe(true);
  });

  it('parses every saved page deterministically', () => {
    for (const { entry, html } of pages) {
      const parse = (): unknown =>
        entry.kind === 'list'
          ? adapter.parseListPage(html, entry.url)
          : entry.kind === 'detail'
            ? adapter.parseDetailPage(html, entry.url)
            : adapter.parseReviewPage?.(html, entry.url);
      expect(parse()).toEqual(parse());
    }
  });

  it('reads list pages into absolute entry and pagination links, never robots-disallowed ones', () => {
    for (const { entry, html } of pages.filter((p) => p.entry.kind === 'list')) {
      const result = adapter.parseListPage(html, entry.url);
      expect(result.entries.length).toBeGreaterThan(0);
      for (const e of result.entries) {
        expect(e.siteAdId).toMatch(/\S/);
        expect(isAbsoluteHttp(e.url)).toBe(true);
        expect(e.url.startsWith(new URL(entry.url).origin)).toBe(true);
      }
      for (const n of result.next) {
        expect(isAbsoluteHttp(n)).toBe(true);
        expect(n).not.toMatch(/\/(admin|private)/);
      }
    }
  });

  it('reads good detail pages into ads with ids, absolute URLs and every required field', () => {
    for (const { entry, html } of pages.filter((p) => p.entry.kind === 'detail' && !p.entry.malformed)) {
      const { ads, reviewPages } = adapter.parseDetailPage(html, entry.url);
      expect(ads.length).toBeGreaterThan(0);
      for (const ad of ads) {
        expect(ad.site).toBe(adapter.id);
        expect(ad.id).toBe(`${adapter.id}:${ad.siteAdId}`);
        expect(isAbsoluteHttp(ad.url)).toBe(true);
        for (const u of ad.photoUrls) expect(isAbsoluteHttp(u)).toBe(true);
        for (const field of adapter.requiredFields)
          expect(present(ad[field]), `${ad.id} ${field}`).toBe(true);
      }
      for (const r of reviewPages ?? []) expect(isAbsoluteHttp(r.url)).toBe(true);
    }
  });

  it('reads review pages into reviews with ids and text', () => {
    for (const { entry, html } of pages.filter((p) => p.entry.kind === 'review')) {
      const { reviews } = adapter.parseReviewPage!(html, entry.url);
      expect(reviews.length).toBeGreaterThan(0);
      for (const r of reviews) {
        expect(r.id).toMatch(/\S/);
        expect(r.text).toMatch(/\S/);
      }
    }
  });

  it('survives malformed pages: partial ads or an InputError, never another error', () => {
    const broken = [
      ...pages.filter((p) => p.entry.malformed),
      {
        entry: { file: '', kind: 'detail' as const, url: `${adapter.baseUrl}/x` },
        html: '<html><body><p>nothing here',
      },
      { entry: { file: '', kind: 'detail' as const, url: `${adapter.baseUrl}/x` }, html: '' },
    ];
    for (const { entry, html } of broken) {
      try {
        const { ads } = adapter.parseDetailPage(html, entry.url);
        for (const ad of ads) expect(ad.id).toBe(`${adapter.id}:${ad.siteAdId}`);
      } catch (err) {
        expect(err).toBeInstanceOf(InputError);
      }
    }
    expect(adapter.parseListPage('<html><body>', `${adapter.baseUrl}/`).entries).toEqual([]);
    expect(() => adapter.parseListPage('<html></html>', 'not a url')).toThrow(InputError);
  });
});
