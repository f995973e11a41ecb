import { describe, expect, it } from 'vitest';
import { findLanguages } from './languages.js';

/** Codes in text order, with the level where it is not "yes" ("en:none", "da:little"). */
const levels = (text: string, field = false): string[] =>
  findLanguages(text, field).map((l) => (l.level === 'yes' ? l.code : `${l.code}:${l.level}`));

describe('findLanguages: Danish and other names in Polish, Czech, Slovak, Hungarian and Lithuanian', () => {
  it.each([
    ['Mówię po polsku, duńsku i angielsku.', ['pl', 'da', 'en']],
    // Texted: "eng" for English, "lil" for little, "a bit ok" as a level; not the Danish "eng" (meadow).
    ['she spk lil eng, txt only', ['en:little']],
    ['no eng, sms pls', ['en:none']],
    ['english a bit ok, dansk nej', ['en:little', 'da:none']],
    ['Huset ligger ved en eng.', []],
    // A bracket of names after the phone number closes the clause; two massage styles in one do not.
    ['Pište SMS 30 40 50 60 (slovensky, anglicky, nemecky).', ['sk', 'en', 'de']],
    ['Massage (thai, swedish).', []],
    ['Booking: +45 20 30 40 50 (English/Russian).', []],
    // A weak level after the name in broken Danish, without a verb.
    ['Hej, jeg er Ola. Dansk ikke så godt, english ok.', ['da:little', 'en']],
    // Tagalog "salita" (speak) and "konti lang" (only a little): "Salita ko Tagalog, konti lang English".
    ['Salita ko Tagalog at Bisaya, konti lang English.', ['tl', 'en:little']],
    // Not well, in a subordinate clause: "fordi hendes dansk ikke er så godt".
    ['Jeg tager telefonen, fordi mit dansk ikke er godt nok endnu.', ['da:little']],
    // A share after the name: none at 0 %, a little up to 30 %.
    ['Languages: Thai 100% / English 20% / Danish 0%', ['th', 'en:little', 'da:none']],
    // None at all: "My english is zero", "dansk: nul" (not "zero problems").
    ['My english is zero, I speak romanian and italian.', ['en:none', 'ro', 'it']],
    ['Sprog: thai, dansk: nul', ['th', 'da:none']],
    // Going well after the name or a list: "engelsk går fint", "Svensk, dansk og engelsk går fint".
    ['Jeg er Elin, 34. Svensk, dansk og engelsk går fint.', ['sv', 'da', 'en']],
    ['Maja her. Engelsk går også fint.', ['en']],
    ['Jeg er dansk, og det går fint med massage.', []],
    ['Sprog: polsk 100 %, engelsk 60 %', ['pl', 'en']],
    ['Mluvím česky, anglicky a trochu dánsky.', ['cs', 'en', 'da:little']],
    // A little, before or after the name: Russian "немного датский", Czech "Anglicky jen trochu".
    ['Fluent English, немного датский.', ['en', 'da:little']],
    ['Anglicky jen trochu.', ['en:little']],
    ['Hovorím slovensky, anglicky a dánsky.', ['sk', 'en', 'da']],
    ['Hovorí len po slovensky.', ['sk']],
    ['Beszélek magyarul, angolul és egy kicsit dánul.', ['hu', 'en', 'da:little']],
    ['Kalbu lietuviškai, rusiškai, angliškai ir daniškai.', ['lt', 'ru', 'en', 'da']],
    ['Ich spreche Deutsch und ein bisschen Dänisch.', ['de', 'da:little']],
    // Dutch names and verb; a German level word before English.
    ['Ik spreek Nederlands, Engels en een beetje Deens.', ['nl', 'en', 'da:little']],
    ['Ik spreek Duits en Pools.', ['de', 'pl']],
    ['Nur Deutsch und ein wenig Englisch.', ['de', 'en:little']],
    // Romanian: "doar" (only) and "puțin" (a little); the articled "italiana" in a Romanian list.
    ['Doar română și puțin germana.', ['ro', 'de:little']],
    ['Vorbesc engleza și italiana.', ['en', 'it']],
    ['Sono Chiara, italiana, parlo inglese.', ['en']],
    // Danish typed without æ/ø/å; "Romana" in free text is her name.
    ['Jeg taler kun rumaensk og engelsk.', ['ro', 'en']],
    ['My name is Romana, I speak English.', ['en']],
    // Broken English: "much" after the name and "only" last keep a little.
    ['No english much, little bit only.', ['en:little']],
    ['No danish much, only small.', ['da:little']],
    ['No english, little bit thai only.', ['en:none', 'th:little']],
    ['Jacuzzi and pools. Engels is a surname.', []],
    ['Jazyky: čeština, angličtina', ['cs', 'en']],
    ['Nyelvek: magyar, angol', ['hu', 'en']],
    // The verb last, after the whole list; Spanish as Spain names it; a language being learnt.
    ['Magyarul, angolul és németül beszélek.', ['hu', 'en', 'de']],
    ['Csak magyarul és egy kicsit angolul beszélek.', ['hu', 'en:little']],
    // "un poco de" before the name, after a list's first name; two names after an emoji when one is English.
    ['Muy dulce. English ok, un poco de danés.', ['en', 'da:little']],
    ['Outcall only, Sunday off 🌸 English, Thai.', ['en', 'th']],
    ['Oil massage 💆 Thai, Swedish.', []],
    ['Hablo castellano, catalán, inglés y danés', ['es', 'ca', 'en', 'da']],
    ['Hablo español e inglés, y estoy aprendiendo danés.', ['es', 'en', 'da:none']],
    // A recruiter's requirement waived says nothing of who speaks: "no hace falta hablar", "no need to speak".
    ['Trabajo en Odense, no hace falta hablar alemán ni inglés.', ['de:none', 'en:none']],
    ['Rooms in Vejle for ladies, no need to speak Danish.', ['da:none']],
    ['Hablo español y no necesito hablar danés.', ['es', 'da']],
    // A language only through a translator is not spoken; "with" someone is.
    ['I speak only Polish language, for English please use translator.', ['pl', 'en:none']],
    // A level before the name, then the app for the rest: a little of it is spoken.
    ['Taler kun polsk og lidt tysk, brug oversætter.', ['pl', 'de:little']],
    // A terse "yes" closing the item; not before more words.
    ['Sweet girl. English little, Deutsch yes 😘', ['en:little', 'de']],
    ['Thai yes massage good.', []],
    // Her origin opening the clause, the verb after a comma: the language after the verb only.
    ['Polish, speak English and a little Danish.', ['en', 'da:little']],
    ['I am Anna. Polish, English, speak little Danish.', ['pl', 'en', 'da:little']],
    ['I speak English with clients and Danish with friends.', ['en', 'da']],
    ['Runāju latviski un angliski', ['lv', 'en']],
    // Swahili, Luganda, "small" as a level, a level said of the whole list.
    ['Ninaongea Kiswahili, English na Kidenmark kidogo', ['sw', 'en', 'da:little']],
    ['I speak English and Luganda. My english small', ['en', 'lg', 'en:little']],
    // Kikuyu and Ewe; Pidgin "small small" before the name; "nativo" after it; "más" before it.
    ['I speak Kikuyu, Ewe and English', ['ki', 'ee', 'en']],
    ['Me Grace. Small small English, text me simple', ['en:little']],
    ['Small rooms, English breakfast included', []],
    ['English ok, francés nativo', ['en', 'fr']],
    ['Poco English, más portugués', ['en:little', 'pt']],
    ['English only a little, better Danish', ['en:little', 'da']],
    // Portuguese "nem" (nor) carries the negation on.
    ['Não falo espanhol nem dinamarquês, só português', ['es:none', 'da:none', 'pt']],
    ['English, Tagalog, Danish – all fine', ['en', 'tl', 'da']],
    // Chatting in a language is speaking it; a massage named after a country is a style.
    ['Happy to chat in English about anything', ['en']],
    // A conversation in a language is speaking it: "good conversation in Danish, English or German".
    ['Dinners and good conversation in Danish, Swedish or English.', ['da', 'sv', 'en']],
    ['Hyggelige samtaler på dansk og tysk over et glas vin.', ['da', 'de']],
    ['Conversation first, then Danish massage.', []],
    ['God thai olie massage og mere, jeg taler dansk', ['da']],
    // An origin with one word of her before the noun is no language: "danish mature lady".
    ['swedish sweet lady, speaks english and german', ['en', 'de']],
    ['dansk moden kvinde, taler engelsk', ['en']],
    ['Taler dansk, sød og moden kvinde', ['da']],
    // Albanian "flas" (I speak) with "dhe" (and), "vetëm" (only); "English." as a sentence of its own.
    ['Flas shqip, gjermanisht dhe pak anglisht.', ['sq', 'de', 'en:little']],
    ['Flas pak anglisht, pak danisht.', ['en:little', 'da:little']],
    // Italian, French and Greek names; Greek "μιλάω" (I speak), "μόνο" (only), "λίγα" (a little).
    ["Parlo italiano, danese e un po' di portoghese.", ['it', 'da', 'pt:little']],
    ['Je parle grec, portugais et anglais.', ['el', 'pt', 'en']],
    ['Je parle néerlandais et un peu anglais.', ['nl', 'en:little']],
    ['Μιλάω ελληνικά και λίγα αγγλικά.', ['el', 'en:little']],
    ['Μιλάω μόνο ελληνικά.', ['el']],
    ['Dansk, English, Ελληνικά', ['da', 'en', 'el']],
    // A surname's origin is no language.
    ['Mit efternavn er græsk, men jeg taler kun dansk.', ['da']],
    // A service with its condom note after a speak verb: not the language.
    ['Jeg taler dansk og engelsk 🙂 GFE, fransk m/kondom, massage.', ['da', 'en']],
    ['I speak English 😊 Services: french w/o, 69.', ['en']],
    ['Jeg taler dansk og fransk med alle mine gæster.', ['da', 'fr']],
    ['Flas vetëm shqip.', ['sq']],
    ['Outcall Odense. English. Ring 20 30 40 50', ['en']],
    // Spanish "poco" before the name, "very little" after it.
    ['Hola, soy Luz. Poco inglés, hablo español.', ['en:little', 'es']],
    // "We speak" of a pair, Portuguese and Spanish: "falamos", "hablamos".
    ['Somos duas amigas. Falamos espanhol e inglês.', ['es', 'en']],
    ['Hablamos alemán y danés, besos.', ['de', 'da']],
    // The client asked to write in a language: not hers.
    ['Hun taler kun thai, skriv sms på engelsk.', ['th']],
    ['Taler kun russisk – send en sms på dansk.', ['ru']],
    // Also to whom, and "taler" only as a word: "aftaler" after it is no speak verb.
    ['Hun taler kun vietnamesisk, så sms til mig på engelsk, så aftaler vi en tid.', ['vi']],
    ['Ring til mig, jeg taler dansk, så aftaler vi en tid.', ['da']],
    ['Jeg taler dansk og engelsk, skriv gerne.', ['da', 'en']],
    ['Falamos de tudo, amor.', []],
    ['Hi, I am Olena. English very little, write simple please.', ['en:little']],
    // Danish "lidt" after the name too, as a terse line puts it.
    ['Ring bare. English ok, dansk lidt.', ['en', 'da:little']],
    // "lidt" before a word of her looks is no level: "dansk lidt buttet pige".
    ['Sød dansk lidt buttet pige i Vejle', []],
    // "kun lidt" after the name, closing the clause: "mit dansk er ok og engelsk kun lidt".
    ['Jeg hedder Lin. Tysk godt, men engelsk kun lidt.', ['de', 'en:little']],
    // Not a level of a word after it: "engelsk kun lidt mere end fransk" is no statement of speaking.
    ['Jeg elsker engelsk kun lidt mere end fransk te.', []],
    ['hi, Masha here. english very small, sms pls', ['en:little']],
    ['Говорю по-русски, по-английски немного.', ['ru', 'en:little']],
    // A FAQ that answers "do you speak …?" with yes or some speaks of her (the level of the answer
    // is not read); a compared level too.
    ['❓ Taler du engelsk? ✅ Ja, og lidt tysk.', ['en', 'de:little']],
    ['Do you speak Danish? A little, but my English is better.', ['da', 'en']],
    // "intet" as "ingen": "taler intet dansk".
    ['Jeg taler intet dansk, kun vietnamesisk.', ['da:none', 'vi']],
    // The name asked and answered: no is none, "no problem" or "not perfect" is spoken.
    ['Engelsk? Nej, beklager. Kun polsk.', ['en:none', 'pl']],
    ['English? Sorry, not really. Only Thai.', ['en:none', 'th']],
    ['Engelsk? Ikke noget problem.', ['en']],
    // "Not bad" is spoken: "my English is not bad".
    ['Honestly, my English is not bad.', ['en']],
    ['Mit engelsk er ikke så dårligt.', ['en']],
    // The country for the language right after the speak verb, as broken English and Danish name it.
    ['Hi, I come from Vietnam. Speak vietnam and a little english.', ['vi', 'en:little']],
    ['Taler vietnam og lidt dansk.', ['vi', 'da:little']],
    // A request to the client to write in a language: "please send sms in english".
    ['Speak thai only, please send sms in english easy words.', ['th']],
    ['Only Chinese. Send me a message in English, I use translate.', ['zh']],
    // Her own translator after an "ok": the language is read, not spoken.
    ['Speak only lao, write sms in english ok i use translate.', ['lo', 'en:none']],
    ['Speak lao, english ok. I meet you at 8.', ['lo', 'en']],
    // No problem with it is speaking it.
    ['No problem with English or Danish, I also speak Greek.', ['en', 'da', 'el']],
    ['Jeg har ingen problemer med engelsk.', ['en']],
    ['No problem with parking near my flat, Danish girl.', []],
  ])('reads %j', (text, expected) => {
    expect(levels(text)).toEqual(expected);
  });
  it.each([
    ['polski', ['pl']],
    ['duński', ['da']],
    ['dán', ['da']],
    ['angol', ['en']],
    // A profile's "language: level" entry, the level "no" included.
    ['Dansk: nej', ['da:none']],
    ['English: no', ['en:none']],
    // With a dash, the "no" closing the entry; "no problem" after it is no refusal.
    ['English – no', ['en:none']],
    ['Dansk - nej', ['da:none']],
    ['Русский – да', ['ru']],
    ['English - no problem', ['en']],
    // Romanian without its breve, read in a languages field only.
    ['Romana', ['ro']],
  ])('reads the entry %j', (text, expected) => {
    expect(levels(text, true)).toEqual(expected);
  });
  it.each([
    // A name without a verb or a level around it says nothing about speaking.
    'Dán design og angol have',
    'Polsky film',
    // Not the sentence "English." among others, nor another bare name: "Dansk." may be her origin.
    'English breakfast included. Vesterbro.',
    'Lena 40. Dansk. Incall Næstved.',
    // The client's language, asked and not answered yes.
    'Do you speak English? Then write me a message.',
    // "Vietnam" as her origin, not a language: no speak verb right before it.
    'Vietnam girl, 28, from Hanoi. Call or sms.',
    'Speak to me, vietnam girl new in town.',
  ])('reads nothing in %j', (text) => {
    expect(levels(text)).toEqual([]);
  });
});

