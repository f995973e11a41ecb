import type { MatchContext, TextRule } from './rules.js';

/**
 * A review that reports what others claimed and then refutes it: "Someone wrote she doesn't speak
 * English – nonsense, we talked politics in English for an hour", "Nogen skrev at hun har en
 * alfons – det passer ikke". The claim is introduced in the sentence before the match ("someone
 * wrote", "nogen skrev at", "I read that") and denied within a short stretch after it, in the same
 * sentence or the next ("I read that she looked scared. Rubbish, …").
 */
const REPORTED_BEFORE =
  /(?<![\p{L}])(?:someone|somebody|people|others|other reviews?|another review|a review|nogen|folk|andre|en anmeldelse|andre anmeldelser|i|jeg)\s+(?:\p{L}+\s+)?(?:wrote|writes|said|says|claimed|claims|read|heard|skrev|skriver|sagde|siger|påstod|påstår|læste|hørte|har skrevet|har læst|har hørt)(?:\s+(?:that|at))?\s+(?:[\p{L}'’]+\s+){0,5}$/iu;
const REFUTED_AFTER =
  /^[^\n\0]{0,40}?(?<![\p{L}])(?:nonsense|not true|untrue|rubbish|bullshit|false|totally wrong|det passer ikke|passer ikke|vrøvl|sludder|løgn|usandt|ikke rigtigt|ikke sandt)(?![\p{L}])/iu;

export function refutedReport(ctx: MatchContext): boolean {
  const sentenceStart = Math.max(
    ctx.text.lastIndexOf('.', ctx.start - 1),
    ctx.text.lastIndexOf('!', ctx.start - 1),
    ctx.text.lastIndexOf('?', ctx.start - 1),
    ctx.text.lastIndexOf('\n', ctx.start - 1),
    ctx.text.lastIndexOf('\0', ctx.start - 1),
  );
  const before = ctx.text.slice(Math.max(sentenceStart + 1, ctx.start - 80), ctx.start);
  return REPORTED_BEFORE.test(before) && REFUTED_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 60));
}

/** The rules with a refuted report left out (see `refutedReport`). */
export function unlessRefuted(rules: readonly TextRule[]): TextRule[] {
  return rules.map((rule) => {
    const { accept } = rule;
    return { ...rule, accept: (ctx) => (accept === undefined || accept(ctx)) && !refutedReport(ctx) };
  });
}
