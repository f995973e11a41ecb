/**
 * Languages spoken, as Chinese, Thai, Vietnamese and Korean lines state them ("只会说中文，一点点英语",
 * "พูดไทย/อังกฤษ", "Em nói tiếng Việt và tiếng Anh", "영어 못해요, 한국어만"). Chinese and Thai
 * are written without spaces, so the word reader of languages.ts never sees their names; Vietnamese
 * names are two words ("tiếng Anh": English), Korean ones carry particles ("한국어만": only Korean).
 * A name counts only with a speak verb or a level beside it, as in languages.ts: "中文服务" or
 * "태국 마사지" name no language she speaks.
 */
import { HAN_LETTERS, HANGUL_LETTERS, THAI_LETTERS } from './asian-scripts.js';
import type { LanguageLevel, LanguageMatch } from './languages.js';

const ZH_NAMES: Readonly<Record<string, string>> = {
  中文: 'zh',
  汉语: 'zh',
  漢語: 'zh',
  普通话: 'zh',
  普通話: 'zh',
  国语: 'zh',
  國語: 'zh',
  粤语: 'zh',
  粵語: 'zh',
  广东话: 'zh',
  廣東話: 'zh',
  英语: 'en',
  英語: 'en',
  英文: 'en',
  丹麦语: 'da',
  丹麥語: 'da',
  丹麦话: 'da',
  泰语: 'th',
  泰語: 'th',
  越南语: 'vi',
  越南語: 'vi',
  韩语: 'ko',
  韓語: 'ko',
  日语: 'ja',
  日語: 'ja',
  // Japanese names its own language "日本語" (also the Chinese "日本语").
  日本語: 'ja',
  日本语: 'ja',
};
const TH_NAMES: Readonly<Record<string, string>> = {
  ไทย: 'th',
  อังกฤษ: 'en',
  เดนมาร์ก: 'da',
  จีน: 'zh',
  ลาว: 'lo',
  เวียดนาม: 'vi',
  เกาหลี: 'ko',
  ญี่ปุ่น: 'ja',
};
const VI_NAMES: Readonly<Record<string, string>> = {
  việt: 'vi',
  anh: 'en',
  'đan mạch': 'da',
  đan: 'da',
  trung: 'zh',
  hoa: 'zh',
  thái: 'th',
  hàn: 'ko',
  nhật: 'ja',
};
const KO_NAMES: Readonly<Record<string, string>> = {
  한국어: 'ko',
  한국말: 'ko',
  영어: 'en',
  덴마크어: 'da',
  중국어: 'zh',
  일본어: 'ja',
  태국어: 'th',
  베트남어: 'vi',
};

const alt = (names: Readonly<Record<string, string>>): string =>
  Object.keys(names)
    .sort((a, b) => b.length - a.length)
    .join('|');

// Chinese: a speak verb ("说", "会说", "讲", "可以" can; "只会" only; "不会说", "不懂" not), then names joined by "，"
// "、" "/" "和", each after an optional "一点(点)" (a little).
const ZH_LEVEL = '一点点|一點點|一点|一點|一些|少许|少許';
const ZH_RE = new RegExp(
  `(不会说|不會說|不会讲|不會講|不会|不會|不说|不說|不懂|只会说|只會說|只会|只會|只说|只說|会说|會說|能说|能說|会讲|會講|可以说|可以說|可以|说|說|讲|講|懂)((?:${ZH_LEVEL})?(?:${alt(ZH_NAMES)})(?:\\s?[，,、/和及与與跟]\\s?(?:${ZH_LEVEL})?(?:${alt(ZH_NAMES)}))*)`,
  'gu',
);
const ZH_ITEM = new RegExp(`(${ZH_LEVEL})?(${alt(ZH_NAMES)})`, 'gu');

// Thai: "พูด" (speak), "ไม่พูด" (not), then names with or without "ภาษา" (language), joined by "/"
// "," "และ" (and) or a space; "นิดหน่อย" (a little) or "ไม่ได้" (cannot) after a name.
const TH_NAME = `(?:ภาษา)?(?:${alt(TH_NAMES)})`;
const TH_RE = new RegExp(`(ไม่พูด|พูดได้|พูด)\\s?(${TH_NAME}(?:\\s?(?:[/,、]|และ|กับ)?\\s?${TH_NAME})*)`, 'gu');
const TH_ITEM = new RegExp(`(?:ภาษา)?(${alt(TH_NAMES)})(ได้นิดหน่อย|นิดหน่อย|ไม่ได้|ไม่เป็น)?`, 'gu');