describe('findLanguages: a language not spoken', () => {
  it.each([
    ['Hovorí len po slovensky, žiadna angličtina.', ['sk', 'en:none']],
    ['Ona nie mówi po angielsku.', ['en:none']],
    ['Nemluví anglicky.', ['en:none']],
    ['Nem beszélek angolul.', ['en:none']],
    // The bare "no" right after the name: Hungarian "nem", Czech "ne".
    ['Beszélek magyarul, angolul nem.', ['hu', 'en:none']],
    ['Mluvím česky a slovensky, německy ne.', ['cs', 'sk', 'de:none']],
    // Russian puts the negated verb after the name.
    ['Говорю по-русски, датский не понимаю.', ['ru', 'da:none']],
    ['Английский не говорю, только русский.', ['en:none', 'ru']],
    // "or" and "nor" carry the negation on to the next name.
    ['Ona nie mówi po angielsku ani po duńsku.', ['en:none', 'da:none']],
    ['Hun snakker ikke dansk eller engelsk, kun spansk.', ['da:none', 'en:none', 'es']],
    ['Nem beszélek angolul, sem dánul.', ['en:none', 'da:none']],
    ['Jeg taler hverken dansk eller engelsk.', ['da:none', 'en:none']],
    ["I don't speak Danish or English, only Thai.", ['da:none', 'en:none', 'th']],
    // SMS spellings of "ikke": "snakker ik engelsk", "taler ikk dansk".
    ['Snakker ik engelsk, kun polsk 🙈', ['en:none', 'pl']],
    ['Hun taler ikk dansk.', ['da:none']],
    // A speaking head before codes names the languages: "🗣 PL/EN".
    ['Kbh Ø ✨ 🗣 PL/EN', ['pl', 'en']],
    // Spanish and Portuguese plurals and third persons: "they do not speak".
    ['As meninas não falam inglês.', ['en:none']],
    ['Las chicas no hablan inglés ni danés.', ['en:none', 'da:none']],
    // "unfortunately" between the name and its "no"; Spanish "nada de".
    ['Mluvím slovensky, anglicky bohužel ne.', ['sk', 'en:none']],
    ['Mówię po polsku, duński niestety nie.', ['pl', 'da:none']],
    ['Hablo portugués, nada de inglés.', ['pt', 'en:none']],
    // "not understand", and the Danish verb after a pair of names; Spanish "nada" after the name.
    ['She not understand Danish or English, only Polish.', ['da:none', 'en:none', 'pl']],
    ['Hun taler thai – dansk og engelsk kan hun ikke.', ['th', 'da:none', 'en:none']],
    ['Hun taler thai, engelsk og dansk er ikke hendes stærke side.', ['th', 'en:none', 'da:none']],
    ['Hablo español, dansk nada, english un poquito.', ['es', 'da:none', 'en:little']],
  ])('reads %j', (text, expected) => {
    expect(levels(text)).toEqual(expected);
  });
  it.each([
    // "and" does not carry it, nor a clause or a "but" between, nor a name spoken before "or".
    ['Jeg taler ikke dansk og engelsk', ['da:none', 'en']],
    ['I speak no Danish, but English or German', ['da:none', 'en', 'de']],
    ['I speak Danish or English, as you like', ['da', 'en']],
    ['Ingen dansk. Engelsk eller tysk er fint', ['da:none']],
    // "kun lidt" before the next name is that name's level: Danish stays not spoken.
    ['Hun taler ikke dansk, kun lidt engelsk', ['da:none', 'en:little']],
    ['I no speak Danish, only little English', ['da:none', 'en:little']],
    ['Jeg taler ikke dansk godt, kun lidt', ['da:little']],
  ])('keeps the next name spoken in %j', (text, expected) => {
    expect(levels(text)).toEqual(expected);
  });
});

