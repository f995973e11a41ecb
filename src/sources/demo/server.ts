import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ConfigError } from '../../shared/errors.js';
import { logger } from '../../shared/logger.js';
import { resolveFaults, type FaultAd, type FaultConfig } from './faults.js';
import { PhotoCache } from './photos.js';
import { Rng } from './prng.js';
import { routeClassic, routeClinics, type Reply, type SiteContext } from './server-routes.js';
import type { DemoWorld } from './world.js';

/**
 * Serves the demo world's current day as two sites, one origin (port) each so that each has its
 * own robots.txt. Politeness is enforced like a real site would: per-IP rate limit answered with
 * 429 and Retry-After, disallowed paths answered 403 and counted.
 */

export interface StartDemoSitesOptions {
  world: DemoWorld;
  host?: string;
  /** Port per site; 0 = ephemeral. Default 4101 (classic) and 4102 (clinics). */
  ports?: { classic?: number; clinics?: number };
  /** Faults to inject; default: the world's fault configuration. `false` turns all off. */
  faults?: Partial<FaultConfig> | false;
  /** Per client IP. Default 2 requests per second. */
  rateLimit?: { requestsPerSecond: number };
}

export interface SiteStats {
  requests: number;
  /** All 429 answers (rate limit and random). */
  tooManyRequests: number;
  robotsViolations: number;
  byStatus: Record<string, number>;
}

export interface DemoSitesStats extends SiteStats {
  sites: Record<string, SiteStats>;
}

export interface DemoSites {
  sites: { id: string; name: string; baseUrl: string }[];
  /** Ads behind faulty pages on the current day, for the faults in effect. */
  faultAds(): FaultAd[];
  stats(): DemoSitesStats;
  close(): Promise<void>;
}

const robotsTxt = 'User-agent: *\nDisallow: /admin\nDisallow: /private\nCrawl-delay: 1\n';

function emptyStats(): SiteStats {
  return { requests: 0, tooManyRequests: 0, robotsViolations: 0, byStatus: {} };
}

interface SiteDef {
  id: 'demo-classic' | 'demo-clinics';
  name: string;
  port: number;
  route: (ctx: SiteContext, path: string, query: URLSearchParams) => Reply;
}

/** Starts both demo sites; resolves when both listen. */
export async function startDemoSites(options: StartDemoSitesOptions): Promise<DemoSites> {
  const { world } = options;
  const host = options.host ?? '127.0.0.1';
  const faults = options.faults === undefined ? world.faults : resolveFaults(options.faults);
  const rps = options.rateLimit?.requestsPerSecond ?? 2;
  const photos = new PhotoCache(world.seed);
  const timers = new Set<NodeJS.Timeout>();
  const defs: SiteDef[] = [
    {
      id: 'demo-classic',
      name: 'Nattens Annoncer (demo)',
      port: options.ports?.classic ?? 4101,
      route: routeClassic,
    },
    {
      id: 'demo-clinics',
      name: 'Massage Guide DK (demo)',
      port: options.ports?.clinics ?? 4102,
      route: routeClinics,
    },
  ];
  const siteStats: Record<string, SiteStats> = {};
  const servers: Server[] = [];
  const sites: DemoSites['sites'] = [];

  for (const def of defs) {
    const stats = emptyStats();
    siteStats[def.id] = stats;
    const windows = new Map<string, { second: number; count: number }>();
    const random429 = new Rng(world.seed ^ (def.id === 'demo-classic' ? 0x1429 : 0x2429));
    const ctx: SiteContext = { world, faults, photos };

    const finish = (
      res: ServerResponse,
      status: number,
      headers: Record<string, string | number>,
      body: string | Buffer,
    ): void => {
      stats.byStatus[status] = (stats.byStatus[status] ?? 0) + 1;
      if (status === 429) stats.tooManyRequests++;
      res.writeHead(status, headers);
      res.end(body);
    };

    const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
      stats.requests++;
      const url = new URL(req.url ?? '/', 'http://demo.invalid');
      const path = url.pathname;
      const ip = req.socket.remoteAddress ?? 'unknown';
      const second = Math.floor(Date.now() / 1000);
      const w = windows.get(ip);
      if (w?.second === second) w.count++;
      else windows.set(ip, { second, count: 1 });
      const count = windows.get(ip)?.count ?? 1;
      if (
        count > rps ||
        (path !== '/robots.txt' && faults.enabled && random429.chance(faults.random429Rate))
      ) {
        finish(res, 429, { 'Retry-After': 1, 'Content-Type': 'text/plain' }, 'Too many requests\n');
        return;
      }
      if (path === '/robots.txt') {
        finish(res, 200, { 'Content-Type': 'text/plain; charset=utf-8' }, robotsTxt);
        return;
      }
      if (path.startsWith('/admin') || path.startsWith('/private')) {
        stats.robotsViolations++;
        finish(res, 403, { 'Content-Type': 'text/plain' }, 'Forbidden by robots.txt\n');
        return;
      }
      const photo = /^\/img\/(ph-\d+(?:-v\d+)?)\.jpg$/.exec(path);
      if (photo?.[1]) {
        const bytes = await photos.get(photo[1]);
        finish(
          res,
          200,
          { 'Content-Type': 'image/jpeg', 'Content-Length': bytes.length, 'Cache-Control': 'max-age=86400' },
          bytes,
        );
        return;
      }
      const reply = def.route(ctx, path, url.searchParams);
      const send = (): void => {
        finish(
          res,
          reply.status,
          { 'Content-Type': 'text/html; charset=utf-8', ...(reply.headers ?? {}) },
          reply.body,
        );
      };
      if (reply.delayMs) {
        const timer = setTimeout(() => {
          timers.delete(timer);
          send();
        }, reply.delayMs);
        timers.add(timer);
      } else send();
    };

    const server = createServer((req, res) => {
      handle(req, res).catch((err: unknown) => {
        logger.warn({ err, site: def.id }, 'demo site failed to answer');
        if (!res.headersSent) finish(res, 500, { 'Content-Type': 'text/plain' }, 'Internal error\n');
        else res.destroy();
      });
    });
    try {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(def.port, host, () => {
          server.off('error', reject);
          resolve();
        });
      });
    } catch (err) {
      // Do not leave the first site listening when the second cannot start (port taken).
      await Promise.all(
        servers.map(
          (s) =>
            new Promise<void>((resolve) =>
              s.close(() => {
                resolve();
              }),
            ),
        ),
      );
      throw new ConfigError(`demo site ${def.id} cannot listen on ${host}:${def.port}`, { cause: err });
    }
    servers.push(server);
    const port = (server.address() as AddressInfo).port;
    sites.push({
      id: def.id,
      name: def.name,
      baseUrl: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    });
  }

  return {
    sites,
    faultAds: () => world.groundTruth({ faults }).faultAds,
    stats: () => {
      const total: DemoSitesStats = { ...emptyStats(), sites: structuredClone(siteStats) };
      for (const s of Object.values(siteStats)) {
        total.requests += s.requests;
        total.tooManyRequests += s.tooManyRequests;
        total.robotsViolations += s.robotsViolations;
        for (const [k, v] of Object.entries(s.byStatus)) total.byStatus[k] = (total.byStatus[k] ?? 0) + v;
      }
      return total;
    },
    close: async () => {
      for (const t of timers) clearTimeout(t);
      timers.clear();
      await Promise.all(
        servers.map(
          (s) =>
            new Promise<void>((resolve) => {
              s.close(() => {
                resolve();
              });
              s.closeAllConnections();
            }),
        ),
      );
    },
  };
}
