import type { MatchContext, TextRule } from './rules.js';
import { sentenceStart } from './sentence.js';

/**
 * A review that reports what others claimed and then refutes it: "Someone wrote she doesn't speak
 * English – nonsense, we talked politics in English for an hour", "Nogen skrev at hun har en
 * alfons – det passer ikke". The claim is introduced in the sentence before the match ("someone
 * wrote", "nogen skrev at", "I read that") and denied within a short stretch after it, in the same
 * sentence or the next ("I read that she looked scared. Rubbish, …", "Read a rumour in another thread
 * that there's a pimp behind her. Total rubbish", "Saw someone on the forum claim she has a pimp. Total
 * rubbish", "Der går rygter på forummet om, at hun skulle have en alfons. Det passer simpelthen
 * ikke", "Nogen skrev i tråden, at hun har en alfons. Det
 * passer simpelthen ikke").
 */
const REPORTED_BEFORE =
  /(?<![\p{L}])(?:(?:someone|somebody|people|others|other reviews?|another review|a review|another guy|some guy|a guy|another reviewer|nogen|folk|andre|en anden|en fyr|en anmeldelse|andre anmeldelser|i|jeg)\s+(?:\p{L}+\s+){0,3}?(?:wrote|writes|write|said|says|say|claimed|claims|claim|read|heard|skrev|skriver|skrive|sagde|siger|påstod|påstår|påstå|læste|hørte|har skrevet|har læst|har hørt|havde læst|havde hørt|had read|had heard)|(?:read|heard|saw|læste|hørte|så)\s+(?:a|an|et|en)\s+(?:rumou?r|rygte|claim|post|opslag|påstand)|(?:read|heard|læste|hørte)\s+(?:somewhere|online|et sted|på nettet)(?:\s+(?:that|at))?|(?:der går|there are|there were|there's|there is|der er|der var)\s+(?:\p{L}+\s+)?(?:rygter|rygtet|rumou?rs?))(?:\s+(?:that|at))?\s+(?:[\p{L}'’]+,?\s+){0,9}['’"“«]?$/iu;
const REFUTED_AFTER =
  /^[^\n\0]{0,40}?(?<![\p{L}])(?:nonsense|not true|untrue|rubbish|bullshit|false|totally wrong|det passer (?:\p{L}+ )?ikke|passer ikke|vrøvl|sludder|løgn|usandt|ikke rigtigt|ikke sandt)(?![\p{L}])/iu;

export function refutedReport(ctx: MatchContext): boolean {
  // The refutation first: it is rare, so most matches stop here.
  if (!REFUTED_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 60))) return false;
  // The claim's sentence up to the match, at most 80 characters back.
  const from = sentenceStart(ctx.text, ctx.start, 80);
  return REPORTED_BEFORE.test(ctx.text.slice(from, ctx.start));
}

/** The rules with a refuted report left out (see `refutedReport`). */
export function unlessRefuted(rules: readonly TextRule[]): TextRule[] {
  return rules.map((rule) => {
    const { accept } = rule;
    return { ...rule, accept: (ctx) => (accept === undefined || accept(ctx)) && !refutedReport(ctx) };
  });
}
