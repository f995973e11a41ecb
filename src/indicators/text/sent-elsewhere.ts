/**
 * The client's wish sent elsewhere: "I am not a young girl – if you want a young girl, please go to
 * another ad", "Søger du en ung pige, så er jeg ikke den rette", "If you want party ❄️, I am not for
 * you", "Si buscas fiesta blanca ❄️, no soy para ti", "If you are looking for a teen or some 'barely
 * legal' girl, I'm not her" (a second wish of the same sentence, quoted). What follows the wish is
 * refused, not offered.
 */
const WISH_BEFORE =
  /(?:if you want|if you're looking for|if you are looking for|if you prefer|looking for|hvis du vil have|hvis du søger|hvis du leder efter|søger du|leder du efter|vil du have|si buscas|si quieres|se você quer|se voce quer|se você procura|se procuras)\s+(?:a\s+|an\s+|en\s+|et\s+|una?\s+|uma?\s+)?(?:\p{L}+\s+){0,3}['"‘“]?$/iu;
const ELSEWHERE_AFTER =
  /^[^.!?\n]{0,40}?(?<![\p{L}])(?:go to another|go elsewhere|look elsewhere|try another|another ad|somewhere else|not for you|not me|not the one|find en anden|gå videre|en anden annonce|ikke den rette|ikke mig|not her|ikke hende|ikke noget for dig|no soy para ti|no soy la indicada|busca otra|não sou para você|não sou pra você|procura outra)(?![\p{L}])/iu;

/** Whether the words at `start`..`end` of `text` name a wish the writer sends elsewhere. */
export function wishSentElsewhere(text: string, start: number, end: number): boolean {
  return (
    WISH_BEFORE.test(text.slice(Math.max(0, start - 40), start)) &&
    ELSEWHERE_AFTER.test(text.slice(end, end + 56))
  );
}