describe('findLanguages: the house on the phone and her own level after another speaker', () => {
  it.each([
    // The house's phone languages are not hers.
    ['Vi taler dansk og engelsk i telefonen, damerne taler lidt engelsk.', ['en:little']],
    ['We speak English on the phone, the girls speak Latvian.', ['lv']],
    // Her own language after a boyfriend who answers for her.
    ['My boyfriend answers the phone because my english is very small.', ['en:little']],
    // Spoken by her and her friend, not on a phone: counted.
    ['Vi taler dansk og engelsk, begge to.', ['da', 'en']],
    // The pronoun right after the speaker is the speaker again; a later one of her is hers.
    ['Mai taler kun thai. Booking via vores receptionist, hun taler dansk og engelsk.', ['th']],
    ['Book through our manager, he speaks English. I speak little English.', ['en:little']],
    // "He" as the man the ad is about, when no other man is named before.
    ['Kasper is a fit Danish guy. He speaks English and German.', ['en', 'de']],
    ['Mads er 30 og sød. Han taler dansk og engelsk.', ['da', 'en']],
    ['Ring til min kæreste for booking. Han taler dansk.', []],
    // The speaker's name between: "min veninde Lek, hun taler dansk" is the friend's language.
    ['Jeg taler kun vietnamesisk, skriv til min veninde Lan, hun taler engelsk.', ['vi']],
    ['My friend Anna and I speak English and Polish.', ['en', 'pl']],
    // The writer is her manager or driver: his "I speak" is not hers.
    ['Lin taler kun kinesisk. Skriv til mig, jeg er hendes chauffør, jeg taler dansk.', ['zh']],
    ["Sms me, I'm her booker – I speak English and Polish. She speaks Thai.", ['th']],
    ['I am Rosa, her friend. I speak English and Spanish.', ['en', 'es']],
    // The one who books her speaks: "book her, I speak …" is the writer's, not hers.
    ['Mira er fra Brasilien. Ring for at booke hende, jeg taler dansk og engelsk.', []],
    ['Text me to book her, I speak English. She speaks Portuguese.', ['pt']],
    ['You can book me here, I speak English and Danish.', ['en', 'da']],
  ])('reads %j', (text, expected) => {
    expect(levels(text)).toEqual(expected);
  });
});

