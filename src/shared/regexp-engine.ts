import v8 from 'node:v8';

/**
 * Compile each regular expression straight to machine code on its first use.
 *
 * By default V8 first runs a new regular expression in its bytecode interpreter and compiles it
 * to machine code only once it has run ("tier-up"). That saves memory for pages with many
 * one-off patterns, but the detectors are the opposite: a few hundred large alternations (the
 * catalogue's terms in several languages), each run on every ad. Interpreted, their first runs
 * are slow, and then they are compiled anyway. A fresh process that scores 1,000 new ads spent
 * ~1.6 s in preparation and detection with tier-up and ~1.1 s without (warm, both ~0.3 s; see
 * BENCHMARKS.md, session of 2026-11-30, eighth). The flag only changes when a pattern is
 * compiled, never what it matches. Called once by each entry point (the CLI, the benchmarks)
 * before any ad is read; worker threads share the process's flags.
 */
export function compileRegexpsEagerly(): void {
  v8.setFlagsFromString('--no-regexp-tier-up');
}
