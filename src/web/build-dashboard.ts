import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const configFile = join(dirname(fileURLToPath(import.meta.url)), 'vite.config.ts');

/**
 * Builds the dashboard into `dist/web` as `npm run build:web` does, from inside another process
 * (the browser tests, the dashboard benchmark). Vite and the React plugin take the production
 * build from NODE_ENV, which vitest sets to "test": a build from there shipped React's
 * development build, several times slower, whose StrictMode also ran every effect twice (Today
 * was fetched three times per visit). NODE_ENV is "production" for the build and restored after.
 */
export async function buildDashboard(): Promise<void> {
  const { build } = await import('vite');
  const before = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile, mode: 'production', logLevel: 'warn' });
  } finally {
    if (before === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = before;
  }
}
