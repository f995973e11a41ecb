/**
 * Fast whole-word phrase lookup: one pass over the words of a text and a map from first word to
 * phrases. Much cheaper than one regex with hundreds of alternatives (per-position backtracking).
 */
export interface PhraseMatch {
  /** The phrase as listed (lower case, single spaces). */
  key: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{M}'’]+/gu;
const GAP = /^[\s.-]{1,3}$/u;

/** Builds a matcher for lower-case phrases of one or more words; longest phrase wins. */
export function phraseMatcher(phrases: Iterable<string>): (text: string) => PhraseMatch[] {
  const byFirst = new Map<string, string[][]>();
  for (const p of phrases) {
    const words = p.toLowerCase().split(/[\s.]+/).filter((w) => w.length > 0);
    if (words.length === 0) continue;
    const list = byFirst.get(words[0]!) ?? [];
    list.push(words);
    byFirst.set(words[0]!, list);
  }
  const keyOf = new Map<string, string>();
  for (const p of phrases) keyOf.set(p.toLowerCase().split(/[\s.]+/).filter((w) => w.length > 0).join(' '), p.toLowerCase());
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
  return (text) => {
    const words: { w: string; start: number; end: number }[] = [];
    WORD.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = WORD.exec(text)) !== null) words.push({ w: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
    const out: PhraseMatch[] = [];
    for (let i = 0; i < words.length; i++) {
      const cands = byFirst.get(words[i]!.w);
      if (!cands) continue;
      for (const c of cands) {
        let ok = true;
        for (let k = 1; k < c.length && ok; k++) {
          const prev = words[i + k - 1];
          const cur = words[i + k];
          ok = cur !== undefined && prev !== undefined && cur.w === c[k] && GAP.test(text.slice(prev.end, cur.start));
        }
        if (!ok) continue;
        out.push({ key: keyOf.get(c.join(' ')) ?? c.join(' '), start: words[i]!.start, end: words[i + c.length - 1]!.end });
        i += c.length - 1;
        break;
      }
    }
    return out;
  };
}
