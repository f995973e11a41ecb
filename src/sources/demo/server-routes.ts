import { hugePagePath, pageFault, type FaultConfig, type FaultKind } from './faults.js';
import { esc, layout } from './html.js';
import type { PhotoCache } from './photos.js';
import {
  classicPageSize,
  renderClassicDetail,
  renderClassicList,
  renderClassicReviews,
} from './render-classic.js';
import { clinicsPageSize, renderClinicList, renderClinicPage, type ClinicEntry } from './render-clinics.js';
import type { DemoWorld } from './world.js';

/** Routing of the two demo sites: path → page of the world's current day. Pure apart from the cache. */

export interface SiteContext {
  world: DemoWorld;
  faults: FaultConfig;
  photos: PhotoCache;
  /** The oversized page of the current world version. */
  huge?: { version: number; path: string | null };
}

export interface Reply {
  status: number;
  body: string;
  headers?: Record<string, string>;
  /** Hang this long before answering (the slow-page fault). */
  delayMs?: number;
}

function notFound(what: string): Reply {
  return {
    status: 404,
    body: layout({
      lang: 'da',
      title: 'Ikke fundet',
      siteName: 'demo',
      home: '/',
      body: `<h1>Ikke fundet</h1><p>${esc(what)}</p>`,
      css: '',
    }),
  };
}

function redirect(to: string): Reply {
  return { status: 302, body: '', headers: { Location: to } };
}

function pageParam(query: URLSearchParams): number | null {
  const raw = query.get('page') ?? '1';
  const n = Number(raw);
  return Number.isInteger(n) && n >= 1 ? n : null;
}

function faultOf(ctx: SiteContext, path: string): FaultKind | null {
  if (!ctx.faults.enabled) return null;
  if (ctx.huge?.version !== ctx.world.version) {
    ctx.huge = {
      version: ctx.world.version,
      path: hugePagePath(ctx.world.seed, ctx.faults, ctx.world.activeAds('demo-classic')),
    };
  }
  return pageFault(ctx.world.seed, ctx.faults, path, ctx.huge.path);
}

function withFault(body: string, fault: FaultKind | null, ctx: SiteContext): Reply {
  return fault === 'slow' ? { status: 200, body, delayMs: ctx.faults.slowDelayMs } : { status: 200, body };
}

/** demo-classic: `/annoncer?page=N`, `/annonce/:id`, `/annonce/:id/anmeldelser`. */
export function routeClassic(ctx: SiteContext, path: string, query: URLSearchParams): Reply {
  if (path === '/') return redirect('/annoncer?page=1');
  if (path === '/annoncer') {
    const page = pageParam(query);
    const ads = ctx.world.activeAds('demo-classic');
    if (page === null || (page - 1) * classicPageSize >= Math.max(ads.length, 1))
      return notFound('Siden findes ikke.');
    return { status: 200, body: renderClassicList(ads, page) };
  }
  const m = /^\/annonce\/(\d+)(\/anmeldelser)?\/?$/.exec(path);
  if (m?.[1]) {
    const ad = ctx.world.getAd('demo-classic', m[1]);
    if (!ad) return notFound('Annoncen er fjernet.');
    if (m[2]) return { status: 200, body: renderClassicReviews(ad) };
    const fault = faultOf(ctx, `/annonce/${ad.siteAdId}`);
    return withFault(renderClassicDetail(ad, fault, ctx.faults.hugePageBytes), fault, ctx);
  }
  return notFound('Siden findes ikke.');
}

function clinicEntries(world: DemoWorld): ClinicEntry[] {
  return world.clinics().map((clinic) => ({ clinic, persons: world.clinicAds(clinic) }));
}

/** demo-clinics: `/clinics?page=N`, `/clinics?city=X`, `/clinic/:slug`. */
export function routeClinics(ctx: SiteContext, path: string, query: URLSearchParams): Reply {
  if (path === '/') return redirect('/clinics?page=1');
  if (path === '/clinics') {
    const entries = clinicEntries(ctx.world);
    const cities = [...new Set(entries.map((e) => e.clinic.city))].sort((a, b) => a.localeCompare(b, 'da'));
    const city = query.get('city');
    if (city !== null) {
      const inCity = entries.filter((e) => e.clinic.city === city);
      return inCity.length > 0
        ? { status: 200, body: renderClinicList(inCity, 1, cities, city) }
        : notFound('No clinics in this city.');
    }
    const page = pageParam(query);
    if (page === null || (page - 1) * clinicsPageSize >= Math.max(entries.length, 1))
      return notFound('No such page.');
    return { status: 200, body: renderClinicList(entries, page, cities, null) };
  }
  const m = /^\/clinic\/([a-z0-9-]+)\/?$/.exec(path);
  if (m?.[1]) {
    const clinic = ctx.world.getClinic(m[1]);
    if (!clinic) return notFound('This clinic is closed.');
    const fault = faultOf(ctx, `/clinic/${clinic.slug}`);
    return withFault(renderClinicPage(clinic, ctx.world.clinicAds(clinic), fault), fault, ctx);
  }
  return notFound('No such page.');
}
