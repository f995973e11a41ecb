import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import sharp from 'sharp';
import { defineSiteAdapter, type SiteAdapter } from '../adapter.js';
import type {
  AdChange,
  AdRow,
  AdSnapshot,
  CrawlRun,
  CrawlRunStats,
  PhotoRow,
} from '../../store/repository.js';
import type { AdReview } from '../../shared/types.js';
import type { CrawlerRepository } from './handlers.js';

/**
 * Test helpers (used only by this folder's tests): a tiny ad site, its adapter, and an in-memory
 * implementation of the crawl part of the repository. The end-to-end tests use the real demo sites
 * and store; these keep the unit tests small and independent of them.
 */

export interface TinyAd {
  id: string;
  name: string;
  /** Changes the list fingerprint and the detail content. */
  version: number;
  photos: number;
  /** Reviews on its review page (default 1); clients add them without the ad changing. */
  reviews?: number;
}

export interface TinySite {
  baseUrl: string;
  ads: TinyAd[];
  /** Paths requested, in order. */
  hits: string[];
  /** Paths answering 429 once (with Retry-After: 0). */
  once429: Set<string>;
  robots: string;
  close(): Promise<void>;
}

const perPage = 2;

async function photo(seed: number): Promise<Buffer> {
  return sharp({
    create: { width: 16, height: 16, channels: 3, background: { r: seed * 40, g: 255 - seed * 30, b: 90 } },
  })
    .png()
    .toBuffer();
}

/** Starts the tiny site on an ephemeral port. */
export async function startTinySite(ads: TinyAd[]): Promise<TinySite> {
  const site: TinySite = {
    baseUrl: '',
    ads,
    hits: [],
    once429: new Set(),
    robots: 'User-agent: *\nDisallow: /private\n',
    close: async () => {},
  };
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', site.baseUrl);
    site.hits.push(url.pathname + url.search);
    const send = (status: number, body: string | Buffer, type = 'text/html; charset=utf-8'): void => {
      res.writeHead(status, { 'content-type': type });
      res.end(body);
    };
    if (site.once429.delete(url.pathname)) {
      res.writeHead(429, { 'retry-after': '0', 'content-type': 'text/plain' });
      res.end('slow down');
      return;
    }
    if (url.pathname === '/robots.txt') {
      send(200, site.robots, 'text/plain');
      return;
    }
    if (url.pathname === '/list') {
      const page = Number(url.searchParams.get('page') ?? '1');
      const slice = site.ads.slice((page - 1) * perPage, page * perPage);
      const items = slice.map(
        (a) => `<li data-id="${a.id}" data-fp="v${a.version}"><a href="/ad/${a.id}">${a.name}</a></li>`,
      );
      const next =
        page * perPage < site.ads.length ? `<a rel="next" href="/list?page=${page + 1}">next</a>` : '';
      // Page 1 also lists an ad whose detail page robots.txt disallows.
      if (page === 1) items.push('<li data-id="p1" data-fp="v1"><a href="/private/p1">P</a></li>');
      send(200, `<ul>${items.join('')}</ul>${next}`);
      return;
    }
    const ad = /^\/ad\/(\w+)$/.exec(url.pathname);
    const found = ad ? site.ads.find((a) => a.id === ad[1]) : undefined;
    if (found) {
      const imgs = Array.from(
        { length: found.photos },
        (_, i) => `<img src="/img/${found.id}-${i}.png">`,
      ).join('');
      send(
        200,
        `<h1>${found.name}</h1><p class="city">Odense</p><p class="v">${found.version}</p>${imgs}<a class="reviews" href="/reviews/${found.id}">r</a>`,
      );
      return;
    }
    const reviews = /^\/reviews\/(\w+)$/.exec(url.pathname);
    if (reviews) {
      const count = site.ads.find((a) => a.id === reviews[1])?.reviews ?? 1;
      send(
        200,
        Array.from(
          { length: count },
          (_, n) => `<div class="review" data-id="${reviews[1]}-r${n + 1}">fine</div>`,
        ).join(''),
      );
      return;
    }
    const img = /^\/img\/\w+-(\d+)\.png$/.exec(url.pathname);
    if (img) {
      send(200, await photo(Number(img[1])), 'image/png');
      return;
    }
    send(404, 'not found');
  };
  const server: Server = createServer((req, res) => {
    handle(req, res).catch(() => res.end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  site.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  site.close = () =>
    new Promise<void>((resolve) =>
      server.close(() => {
        resolve();
      }),
    );
  return site;
}

/** Adapter of the tiny site. */
export function tinyAdapter(baseUrl: string, id = 'tiny'): SiteAdapter {
  return defineSiteAdapter({
    id,
    name: 'Tiny test site',
    baseUrl,
    startPaths: ['/list'],
    render: 'html',
    politeness: { maxRequestsPerSecond: 1000, maxConcurrency: 2, maxRetries: 2, timeoutSecs: 5 },
    requiredFields: ['name', 'city'],
    parseListPage(html, url) {
      const entries = [...html.matchAll(/data-id="(\w+)" data-fp="(\w+)"><a href="([^"]+)"/g)].map((m) => ({
        siteAdId: m[1]!,
        fingerprint: m[2]!,
        url: new URL(m[3]!, url).href,
      }));
      const next = [...html.matchAll(/rel="next" href="([^"]+)"/g)].map((m) => new URL(m[1]!, url).href);
      return { entries, next };
    },
    parseDetailPage(html, url) {
      const siteAdId = /\/ad\/(\w+)/.exec(url)?.[1] ?? '';
      const name = /<h1>([^<]*)<\/h1>/.exec(html)?.[1] ?? null;
      const city = /class="city">([^<]*)</.exec(html)?.[1] ?? null;
      const text = /class="v">([^<]*)</.exec(html)?.[1] ?? null;
      const photoUrls = [...html.matchAll(/<img src="([^"]+)"/g)].map((m) => new URL(m[1]!, url).href);
      const reviewPages = [...html.matchAll(/class="reviews" href="([^"]+)"/g)].map((m) => ({
        siteAdId,
        url: new URL(m[1]!, url).href,
      }));
      return {
        ads: [{ id: `${id}:${siteAdId}`, site: id, siteAdId, url, name, city, text, photoUrls }],
        reviewPages,
      };
    },
    parseReviewPage(html) {
      const reviews = [...html.matchAll(/class="review" data-id="([\w-]+)">([^<]*)</g)].map((m) => ({
        id: m[1]!,
        text: m[2]!,
      }));
      return { reviews, next: [] };
    },
  });
}

