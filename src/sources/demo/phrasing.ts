import type { Rng } from './prng.js';
import type { Lang } from './snippets.js';

/**
 * Combinatorial sentence grammar for the free (unplanted) parts of demo ads. Real ads written
 * by different people share almost no word trigrams once names, numbers and towns are masked;
 * a few fixed sentences would make unrelated ads look like copies of one template, which is
 * exactly what the network's copied-text check is meant to catch. Each pattern expands
 * `[a|b|c]` alternations (nested, empty alternatives allowed), so a handful of patterns gives
 * millions of sentences.
 *
 * Nothing here may plant an indicator: first person only, no ages under 20, no prices, hours,
 * "new", "young", "student", "only", party words, plural "girls", drug-like emojis or languages
 * (a typo in "good English" next to "No …" reads as a language barrier).
 * Placeholders {name} {age} {city} {country} {nat} are filled later (see compose.ts).
 */

/** Expands every `[..|..]` group, innermost first, with one random alternative each. */
export function expand(rng: Rng, pattern: string): string {
  let out = pattern;
  const group = /\[([^[\]]*)\]/;
  for (let m = group.exec(out); m; m = group.exec(out)) {
    out = out.slice(0, m.index) + rng.pick(m[1]!.split('|')) + out.slice(m.index + m[0].length);
  }
  return out
    .replace(/ {2,}/g, ' ')
    .replace(/ ([,.!?])/g, '$1')
    .trim();
}

type Pool = Record<Lang, readonly string[]>;

/** Openers; half the ads have one. */
export const greetings: Pool = {
  da: ['[Hej|Hejsa|Hey|Hallo|Godaften|Goddag|Kære ven|Hej med dig|Hej du|Hej søde|Hej alle sammen|Hejhej]'],
  en: [
    '[Hi|Hello|Hey|Hey there|Hi there|Good evening|Dear gentleman|Hello darling|Hi honey|Hello you|Greetings]',
  ],
};

/** Who she is, always with her name so that the network can read who the ad presents. */
export const introPatterns: Pool = {
  da: [
    '[jeg hedder|mit navn er] {name}[|, {age} år| og er {age} år| og jeg er {age} år gammel|, jeg er {age}]',
    '[jeg hedder|mit navn er] {name}[| og jeg bor i {city}| og jeg holder til i {city}]',
    'jeg er {name}[|, {age} år|, {age}][| fra {city}| og bor i {city}]',
  ],
  en: [
    "[my name is|i am|this is|i'm] {name}[|, {age} years old|, {age} y.o.| and i am {age}|, {age}]",
    "[my name is|i am|i'm] {name}[| and i live in {city}| from {city}|, based in {city}]",
  ],
};

/** Broken English intros of workers writing in a second language. */
export const brokenIntros: readonly string[] = [
  '[hello|hi] my name {name}[|, i have {age} year| i am {age} year]',
  'i am {name}[| {age} year old| age {age}][| living {city}| in {city} now]',
  'me {name}[|, {age} years]',
];

/** Describing herself: adjective × noun × detail. */
export const selfPatterns: Pool = {
  da: [
    'jeg er en [glad|smilende|rolig|moden|sporty|kurvet|blid|sjov|varm|charmerende|nysgerrig|sensuel|elegant|omsorgsfuld|kælen] [kvinde|dame|pige|lady][| med [et stort smil|masser af humor|bløde kurver|lange ben|mørkt hår|lyst hår|rødt hår|grønne øjne|brune øjne|fine tatoveringer|god energi|et varmt hjerte]| som elsker [god musik|at grine|lange samtaler|at give massage|rolige aftener|at forkæle]]',
    '[folk siger|mine gæster siger|man siger] at jeg er [sød|rar|nem at tale med|varm og rolig|sjov|god til at lytte]',
    'jeg [elsker|nyder|holder af] [at grine|god mad|et godt glas vin|rolige stunder|at danse|yoga|at læse|at rejse][| og [at hygge|musik|naturen|sol og strand]]',
  ],
  en: [
    'i am a [happy|smiling|calm|mature|sporty|curvy|gentle|funny|warm|charming|curious|sensual|elegant|caring|playful] [woman|lady|girl][| with [a big smile|lots of humour|soft curves|long legs|dark hair|blond hair|red hair|green eyes|brown eyes|nice tattoos|good energy|a warm heart]| who loves [good music|to laugh|long talks|giving massage|quiet evenings|to spoil you]]',
    '[people say|my guests say|they tell me] i am [sweet|kind|easy to talk to|warm and calm|funny|a good listener]',
    'i [love|enjoy|like] [to laugh|good food|a glass of wine|quiet moments|dancing|yoga|reading|travelling][| and [cosy evenings|music|nature|the sea]]',
  ],
};

