/**
 * The V8 option that compiles each regular expression straight to machine code on its first use.
 *
 * By default V8 first runs a new regular expression in its bytecode interpreter and compiles it
 * to machine code only once it has run ("tier-up"). That saves memory for pages with many
 * one-off patterns, but the detectors are the opposite: a few hundred large alternations (the
 * catalogue's terms in several languages), each run on every ad. Interpreted, their first runs
 * are slow, and then they are compiled anyway. A fresh process that scores 1,000 new ads spent
 * ~1.6 s in preparation and detection with tier-up and ~1.1 s without (warm, both ~0.3 s; see
 * BENCHMARKS.md, session of 2026-11-30, eighth). The option only changes when a pattern is
 * compiled, never what it matches.
 *
 * It is given on the `node` command line by every launcher (bin/opspor.js, the package scripts,
 * bench/run.ts), never set from code: `v8.setFlagsFromString` while another thread runs a
 * regular expression (tsx's module-hook thread, the analyze workers) crashes the process with
 * SIGSEGV. It did once in CI and in 5 of some 90 scratch runs; a reproduction with two threads
 * running patterns while the main thread set the option crashed 42 of 100 runs, and 0 of 60 with
 * the option given at start. Without it everything works, only the first use of each pattern is
 * slower.
 */
export const REGEXP_ENGINE_OPTION = '--no-regexp-tier-up';

/** Whether this process was started with REGEXP_ENGINE_OPTION (worker threads share its flags). */
export function regexpsCompileEagerly(execArgv: readonly string[] = process.execArgv): boolean {
  return execArgv.includes(REGEXP_ENGINE_OPTION);
}

/** What a benchmark started without the option should say: its cold figures are slower than the CLI's. */
export function tieredRegexpsNote(execArgv: readonly string[] = process.execArgv): string | null {
  return regexpsCompileEagerly(execArgv)
    ? null
    : `note: started without ${REGEXP_ENGINE_OPTION}: cold figures are slower than the CLI's`;
}
