import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clusterPhone, seedCluster, testClusterId } from '../server/cluster-fixtures.js';
import { createTestServer, testPassword, trickyText, type TestServer } from '../server/test-fixtures.js';

/**
 * Real-browser smoke test: the built dashboard, served by the real server on a seeded SQLite
 * store, driven through login → list → ad page → logout in Debian's chromium. Saves screenshots
 * for the docs. Skipped (visibly) where chromium is not installed.
 */
const chromiumPath = '/usr/bin/chromium';
const webSrc = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(webSrc, '../..');
const webRoot = join(repoRoot, 'dist/web');
const shots = join(repoRoot, 'docs/screenshots');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(path));
    else if (!entry.name.endsWith('.test.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds the dashboard unless dist/web is newer than every source file. */
async function ensureBuilt(): Promise<void> {
  const index = join(webRoot, 'index.html');
  if (existsSync(index) && statSync(index).mtimeMs > newestMtime(webSrc)) return;
  await build({ configFile: join(webSrc, 'vite.config.ts'), logLevel: 'warn' });
}

describe.skipIf(!existsSync(chromiumPath))('dashboard in a real browser (needs /usr/bin/chromium)', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let base: string;
  const consoleErrors: string[] = [];
  const dialogs: string[] = [];

  beforeAll(async () => {
    await ensureBuilt();
    server = await createTestServer({ webRoot });
    base = await server.app.listen({ port: 0, host: '127.0.0.1' });
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: [
        '--no-sandbox',
        '--headless',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    // A CSP violation or a script error shows up as a console error.
    page.on('console', (msg) => {
      if (msg.type() === 'error') consoleErrors.push(msg.text());
    });
    page.on('pageerror', (err) => consoleErrors.push(err.message));
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    mkdirSync(shots, { recursive: true });
  });

  afterAll(async () => {
    await browser.close().catch(() => undefined);
    await server.close();
  });

  it('logs in, lists ads, opens an ad with highlighted evidence, and logs out', async () => {
    await page.goto(base);
    await page.getByLabel('Brugernavn').fill('outreach');
    await page.getByLabel('Adgangskode').fill(testPassword);
    await page.screenshot({ path: join(shots, 'login.png') });
    await page.getByRole('button', { name: 'Log ind' }).click();

    const table = page.locator('table.ads');
    await table.waitFor();
    await expect.poll(() => table.locator('tbody tr').count()).toBe(2);
    expect(await page.getByTestId('current-user').textContent()).toContain('outreach');
    // site-b's last run was unhealthy: the list warns about it.
    expect(await page.getByRole('alert').textContent()).toContain('Site B');
    await page.screenshot({ path: join(shots, 'ads.png'), fullPage: true });

    await page.getByRole('link', { name: 'Ny i byen' }).click();
    await page.waitForURL(/\/ads\/\d+$/);
    const text = page.locator('.ad-text').nth(1);
    await text.waitFor();
    // Stranger-written text appears as text, markup and all, and runs no script.
    expect(await text.textContent()).toBe(trickyText);
    const marks = await text.locator('mark').allTextContents();
    expect(marks).toEqual(['Ny i byen', 'ung']);
    expect(await page.locator('[data-indicator="youth-emphasis"]').count()).toBe(1);
    expect(await page.locator('.photos img').count()).toBe(1);
    expect(await page.locator('.photos img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1);
    await page.screenshot({ path: join(shots, 'ad.png'), fullPage: true });

    await page.getByLabel('Ny note').fill('Besøgt, ingen svarede');
    await page.getByRole('button', { name: 'Gem note' }).click();
    await page.locator('.note-body', { hasText: 'Besøgt, ingen svarede' }).waitFor();

    await page.getByRole('link', { name: 'Crawl-status' }).click();
    await page.locator('table.health').waitFor();
    expect(await page.locator('table.health tbody tr').count()).toBe(2);
    expect(await page.locator('table.health').textContent()).toContain('list page had no ads');

    await page.getByLabel('Sprog').selectOption('en');
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.getByLabel('Username').waitFor();

    expect(dialogs).toEqual([]);
    expect(consoleErrors.filter((e) => !e.includes('401'))).toEqual([]);
  });

  it('finds a network by phone, shows its ads, links and graph, and links back from an ad', async () => {
    const cluster = await seedCluster(server.repo);
    page.setDefaultTimeout(10_000);
    // The first test left the language on English; this one reads the Danish words.
    await page.goto(base);
    await page.evaluate(() => {
      window.localStorage.setItem('opspor.lang', 'da');
    });
    await page.reload();
    await page.getByLabel('Brugernavn').fill('outreach');
    await page.getByLabel('Adgangskode').fill(testPassword);
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page.locator('table.ads').waitFor();

    // Any formatting of the number; one network matches, so the search jumps straight to it.
    await page.getByRole('searchbox', { name: 'Telefon eller e-mail' }).fill(`+45 ${clusterPhone.slice(3)}`);
    await page.getByRole('button', { name: 'Find netværk' }).click();
    await page.waitForURL(new RegExp(`/clusters/${testClusterId}$`));
    await page.locator('table.cluster-ads').waitFor();
    expect(await page.locator('table.cluster-ads tbody tr').count()).toBe(2);
    // Ad titles are text: the markup in the seeded title is shown, not parsed.
    expect(await page.locator('table.cluster-ads').textContent()).toContain('Sød <pige>');
    expect(await page.locator('table.cluster-timeline tbody tr').count()).toBe(2);
    const edges = await page.locator('.cluster-edges li').allTextContents();
    expect(edges).toHaveLength(2);
    expect(edges.join('\n')).toContain(`same phone ${clusterPhone}`);
    await page.locator('.cluster-graph canvas').first().waitFor();
    await page.screenshot({ path: join(shots, 'cluster.png'), fullPage: true });

    await page.goto(`${base}/ads/${cluster.second}`);
    await page.getByTestId('cluster-link').click();
    await page.waitForURL(new RegExp(`/clusters/${testClusterId}$`));
    await page.locator('table.cluster-ads').waitFor();

    expect(dialogs).toEqual([]);
    expect(consoleErrors.filter((e) => !e.includes('401'))).toEqual([]);
  });
});