describe('findLanguages: the client speaking, and a language she prefers', () => {
  it.each([
    // The client's language: asked of him, or the men she sees.
    ['Forstår du ikke dansk? Fint, jeg taler også engelsk.', ['en']],
    ['Do you speak German? I speak only Polish.', ['pl']],
    ['Polite, English or Danish speaking gentlemen only.', []],
    ['Clean studio, Danish speaking guests welcome.', []],
    // The language she prefers to talk in is one she speaks.
    ['Prefer Spanish or English, sorry no Danish.', ['es', 'en', 'da:none']],
    ['Dates in English preferred, tysk ok.', ['en', 'de']],
    // Not a service of the same name, nor the men she prefers.
    ['I prefer french and GFE.', []],
    ['Prefer English gentlemen, I am from Lyon.', []],
  ])('reads %j', (text, expected) => {
    expect(levels(text)).toEqual(expected);
  });
});

describe('findLanguages: a speaking head before no codes', () => {
  it.each(['Ring 🗣 OK?', '🗣 Skriv SMS', '🗣 NO calls'])('reads nothing in %j', (text) => {
    expect(levels(text)).toEqual([]);
  });
});

describe('findLanguages: broken Danish', () => {
  it.each([
    // "tale"/"snakke" for "taler", and "not perfect" as some.
    ['Jeg tale engelsk godt og lidt dansk.', ['en', 'da:little']],
    ['Jeg kan snakke engelsk', ['en']],
    ['Min dansk er ikke perfekt men jeg forstår godt.', ['da:little']],
    ['My English is not perfect', ['en:little']],
    ['Jeg gør ikke tale dansk, kun spansk', ['da:none', 'es']],
  ])('reads %j', (text, expected) => {
    expect(levels(text)).toEqual(expected);
  });
  it.each([
    // "betale" (to pay) holds "tale".
    'Du kan betale dansk moms',
    'Betale med dansk kort',
  ])('reads nothing in %j', (text) => {
    expect(levels(text)).toEqual([]);
  });
});

