/** Danish æ, ø and å as they are typed on keyboards without them. */
const TYPED = new Map([
  ['æ', 'ae'],
  ['ø', 'oe'],
  ['å', 'aa'],
  ['Æ', 'Ae'],
  ['Ø', 'Oe'],
  ['Å', 'Aa'],
]);

/**
 * `word` with æ, ø and å written ae, oe and aa ("Rumænien" → "Rumaenien", "døgnet" → "doegnet"),
 * as Danish is written on phones and keyboards set to another language; the word itself when it
 * has none.
 */
export function withoutDanishLetters(word: string): string {
  let out = '';
  for (const ch of word) out += TYPED.get(ch) ?? ch;
  return out;
}