/** What she offers, without any planted service words. */
export const offerPatterns: Pool = {
  da: [
    '[jeg tilbyder|hos mig får du|jeg giver|du kan få|nyd] [en |][afslappende|blød|dejlig|rolig|varm|lang|kærlig|grundig] [massage|kropsmassage|oliemassage|nakkemassage|rygmassage|fodmassage|helkropsmassage][| og [hyggeligt samvær|god stemning|tid til en snak|en kop kaffe|et glas vin|kæresteoplevelse]]',
    '[perfekt|dejligt|godt] [efter en lang dag|efter arbejde|når du trænger til ro|hvis du er stresset][| på kontoret]',
    '[stemningsfuld|hyggelig|rolig] [musik|belysning|atmosfære][| og [duftlys|varme håndklæder|blødt lys]]',
  ],
  en: [
    '[i offer|with me you get|i give|you can have|enjoy] [a |an ][relaxing|soft|lovely|calm|warm|long|sweet|proper|gentle] [massage|body massage|oil massage|neck massage|back massage|foot massage|full body massage][| and [good company|a nice talk|a cup of coffee|a glass of wine|a girlfriend experience]]',
    '[perfect|lovely|great] [after a long day|after work|when you need to relax|if you feel stressed][| at the office]',
    '[soft|cosy|calm] [music|light|atmosphere][| and [candles|warm towels|soft light]]',
  ],
};

/** Broken English offers. */
export const brokenOffers: readonly string[] = [
  'i give you [nice|relax|good|soft|very good] massage[| and nice time| for relax]',
  'come to me for [relax|nice time|good massage|good company][|, you will like]',
  'my [place|apartment|flat] is [clean|nice|discreet|warm][| and near [station|centrum|shopping]]',
  'me very [sweet|kind|friendly|calm] lady[|, you see]',
];

/** Where: the apartment and its surroundings. */
export const placePatterns: Pool = {
  da: [
    '[diskret|ren|hyggelig|privat|lys|stille|varm|pæn] [lejlighed|adresse|studie|stue] [tæt på|nær|ved|få minutter fra|lige ved] [stationen|centrum|motorvejen|havnen|gågaden|stranden|parken|indkøbscentret][|, [gratis|nem|god] parkering[| lige udenfor]|, [bad|håndklæder|drikkevarer] står klar]',
    '[jeg tager imod|du er velkommen] [i min|hjemme i min] [egen |][lejlighed|stue][| i {city}]',
  ],
  en: [
    '[discreet|clean|cosy|private|bright|quiet|warm|nice] [apartment|place|studio|flat] [close to|near|by|few minutes from|right next to] [the station|the centre|the highway|the harbour|the main street|the beach|the park|the mall][|, [free|easy|good] parking[| outside]|, [shower|towels|drinks] ready]',
    '[i receive you|you are welcome] [in my|at my] [own |][apartment|place][| in {city}]',
  ],
};

/** What matters to her. */
export const valuePatterns: Pool = {
  da: [
    '[respekt|hygiejne|diskretion|tryghed|ærlighed|god stemning][| og [respekt|hygiejne|diskretion|tryghed|humor]] [er vigtigt for mig|betyder meget for mig|kommer først hos mig|er en selvfølge]',
    '[jeg tager mig god tid|ingen stress|ingen hast|tiden er din|vi tager det roligt][|, det lover jeg|, altid]',
  ],
  en: [
    '[respect|hygiene|discretion|safety|honesty|a good mood][| and [respect|hygiene|discretion|humour]] [is important to me|means a lot to me|comes first|is a must]',
    '[i take my time|no stress|no rush|the time is yours|we take it slow][|, i promise|, always]',
  ],
};

/** When and for whom, without clock times (those belong to the hours field). */
export const extraPatterns: Pool = {
  da: [
    '[jeg har tid|jeg er ledig|du kan finde mig|jeg er hjemme] [de fleste dage|i weekenden|om eftermiddagen|på hverdage|efter aftale][| og [gerne|også] med kort varsel]',
    '[gentlemen|søde mænd|par|nervøse førstegangsgæster|stamgæster] er [altid |][velkomne|meget velkomne|hjerteligt velkomne] hos mig',
    '[billederne er|mine billeder er|alle fotos er] [ægte|mine egne|taget i år][| og ikke redigeret| uden filter]',
  ],
  en: [
    '[i have time|i am free|you can find me|i am home] [most days|at weekends|in the afternoon|on weekdays|by appointment][| and [also|often] at short notice]',
    '[gentlemen|nice men|couples|shy first-timers|regulars] are [always |][welcome|very welcome|warmly welcome] at my place',
    '[the pictures are|my photos are|all photos are] [real|my own|taken this year][| and not edited| without filter]',
  ],
};

/** Closings. */
export const closingPatterns: Pool = {
  da: [
    'jeg glæder mig til at [høre fra dig|møde dig|se dig|give dig en god oplevelse]',
    '[skriv|send] [gerne|bare] [en sms|en besked][| hvis du har spørgsmål| for en aftale]',
    '[ring|skriv] [gerne|bare] [i god tid|en dag før|og aftal tid][| tak]',
    '[vel mødt|kys og kram|håber vi ses|kærlig hilsen|vi ses]',
  ],
  en: [
    "i [look forward to|can't wait to] [hear from you|meet you|see you|give you a great time]",
    '[text|send] [me |][a message|an sms][| if you have questions| to make a date]',
    '[call|write] [me |][in good time|a day before|to make a date][| thank you]',
    '[see you soon|kisses|hugs and kisses|hope to see you|warm regards]',
  ],
};

/** Words from the other language that bilingual writers drop in. */
export const foreignBits: Pool = {
  da: ['[kisses|welcome|warm welcome|kiss kiss|see you soon|gentlemen welcome|xoxo]'],
  en: ['[hej|kys|velkommen|vi ses|tak|kram|hej hej]'],
};
