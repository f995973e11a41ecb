/**
 * `npm run bench`: runs every benchmark in its own process (so peak memory is per benchmark),
 * collects the JSON lines each prints, and writes BENCHMARKS.md with the machine, the command and
 * the figures against their targets. `npm run bench -- --quick` skips the million-ad runs.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { REGEXP_ENGINE_OPTION } from '../src/shared/regexp-engine.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const quick = process.argv.includes('--quick');

interface Bench {
  name: string;
  script: string;
  args: string[];
  target: string;
  /** Renders one printed JSON line as a table row. */
  row: (r: Record<string, number>) => string;
}

const benches: Bench[] = [
  {
    name: 'Crawl throughput (demo sites, rate limit lifted, medium world)',
    script: 'bench/crawl.ts',
    args: [],
    target: 'report only (pages/s; real sites are crawled at ≤ 1 request/s per site)',
    row: (r) =>
      `${r.pages} pages in ${r.seconds} s: **${r.pagesPerSecond} pages/s**, peak RSS ${r.peakRssMb} MB`,
  },
  {
    name: '`opspor analyze`, text indicators, generated corpus',
    script: 'bench/analyze.ts',
    args: quick ? ['--no-million'] : [],
    target: '≥ 20,000 ads/s, peak ≤ 500 MB; 1,000,000 ads with the same memory',
    row: (r) => `${r.ads} ads in ${r.seconds} s: **${r.adsPerSecond} ads/s**, peak RSS ${r.peakRssMb} MB`,
  },
  {
    name: 'Linking ads into networks (contacts, near-copy text, photos)',
    script: 'bench/network.ts',
    args: quick ? [] : ['--million'],
    target: '100,000 ads ≤ 30 s; 1,000,000 ≤ 5 min, peak ≤ 4 GB; +1,000 onto 1,000,000 ≤ 5 s',
    row: (r) =>
      r.store !== undefined
        ? `+${r.ads} ads onto a SQLite store of ${r.onto}: **${(Number(r.recordSeconds) + Number(r.seconds)).toFixed(2)} s** ` +
          `in all: recording them as \`opspor import\` does ${r.recordSeconds} s, then incremental \`scoreStore\` ` +
          `(link + re-score ${r.rescored} ads) ${r.seconds} s (CPU ${r.cpuSeconds} s); ` +
          `store built in ${r.buildSeconds} s, ${r.fileMb} MB`
        : r.onto !== undefined
          ? `+${r.ads} ads onto ${r.onto} in memory: **${r.seconds} s**`
          : `${r.ads} ads: **${r.seconds} s** (CPU ${r.cpuSeconds ?? '?'} s), peak RSS ${r.peakRssMb} MB`,
  },
  {
    name: 'Dashboard API and Today page, store with 100,000 ads',
    script: 'bench/dashboard.ts',
    args: quick ? ['--requests', '100'] : [],
    target: 'list and filter API p95 ≤ 100 ms, ad page API p95 ≤ 100 ms, Today page ready ≤ 1,500 ms',
    row: (r) =>
      r.p95Ms !== undefined
        ? `${String(r.scenario)}: **p95 ${r.p95Ms} ms** (p50 ${r.p50Ms} ms, max ${r.maxMs} ms, ${r.requests} requests)`
        : `${String(r.scenario)}: ${Object.entries(r)
            .filter(([k]) => k !== 'scenario')
            .map(([k, v]) => `${k} ${v}`)
            .join(', ')}`,
  },
];

function runBench(bench: Bench): Promise<{ lines: Record<string, number>[]; error: string | null }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['--expose-gc', REGEXP_ENGINE_OPTION, '--import', 'tsx', bench.script, ...bench.args],
      {
        cwd: root,
        stdio: ['ignore', 'pipe', 'inherit'],
        env: { ...process.env, OPSPOR_LOG_LEVEL: 'warn' },
      },
    );
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      process.stdout.write(d);
    });
    child.on('close', (code) => {
      const lines = out
        .split('\n')
        .filter((l) => l.trim().startsWith('{'))
        .flatMap((l) => {
          try {
            return [JSON.parse(l) as Record<string, number>];
          } catch {
            return [];
          }
        });
      resolve({ lines, error: code === 0 ? null : `exited with code ${code}` });
    });
  });
}

/** Hand-run full-size results (too long for every bench run), kept in bench/full-runs.md. */
function fullRuns(): string {
  const file = path.join(root, 'bench', 'full-runs.md');
  return existsSync(file) ? `\n${readFileSync(file, 'utf8')}` : '';
}

const started = new Date();
const sections: string[] = [];
for (const bench of benches) {
  console.log(`\n== ${bench.name}`);
  const { lines, error } = await runBench(bench);
  sections.push(
    `## ${bench.name}\n\nTarget: ${bench.target}\n\nCommand: \`npx tsx ${bench.script} ${bench.args.join(' ')}\`\n\n` +
      (lines.map((l) => `- ${bench.row(l)}`).join('\n') || '- no result') +
      (error ? `\n- **failed**: ${error}` : '') +
      '\n',
  );
}

const cpu = cpus();
const machine =
  `${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB RAM, ` +
  `Node.js ${process.version}, ${process.platform}/${process.arch}; load average at the end ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`;
writeFileSync(
  path.join(root, 'BENCHMARKS.md'),
  `# Benchmarks\n\nWritten by \`npm run bench${quick ? ' -- --quick' : ''}\` on ${started.toISOString()}.\n\n` +
    `Machine: ${machine}.\n\nSpeed and memory targets are met here, never in timed unit tests.\n\n${sections.join('\n')}` +
    fullRuns(),
);
console.log('\nwrote BENCHMARKS.md');
