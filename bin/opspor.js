#!/usr/bin/env node
// Thin launcher: runs the TypeScript CLI through tsx so `npx opspor` works without a build step.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tsxCli = require.resolve('tsx/cli');
// The V8 option is given here, at start, and never set from code (see src/shared/regexp-engine.ts).
const nodeOptions = ['--no-regexp-tier-up'];
const r = spawnSync(
  process.execPath,
  [tsxCli, ...nodeOptions, join(root, 'src/cli/main.ts'), ...process.argv.slice(2)],
  {
    stdio: 'inherit',
  },
);
process.exit(r.status ?? 1);