describe('findLanguages: Spanish, Portuguese, Ukrainian and Twi names', () => {
  it.each([
    ['Hablo español, inglés y un poco de danés.', ['es', 'en', 'da:little']],
    ['Falo português, inglês e dinamarquês.', ['pt', 'en', 'da']],
    ['I speak English, Twi and Danish.', ['en', 'tw', 'da']],
    ['Je parle français et lingala, un peu anglais.', ['fr', 'ln', 'en:little']],
    ['I speak English, Afrikaans and a bit of Zulu.', ['en', 'af', 'zu:little']],
    // Not spoken well, then "only a little", is a little; not well alone is none. French "pas" and
    // "seulement" before a name.
    ["I don't speak Danish well, only a little.", ['da:little']],
    ['Taler ikke engelsk godt, kun lidt.', ['en:little']],
    ['I no speak english good, only litle.', ['en:little']],
    ['Me no speak danish good, only thai.', ['da:none', 'th']],
    ['Pas danois, seulement français.', ['da:none', 'fr']],
    ['Говорю українською та англійською.', ['uk', 'en']],
    ['Ela só fala português.', ['pt']],
    // "só" (only) before a list joined by "e"/"y".
    ['Só espanhol e português, beijos.', ['es', 'pt']],
    ['Solo portugués y español.', ['pt', 'es']],
    // Russian adverbs after "по-", Bulgarian names and verbs, Ukrainian "розмовляю"; their negations.
    ['Говорю по-русски, по-английски и немного по-датски.', ['ru', 'en', 'da:little']],
    ['Говоря български, английски и датски.', ['bg', 'en', 'da']],
    ['Розмовляю українською, російською та англійською.', ['uk', 'ru', 'en']],
    ['Розмовляю українською і трохи англійською', ['uk', 'en:little']],
    ['I speak English and Irish.', ['en', 'ga']],
    ["I'm Irish and I speak English.", ['en']],
    // The house on the phone, not the girls: "we answer the phone in English".
    ['The girls speak only romanian, we answer the phone in english.', ['ro']],
    ['I answer the phone in English.', ['en']],
    ['Не говорю по-английски', ['en:none']],
    // The same in Latin letters, as Russian ads transliterate them.
    ['Govoryu po-russki i nemnogo po-angliyski.', ['ru', 'en:little']],
    ["Devushki ne govoryat po-angliyski, tol'ko po-russki.", ['en:none', 'ru']],
    ['Те не говорят английски, само български.', ['en:none', 'bg']],
    ['Nu vorbește engleză, doar română.', ['en:none', 'ro']],
    ['Vorbesc română, rusă și engleză 🇷🇴🇷🇺🇬🇧.', ['ro', 'ru', 'en']],
    // The Baltic and Kazakh adverbs after "по-", the other Polish "po ...-sku" adverbs.
    ['Говорю по-латышски, по-русски и немного по-английски.', ['lv', 'ru', 'en:little']],
    ['Говорю по-эстонски и по-казахски.', ['et', 'kk']],
    ['Mówię po litewsku, po polsku i po francusku.', ['lt', 'pl', 'fr']],
    // Turkish names, "ve" between, the verb last; the capital İ lowers to "i" and a dot.
    ['İngilizce ve Almanca konuşuyorum.', ['en', 'de']],
    ['Rusça, Türkçe, İngilizce.', ['ru', 'tr', 'en']],
    // A language she is learning: Russian and Bulgarian "учу", the verb after the name too, German
    // "lerne gerade".
    ['Говорю по-английски, учу датский.', ['en', 'da:none']],
    ['Говоря английски, датски още уча.', ['en', 'da:none']],
    ['Говорю по-английски, датский пока учу.', ['en', 'da:none']],
    ['Ich spreche Englisch und lerne noch Dänisch.', ['en', 'da:none']],
    // Danish with the language put first: "dansk lærer jeg stadig"; not "dansk taler jeg".
    ['Jeg taler polsk og engelsk, dansk lærer jeg stadig.', ['pl', 'en', 'da:none']],
    ['Jeg taler polsk og engelsk, dansk taler jeg også.', ['pl', 'en', 'da']],
  ])('reads %j', (text, expected) => {
    expect(levels(text)).toEqual(expected);
  });
  it.each([
    ['українська', ['uk']],
    ['русский', ['ru']],
    ['англійська', ['en']],
    ['польська', ['pl']],
    ['німецька', ['de']],
  ])('reads the entry %j', (text, expected) => {
    expect(levels(text, true)).toEqual(expected);
  });
  it.each([
    // A demonym without a verb is no language spoken: "un chico danés", "Twi" alone.
    'Soy un chico danés de Aarhus.',
    'Uma mulher dinamarquesa.',
    'Українська дівчина в Копенгагені.',
    'Falafel e comida português.',
    'Zulu warrior tattoo on my back.',
  ])('reads nothing in %j', (text) => {
    expect(levels(text)).toEqual([]);
  });
});