// Vietnamese: "tiếng X" after "nói" (speak, "không nói" not) or "biết" (know), or in a clause whose
// speak verb is another language's ("Taler dansk, engelsk – og tiếng Việt"); "(một) chút", "ít" (a
// little) after the name.
const VI_RE = new RegExp(
  `(?<![\\p{L}])tiếng\\s(${alt(VI_NAMES)})(?![\\p{L}])(\\s(?:một\\s)?(?:chút|ít)(?![\\p{L}]))?`,
  'giu',
);
// The first name of a list that goes on in Danish or English: "Tiếng Việt, English, lidt dansk".
const VI_LIST_AFTER = /^\s?[,/&]\s?(?:tiếng\s|english|engelsk|danish|dansk|lidt dansk|little english)/iu;
const VI_CUE_BEFORE =
  /(?<![\p{L}])(?:(không\s)?(?:nói|biết)(?:\sđược)?|taler|snakker|speak|speaks|languages?|sprog)(?![\p{L}])[^.!?\n]*$/iu;

// Korean: a name with its particle ("만" only, "는", "도"), then "가능" (possible), "해요"/"합니다"
// (speak), "잘" (well), "원어민" (a native speaker), "조금"/"좀" (a little), "못"/"불가" (cannot); or the particle "만" alone.
const KO_RE = new RegExp(`(${alt(KO_NAMES)})(만|는|은|도|를|을)?`, 'gu');
const KO_AFTER = /^\s?(?:(가능|해요|합니다|할\s?수|잘|OK|ok|원어민)|(조금|좀)|(못|불가|안\s?돼))/u;
const KO_LITTLE_BEFORE = /(?:조금|좀)\s?$/u;

const SCRIPTS = new RegExp(`[${HAN_LETTERS}${THAI_LETTERS}${HANGUL_LETTERS}]|tiếng`, 'iu');

/** Languages stated as spoken in the Chinese, Thai, Vietnamese and Korean lines of a free text. */
export function findAsianLanguages(text: string): LanguageMatch[] {
  const out: LanguageMatch[] = [];
  if (!SCRIPTS.test(text)) return out;
  ZH_RE.lastIndex = 0;
  for (let m = ZH_RE.exec(text); m !== null; m = ZH_RE.exec(text)) {
    const none = m[1]!.startsWith('不');
    const base = m.index + m[1]!.length;
    ZH_ITEM.lastIndex = 0;
    for (let k = ZH_ITEM.exec(m[2]!); k !== null; k = ZH_ITEM.exec(m[2]!)) {
      const level: LanguageLevel = none ? 'none' : k[1] !== undefined ? 'little' : 'yes';
      const start = base + k.index + (k[1]?.length ?? 0);
      out.push({ code: ZH_NAMES[k[2]!]!, level, start, end: start + k[2]!.length });
    }
  }
  TH_RE.lastIndex = 0;
  for (let m = TH_RE.exec(text); m !== null; m = TH_RE.exec(text)) {
    const none = m[1] === 'ไม่พูด';
    const base = m.index + m[0].length - m[2]!.length;
    TH_ITEM.lastIndex = 0;
    for (let k = TH_ITEM.exec(m[2]!); k !== null; k = TH_ITEM.exec(m[2]!)) {
      const after =
        k[2] ?? text.slice(base + k.index + k[0].length).match(/^(?:ได้)?นิดหน่อย|^ไม่ได้/u)?.[0] ?? '';
      const level: LanguageLevel =
        none || after.startsWith('ไม่') ? 'none' : after.endsWith('นิดหน่อย') ? 'little' : 'yes';
      const start = base + k.index + k[0].indexOf(k[1]!);
      out.push({ code: TH_NAMES[k[1]!]!, level, start, end: start + k[1]!.length });
    }
  }
  VI_RE.lastIndex = 0;
  for (let m = VI_RE.exec(text); m !== null; m = VI_RE.exec(text)) {
    const cue = VI_CUE_BEFORE.exec(text.slice(Math.max(0, m.index - 60), m.index));
    // The next name of a list ("nói tiếng Việt và tiếng Anh") shares the first one's verb.
    const listed =
      out.length > 0 && /^\s?(?:,|và|hoặc|&|\/)\s?$/iu.test(text.slice(out[out.length - 1]!.end, m.index));
    if (
      cue === null &&
      !listed &&
      !VI_LIST_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24))
    )
      continue;
    const level: LanguageLevel =
      cue?.[1] !== undefined
        ? 'none'
        : m[2] !== undefined
          ? 'little'
          : listed
            ? out[out.length - 1]!.level
            : 'yes';
    const start = m.index + m[0].indexOf(m[1]!, 5);
    out.push({ code: VI_NAMES[m[1]!.toLowerCase()]!, level, start, end: start + m[1]!.length });
  }
  KO_RE.lastIndex = 0;
  for (let m = KO_RE.exec(text); m !== null; m = KO_RE.exec(text)) {
    const after = KO_AFTER.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 8));
    const only = m[2] === '만';
    if (after === null && !only) continue;
    const little =
      after?.[2] !== undefined || KO_LITTLE_BEFORE.test(text.slice(Math.max(0, m.index - 4), m.index));
    const level: LanguageLevel = after?.[3] !== undefined ? 'none' : little ? 'little' : 'yes';
    out.push({ code: KO_NAMES[m[1]!]!, level, start: m.index, end: m.index + m[1]!.length });
  }
  return out;
}