interface MemAd {
  id: number;
  siteId: string;
  siteAdId: string;
  versions: AdSnapshot[];
  fingerprint: string | null;
  /** When the detail page was last read in full (see Repository.getDetailsReadAt). */
  detailsReadAt: string | null;
  goneAt: string | null;
  reviews: Map<string, AdReview>;
}

/** In-memory crawl repository with the same observable rules as the real store. */
export class MemoryCrawlRepo implements CrawlerRepository {
  ads = new Map<string, MemAd>();
  photos = new Map<string, PhotoRow>();
  runs: CrawlRun[] = [];
  listed = new Map<number, Set<string>>();

  private key(siteId: string, siteAdId: string): string {
    return `${siteId}:${siteAdId}`;
  }
  upsertSite(): Promise<void> {
    return Promise.resolve();
  }
  startOrResumeRun(siteId: string, at: string): Promise<{ run: CrawlRun; resumed: boolean }> {
    const running = this.runs.find((r) => r.siteId === siteId && r.status === 'running');
    if (running) return Promise.resolve({ run: running, resumed: true });
    const run: CrawlRun = {
      id: this.runs.length + 1,
      siteId,
      startedAt: at,
      finishedAt: null,
      status: 'running',
      stats: null,
      durationMs: null,
    };
    this.runs.push(run);
    return Promise.resolve({ run, resumed: false });
  }
  finishRun(runId: number, at: string, status: 'finished' | 'failed', stats: CrawlRunStats): Promise<void> {
    const run = this.runs.find((r) => r.id === runId);
    if (run) Object.assign(run, { finishedAt: at, status, stats });
    return Promise.resolve();
  }
  recordListed(runId: number, siteId: string, siteAdIds: string[]): Promise<void> {
    const set = this.listed.get(runId) ?? new Set<string>();
    for (const id of siteAdIds) set.add(this.key(siteId, id));
    this.listed.set(runId, set);
    return Promise.resolve();
  }
  getFingerprints(siteId: string, siteAdIds: string[]): Promise<Map<string, string | null>> {
    const out = new Map<string, string | null>();
    for (const id of siteAdIds) {
      const ad = this.ads.get(this.key(siteId, id));
      if (ad) out.set(id, ad.fingerprint);
    }
    return Promise.resolve(out);
  }
  getDetailsReadAt(siteId: string, siteAdIds: string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (const id of siteAdIds) {
      const at = this.ads.get(this.key(siteId, id))?.detailsReadAt;
      if (at) out.set(id, at);
    }
    return Promise.resolve(out);
  }
  setFingerprint(siteId: string, siteAdId: string, fingerprint: string | null): Promise<void> {
    const ad = this.ads.get(this.key(siteId, siteAdId));
    if (ad) ad.fingerprint = fingerprint;
    return Promise.resolve();
  }
  markUnlistedGone(runId: number, siteId: string, at: string): Promise<string[]> {
    const listed = this.listed.get(runId) ?? new Set<string>();
    const gone: string[] = [];
    for (const [key, ad] of this.ads) {
      if (ad.siteId === siteId && ad.goneAt === null && !listed.has(key)) {
        ad.goneAt = at;
        gone.push(key);
      }
    }
    return Promise.resolve(gone);
  }
  touchListed(runId: number): Promise<number> {
    let n = 0;
    for (const key of this.listed.get(runId) ?? []) {
      const ad = this.ads.get(key);
      if (ad?.goneAt) {
        ad.goneAt = null;
        n++;
      }
    }
    return Promise.resolve(n);
  }
  recordAd(input: {
    siteId: string;
    siteAdId: string;
    seenAt: string;
    snapshot: AdSnapshot;
    reviews?: AdReview[];
    fingerprint?: string | null;
  }): Promise<{ adId: number; change: AdChange }> {
    const recorded = this.recordVersion(input);
    const ad = this.ads.get(this.key(input.siteId, input.siteAdId))!;
    for (const r of input.reviews ?? []) ad.reviews.set(r.id, r);
    if (input.fingerprint !== undefined) {
      ad.fingerprint = input.fingerprint;
      ad.detailsReadAt = input.fingerprint === null ? null : input.seenAt;
    }
    return Promise.resolve(recorded);
  }
  private recordVersion(input: { siteId: string; siteAdId: string; snapshot: AdSnapshot }): {
    adId: number;
    change: AdChange;
  } {
    const key = this.key(input.siteId, input.siteAdId);
    const ad = this.ads.get(key);
    if (!ad) {
      const id = this.ads.size + 1;
      this.ads.set(key, {
        id,
        siteId: input.siteId,
        siteAdId: input.siteAdId,
        versions: [input.snapshot],
        fingerprint: null,
        detailsReadAt: null,
        goneAt: null,
        reviews: new Map(),
      });
      return { adId: id, change: 'new' };
    }
    const last = ad.versions.at(-1);
    if (JSON.stringify(last) === JSON.stringify(input.snapshot)) return { adId: ad.id, change: 'unchanged' };
    ad.versions.push(input.snapshot);
    return { adId: ad.id, change: 'changed' };
  }
  savePhoto(photo: PhotoRow): Promise<void> {
    this.photos.set(photo.sha256, photo);
    return Promise.resolve();
  }
  readonly photoUrls = new Map<string, { sha256: string; fetchedAt: string }>();
  knownPhotoUrls(
    siteId: string,
    urls: readonly string[],
  ): Promise<Map<string, { sha256: string; fetchedAt: string }>> {
    const out = new Map<string, { sha256: string; fetchedAt: string }>();
    for (const url of urls) {
      const known = this.photoUrls.get(`${siteId} ${url}`);
      if (known && this.photos.has(known.sha256)) out.set(url, known);
    }
    return Promise.resolve(out);
  }
  rememberPhotoUrl(siteId: string, url: string, sha256: string, at: string): Promise<void> {
    this.photoUrls.set(`${siteId} ${url}`, { sha256, fetchedAt: at });
    return Promise.resolve();
  }
  /** Only what the crawler reads of a stored ad: its current version. */
  getAdByKey(key: string): Promise<AdRow | null> {
    const ad = this.ads.get(key);
    const current = ad?.versions.at(-1);
    return Promise.resolve(ad && current ? ({ id: ad.id, key, current } as unknown as AdRow) : null);
  }
  hasPhoto(sha256: string): Promise<boolean> {
    return Promise.resolve(this.photos.has(sha256));
  }
  saveReviews(adId: number, reviews: AdReview[]): Promise<void> {
    const ad = [...this.ads.values()].find((a) => a.id === adId);
    for (const r of reviews) ad?.reviews.set(r.id, r);
    return Promise.resolve();
  }
}
