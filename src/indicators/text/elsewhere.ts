import type { MatchContext } from './rules.js';
import { sentenceEnd, sentenceStart } from './sentence.js';

/**
 * Elsewhere or in general, not at her place: "I used to go to a clinic in another town where a guy
 * took the money", "Efter alle historierne om menneskehandel i nyhederne", "I've read about
 * trafficking in this business", "en klinik i Hamburg, hvor … en mand tog pengene – her er det det
 * modsatte", "For at sammenligne: på en klinik i Hillerød sad der en mand og så på". The sentence
 * around the match names another place, the news, or contrasts it with hers.
 */
const ELSEWHERE =
  /(?<![\p{L}])(?:another (?:clinic|town|place|city|girl|parlou?r|salon)|other (?:clinics|places|girls|parlou?rs)|used to go|elsewhere|en anden klinik|et andet sted|et andet ['‘’"]?(?:bureau|massagested|bordel)|andre steder|andre klinikker|i en anden by|in the news|i nyhederne|in the papers|i avisen|på tv|on tv|historierne om|historier om|stories about|articles about|artikler om|read about|heard about|read a lot about|heard a lot about|læst om|hørt om|læst meget om|hørt meget om|here it's the opposite|here it is the opposite|unlike here|not like here|her er det (?:det )?modsatte|ikke som her|modsat her|men ikke her|but not here|bedre end|værre end|better than|worse than|unlike at|i modsætning til|for at sammenligne|til sammenligning|to compare|by comparison|in comparison|fight trafficking|against trafficking|stop trafficking|mod menneskehandel|imod menneskehandel|bekæmpe menneskehandel|bekæmp menneskehandel)(?![\p{L}])/iu;

/**
 * The next sentence sets her place against the one just told: "Var på en klinik i Valby, hvor en fyr
 * tog pengene. Her er det en helt anden verden", "Hos Kirsten er det noget helt andet", "Here it's a
 * different world".
 */
const CONTRAST_NEXT =
  /^\s*(?:her|hos \p{L}+|here|with \p{L}+|at \p{L}+(?:'s)?)\s+(?:er det|var det|it's|it is|it was)\s+(?:(?:en|a|noget|something)\s+)?(?:helt |totally |completely |whole )?(?:anden verden|different world|andet|different|anderledes|modsatte|the opposite|det modsatte)(?![\p{L}])/iu;

/** Or names her as the opposite: "Heidi er det stik modsatte", "Anna is the exact opposite". */
const NAMED_OPPOSITE_NEXT =
  /^\s*\p{Lu}\p{Ll}+\s+(?:er|is)\s+(?:det|the)\s+(?:stik |helt |complete |exact |total )?(?:modsatte|opposite)(?![\p{L}])/u;

/** Whether the match is told of another place or of the trade in general (see ELSEWHERE). */
export function elsewhere(ctx: MatchContext): boolean {
  const from = sentenceStart(ctx.text, ctx.start, 200);
  const to = sentenceEnd(ctx.text, ctx.end, 120);
  if (ELSEWHERE.test(ctx.text.slice(from, to))) return true;
  const next = ctx.text.slice(to + 1, to + 80);
  return CONTRAST_NEXT.test(next) || NAMED_OPPOSITE_NEXT.test(next);
}
