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
  /(?<![\p{L}])(?:(?:someone|somebody|people|others|other reviews?|another review|a review|another guy|some guy|a guy|another reviewer|nogen|folk|andre|en anden|en fyr|en anmeldelse|andre anmeldelser|i|jeg|(?:a|my|en|min)\s+(?:friend|mate|buddy|pal|colleague|kammerat|ven|makker|kollega))\s+(?:\p{L}+\s+){0,3}?(?:wrote|writes|write|said|says|say|claimed|claims|claim|read|heard|skrev|skriver|skrive|sagde|siger|påstod|påstår|påstå|læste|hørte|har skrevet|har læst|har hørt|havde læst|havde hørt|had read|had heard),?|(?:read|heard|saw|læste|hørte|så)\s+(?:a|an|et|en)\s+(?:rumou?r|rygte|claim|post|opslag|påstand)|(?:read|heard|læste|hørte)\s+(?:somewhere|online|et sted|på nettet)(?:\s+(?:that|at))?|(?:der går|there are|there were|there's|there is|der er|der var)\s+(?:\p{L}+\s+)?(?:rygter|rygtet|rumou?rs?))(?:\s+(?:that|at))?\s+(?:[\p{L}'’]+,?\s+){0,9}['’"“«]?$/iu;
const REFUTED_AFTER =
  /^[^\n\0]{0,40}?(?<![\p{L}])(?:nonsense|not true|untrue|rubbish|bullshit|false|totally wrong|det passer (?:\p{L}+ )?ikke|passer ikke|vrøvl|sludder|løgn|usandt|ikke rigtigt|ikke sandt)(?![\p{L}])/iu;

/**
 * Refutations that name the mistake or deny the very act, so they may come a few sentences on: "En
 * kammerat påstod, hun var sur og utilpas. Han tog fejl af adressen", "Nogen skrev, at hendes mand
 * tager pengene. Hendes mand er en pensioneret skolelærer … Han har ikke rørt en krone", "Someone
 * wrote she is controlled. I saw nothing like that, she answered her own phone", "Jeg har aldrig
 * set noget til det".
 */
const REFUTED_LATER =
  /^[^\n\0]{0,200}?(?<![\p{L}])(?:tog fejl|tager fejl|havde taget fejl|(?:he|she|they) (?:was|were) (?:wrong|mistaken)|got it wrong|had it wrong|mixed (?:her|it|them) up|(?:har|havde) (?:aldrig|ikke) rørt (?:en krone|pengene|hendes penge)|(?:has|had|have) never touched (?:a penny|a cent|the money|her money)|(?:saw|see|noticed|found|have seen|experienced) (?:nothing|no sign|none) (?:like that|of that|of it|of the sort|of the kind)|(?:didn't|did not|never) (?:see|notice|experience) anything (?:like that|of the sort|of the kind)|(?:så|ser|mærkede|oplevede|har set|har mærket|har oplevet) (?:intet|ikke noget|ingenting) (?:af det|til det|af den slags|lignende)|(?:har|havde) aldrig (?:set|mærket|oplevet) noget (?:af det|til det|af den slags|lignende))(?![\p{L}])/iu;

/**
 * The refutation as a sentence of its own, after the writer's reasons: "Der går rygter om en
 * bagmand, men jeg har kun set hende. Hun lejer selv. Vrøvl.", "Someone wrote she has a pimp. I've
 * been six times, always alone. Rubbish!"
 */
const REFUTED_SENTENCE_LATER =
  /^[^\n\0]{0,200}?[.!?]\s*(?:(?:total|totalt|complete|pure|utter|fuldstændig|det rene|bare)\s+)?(?:nonsense|rubbish|bullshit|vrøvl|sludder|løgn)\s*(?:[.!]|$)/iu;

export function refutedReport(ctx: MatchContext): boolean {
  // The refutation first: it is rare, so most matches stop here.
  const after = ctx.text.slice(ctx.end, ctx.end + 240);
  if (
    !REFUTED_AFTER.test(after.slice(0, 60)) &&
    !REFUTED_LATER.test(after) &&
    !REFUTED_SENTENCE_LATER.test(after)
  )
    return false;
  // The claim's sentence up to the match, at most 80 characters back.
  const from = sentenceStart(ctx.text, ctx.start, 80);
  return REPORTED_BEFORE.test(ctx.text.slice(from, ctx.start));
}

/**
 * An expectation the writer sets up to deny: "Man skulle tro hun var nervøs i den alder, men nej –
 * ikke det mindste", "You'd think she has a pimp, but no"; the writer's own guess the same way: "I
 * thought she'd be shy as a newcomer, but no", "Jeg troede hun var genert, men nej"; a worry the same
 * way: "I worried she was uncomfortable, but no, she is just shy". The opener stands in the sentence before
 * the match, the denial shortly after it.
 */
const EXPECTED_BEFORE =
  /(?<![\p{L}])(?:man skulle tro|skulle man tro|man kunne tro|you(?:'d|’d| would) think|one would think|you might think|you'd expect|you would expect|i thought|i expected|i was expecting|i had expected|i worried|i was worried|i feared|jeg troede|jeg regnede med|jeg havde forventet|jeg forventede|jeg frygtede|jeg var bekymret for)(?![\p{L}])[^.!?\n\0]{0,60}$/iu;
const EXPECTATION_DENIED_AFTER =
  /^[^.!?\n\0]{0,60}?(?<![\p{L}])(?:men nej|but no|but nope|but not at all|far from it|langt fra|tværtimod|on the contrary)(?![\p{L}])/iu;

export function expectationDenied(ctx: MatchContext): boolean {
  return (
    EXPECTATION_DENIED_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 80)) &&
    EXPECTED_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 80), ctx.start))
  );
}

/**
 * The writer corrects himself: the post was meant for another ad. "Hun virkede bange – ups, forkert
 * tråd, det var en anden pige", "She looked scared… sorry, wrong thread". Everything before the
 * correction is about someone else.
 */
const WRONG_THREAD_AFTER =
  /^[^\0]{0,160}?(?<![\p{L}])(?:forkert|wrong) (?:tråd|thread|annonce|ad|profil|profile|anmeldelse|review)(?![\p{L}])/iu;

export function postedInWrongThread(ctx: MatchContext): boolean {
  return WRONG_THREAD_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 180));
}

/** The rules with a refuted report, a denied expectation or a misplaced post left out (see above). */
export function unlessRefuted(rules: readonly TextRule[]): TextRule[] {
  return rules.map((rule) => {
    const { accept } = rule;
    return {
      ...rule,
      accept: (ctx) =>
        (accept === undefined || accept(ctx)) &&
        !refutedReport(ctx) &&
        !expectationDenied(ctx) &&
        !postedInWrongThread(ctx),
    };
  });
}