describe('findLanguages: a level word closing a terse list item', () => {
  it.each([
    ['English little, Danish no. Japanese good.', ['en:little', 'da:none', 'ja']],
    ['Thai good, English little', ['th', 'en:little']],
    ['Português, english a little bit.', ['pt', 'en:little']],
    // "No problem" closing the clause: she speaks it.
    ['Sweet Thai lady. English no problem. Incall Vejle', ['en']],
    ['Engelsk ingen problem 👍 Massage og kys', ['en']],
  ])('reads %j', (text, expected) => {
    expect(levels(text)).toEqual(expected);
  });
  it.each([
    // More words after the level: a style or a service, not a language.
    'Japanese good food and sake.',
    'Thai good massage in Vesterbro',
    'Danish no problem, we meet anyway',
    'Danish? No problem if you only speak English',
  ])('reads nothing in %j', (text) => {
    expect(levels(text)).toEqual([]);
  });
});

describe('findLanguages: who she is, before the verb of the next name', () => {
  it.each([
    ["I'm Swedish and I speak English well", ['en']],
    ['Hun er polsk og taler engelsk og lidt dansk', ['en', 'da:little']],
    // "Too" says the first is spoken as well.
    ['Jeg er svensk og taler også engelsk', ['sv', 'en']],
    // A name the verb after it reads in a list stays a language: "Romanian, speaks English".
    ['Romanian and Russian, speaks English too', ['ro', 'ru', 'en']],
  ])('reads %j', (text, expected) => {
    expect(levels(text)).toEqual(expected);
  });
});

describe('findLanguages: Swedish, Norwegian and German word order and names', () => {
  it.each([
    [
      'Danska pratar jag inte (än!), men svenska förstår ni ju och engelskan är flytande.',
      ['da:none', 'sv', 'en'],
    ],
    ['Eg snakkar norsk, engelsk og litt dansk.', ['no', 'en', 'da:little']],
    ['Kein Englisch, nur Deutsch und Polnisch!', ['en:none', 'de', 'pl']],
    ['Spreche kaum Englisch, nur Polnisch und Deutsch.', ['en:none', 'pl', 'de']],
    ['Ich spreche Niederländisch, Deutsch, Englisch und Dänisch.', ['nl', 'de', 'en', 'da']],
    // "nach Absprache" (by arrangement) is no word for language: "Englisch" here is a service.
    ['Mein Service: Griechisch nach Absprache, Englisch (leicht), Massage.', []],
  ])('%s', (text, want) => {
    expect(levels(text)).toEqual(want);
  });
});

describe('findLanguages: service names in a menu', () => {
  it.each([
    ['Natur ok, fransk ok, græsk nej', []],
    ['Greek: yes, OWO: yes', []],
    // The condom rule's sentence: the service, not a language.
    ['Alt sker med kondom, også fransk.', []],
    ['Always with condom, also greek.', []],
    // German and Spanish menus: "Französisch ohne Gummi", "francés natural".
    ['Massage, Französisch ohne Gummi, Verkehr mit.', []],
    ['Besos, francés natural, 69.', []],
    // A service after another in a menu, even after a speak verb without a full stop between.
    ['Jeg taler tysk 🙂 Massage, kys, fransk, græsk.', ['de']],
    ['English ok 😘 GFE, 69, french, dildo.', ['en']],
  ])('reads no language in %j', (text, expected) => {
    expect(levels(text)).toEqual(expected);
  });
  it.each([
    ['Jeg taler dansk, engelsk, fransk ok', ['da', 'en', 'fr']],
    ['Sprog: fransk ok', ['fr']],
    ['Altid kondom, og jeg taler også fransk', ['fr']],
    ['Ich spreche Deutsch und Französisch.', ['de', 'fr']],
    ['Jeg taler dansk, engelsk og fransk.', ['da', 'en', 'fr']],
  ])('reads %j', (text, expected) => {
    expect(levels(text)).toEqual(expected);
  });
});

describe('findLanguages: Chinese, Thai, Vietnamese and Korean lines', () => {
  it.each([
    ['我会说中文和一点英语。', ['zh', 'en:little']],
    ['不会说英语，只会普通话', ['en:none', 'zh']],
    ['พูดไทยและอังกฤษได้นิดหน่อย', ['th', 'en:little']],
    ['ไม่พูดภาษาอังกฤษ', ['en:none']],
    ['Chị nói tiếng Việt và tiếng Anh một chút.', ['vi', 'en:little']],
    ['Jeg taler dansk og tiếng Việt.', ['da', 'vi']],
    ['Nói tiếng Việt, dansk, English.', ['vi', 'da', 'en']],
    // A bare list that opens with the Vietnamese name.
    ['Massage og olie. Tiếng Việt, English, lidt dansk.', ['vi', 'en', 'da:little']],
    ['Foot massage by Long. Tiếng Việt, English.', ['vi', 'en']],
    ['Thai massage cho khách, tiếng Việt.', []],
    ['Tiếng Việt, dansk og English', ['vi', 'da', 'en']],
    // A lesson in the language, not a list: no language.
    ['Tôi dạy tiếng Việt cho trẻ em', []],
    ['영어 조금 해요, 한국어 가능', ['en:little', 'ko']],
    ['Sprog: 中文, English', ['zh', 'en']],
    // A service, a lesson or an hour: no language she speaks.
    ['中文服务，欢迎光临', []],
    ['태국 마사지 – 한국어 수업 후 1 tiếng', []],
    ['Học tiếng Anh ở trường.', []],
  ])('%s → %j', (text, want) => {
    expect(levels(text)).toEqual(want);
  });
});

describe('findLanguages: Chinese, Japanese and Korean lines', () => {
  it.each([
    // "不懂" (does not understand) denies as "不会" does; "可以" (can) states.
    ['只会说中文，不懂英语和丹麦语。', ['zh', 'en:none', 'da:none']],
    ['可以中文，一点英语', ['zh', 'en:little']],
    ['English ok, 한국어 native', ['en', 'ko']],
    ['会说日本語和英语', ['ja', 'en']],
  ])('reads %j', (text, expected) => {
    expect(levels(text)).toEqual(expected);
  });
  it.each([
    ['日本語', ['ja']],
    [' 中文 ', ['zh']],
    ['한국어', ['ko']],
  ])('reads the structured entry %j', (text, expected) => {
    expect(levels(text, true)).toEqual(expected);
  });
  it.each([
    // A name without a verb or a level is no language spoken.
    ['中文服务热情', []],
    ['한국어 메뉴', []],
  ])('reads no language in %j', (text, expected) => {
    expect(levels(text)).toEqual(expected);
  });
});

describe('findLanguages: the ad text itself and "is a little"', () => {
  it.each([
    // The language the ad is written in is not hers; her own words after it are.
    ['Min ven skrev denne tekst på dansk for mig, jeg taler kun rumænsk.', ['ro']],
    ['This text is written in English by a friend. I speak Thai.', ['th']],
    ['Jeg skriver på dansk og engelsk.', ['da', 'en']],
    // "is a little" is a level, as "is little" is.
    ['My english is a little, sorry.', ['en:little']],
    ['My danish is a bit rusty.', ['da:little']],
    ['Danish is a country I love.', []],
  ])('%s', (text, expected) => {
    expect(levels(text)).toEqual(expected);
  });
});

describe('findLanguages: Serbo-Croatian names and "malo", terse "little bit"', () => {
  it.each([
    ['Govorim samo hrvatski i malo engleski.', ['hr', 'en:little']],
    ['Govorim srpski, danski i engleski.', ['sr', 'da', 'en']],
    ['Говорим српски и мало енглески.', ['sr', 'en:little']],
    ['Little bit english, SMS please.', ['en:little']],
    // "bit" is no level word inside another word.
    ['Orbit english tea room, Aarhus.', []],
  ])('%s → %j', (text, want) => {
    expect(levels(text)).toEqual(want);
  });
});

describe('findLanguages: a list of names after an emoji, inside a clause of facts', () => {
  it.each([
    ['Incall Vejle, GFE, kissing 🌸 Română, English, Deutsch.', ['ro', 'en', 'de']],
    ['Massage og GFE 😘 dansk, engelsk, arabisk', ['da', 'en', 'ar']],
    ['Ich spreche Deutsch, Arabisch und Türkisch.', ['de', 'ar', 'tr']],
    ['Oil massage 💆 Thai, Swedish.', []],
    ['GFE, massage 💋 anal, Deutsch, English.', []],
  ])('%j', (text, expected) => {
    expect(levels(text)).toEqual(expected);
  });
});

describe('findLanguages: how good she is at one, Lao, and her people after her name and age', () => {
  it.each([
    ['Jeg er god til dansk og tysk.', ['da', 'de']],
    ['Jeg er ikke så god til engelsk, men jeg prøver.', ['en:little']],
    ['My English is ok and I am not so good at Danish.', ['en', 'da:little']],
    ['Taler thai og lao, lidt dansk.', ['th', 'lo', 'da:little']],
    // Not the service "fransk", nor a dish after the name.
    ['Jeg er rigtig god til fransk.', []],
    ['Hun er god til dansk mad.', []],
    // Her people after her name and age, though a speak verb came earlier in the clause.
    ['Vi snakker og hygger 🍷 Jeg er Hanne, 52, dansk, og elsker gode vine.', []],
    ["We can talk about anything 😊 I'm Clara, 31, Danish, and love travel.", []],
  ])('reads %j', (text, expected) => {
    expect(levels(text)).toEqual(expected);
  });
});
