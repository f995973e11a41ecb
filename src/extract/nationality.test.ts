import { describe, expect, it } from 'vitest';
import { dropCoveredRegions, extractFacts, findNationalities } from './index.js';
import { ORIGINS, REGION_MEMBERS } from './nationality-data.js';

const codes = (text: string): string[] => findNationalities(text).map((m) => m.code);

describe('findNationalities: English and other British Isles demonyms', () => {
  it.each([
    ['Amber, 33, English girl living in Aarhus for 6 years.', ['GB']],
    // Sofia, Bulgaria's capital, after "from"; before a person word it is her name.
    ['Hi, I am Desislava from Sofia, 23.', ['BG']],
    ['Sofia girl 24, new photos, Aarhus', []],
    // Italy and Spain as their own languages name them; Italian and Czech towns after "from".
    ['Hola, soy Giulia, vengo de Italia.', ['IT']],
    ['Hola, soy de España, 1h 1500.', ['ES']],
    ['Ciao! I am Sara from Bologna, 35.', ['IT']],
    ['Jsem Petra z Mladé Boleslavi.', ['CZ']],
    ['Danish girl, back from holiday in Italia.', ['DK']],
    // A name that starts with "no" before her demonym; the word "no" before it is a language lacked.
    ['Noemi, italian, 27, Aarhus', ['IT']],
    // A weak level after a language name in broken Danish: the language, not her origin.
    ['Jeg er fra Polen. Dansk ikke så godt, english ok.', ['PL']],
    ['Dansk pige, ikke så ung længere.', ['DK']],
    ['No english, no italian, only spanish', []],
    // Travelling a country names the place travelled: "travelling Denmark".
    ['Ploy, thai lady 33, travelling Denmark this month.', ['TH']],
    // A flag after a trip and "in" is where she went: "skiing in 🇦🇹", "ferie i 🇪🇸".
    ['Lone her, hjem fra ferie i 🇪🇸, klar igen', []],
    ['Jana 🇨🇿 back from skiing in 🇦🇹', ['CZ']],
    // The flag of the town of a stay repeats the town: "en uge i Budapest 🇭🇺"; another flag stays hers.
    ['Lone, 46: hjemme igen efter en uge i Budapest 🇭🇺', []],
    // The language asked for: "mostly dansk please"; her people stay ("Dansk pige, ring").
    ['My English is so-so, mostly dansk please.', []],
    ['Dansk pige i Ribe, ring please.', ['DK']],
    ['Only 3 days in Odense 🇷🇴, sweet Ana', ['RO']],
    // Flags after a border are the two countries it divides; a flag by her name stays hers.
    ['Rikke, dansk, bor i Kruså lige ved grænsen 🇩🇰🇩🇪', ['DK']],
    ['Ich bin Anja 🇩🇪 und wohne an der Grenze', ['DE']],
    // Where she trained is no origin: "uddannet i thaimassage fra Bangkok"; where she is from is.
    ['Dansk massør, 50, med uddannelse i traditionel thaimassage fra Bangkok.', ['DK']],
    ['Certified in Thai massage from Chiang Mai, I am Lone, Danish.', ['DK']],
    ['Nok, 30, kommer fra Chiang Mai, uddannet massør.', ['TH']],
    ['Jeg er Nok, uddannet massøse fra Thailand.', ['TH']],
    // The languages of the phone line, in brackets: "(Danish/English)".
    ['Kinesiske piger, ring til manager på 93 00 00 00 (Danish/English).', ['CN']],
    ['Anna (Danish) 30, Odense', ['DK']],
    // Texted "fransk udn" and "mssg, french" are the service, not her origin.
    ['gfe, mssg, french. fransk udn 🎈', []],
    // A massage style beside another is no origin: "Swedish and deep tissue"; a person stays one.
    ['Massage therapist Lone: Swedish & hot stone, 60 min 700 kr.', []],
    ['I am Swedish, deep tissue and sports massage.', ['SE']],
    ['British lady in Odense', ['GB']],
    ['I am English and live in Vejle', ['GB']],
    ['Jeg er engelsk og bor i Vejle', ['GB']],
    ['Sexy engelsk pige i Aalborg', ['GB']],
    ['Scottish girl Fiona', ['GB']],
    ['Irish beauty, 30', ['IE']],
    // A cocktail, not a Russian: "en White Russian i baren"; a woman so described stays one.
    ['Jeg er dansk og byder på en White Russian i baren.', ['DK']],
    ['Sexy white Russian girl, 25', ['RU']],
    // A theme evening names no origin: "orientalsk aften"; a person so described does.
    ['Layla – orientalsk aften med te og dans', []],
    // Where she lives now names no origin: "dansk hverdag", "dansk adresse"; she herself does.
    ['Tysk af fødsel, dansk hverdag – Heike, 45.', ['DE']],
    ['Italiensk mor med dansk adresse i Odense.', ['IT']],
    ['Dansk kvinde med adresse i Odense.', ['DK']],
    ['Orientalsk pige, 25, i Odense', ['XS']],
    ['American girl visiting', ['US']],
    ['English speaking Danish girl, Cecilie 26', ['DK']],
    // The client told which language to use names no origin; her own people after her name and age does.
    ['Thai massage i Vejle. Ring og tal engelsk eller dansk med os.', []],
    ['Vi kan snakke om alt, jeg er Mette, 44, dansk og glad.', ['DK']],
    // Danish named as a language she lacks is no origin: "dansk og engelsk kan hun ikke", "Dansk mig
    // ikke forstå"; said of herself it stays one.
    ['Hun er fra Laos. Dansk og engelsk er ikke hendes stærke side.', ['LA']],
    ['Mig Ana fra Polen. Dansk mig ikke forstå.', ['PL']],
    ['Jeg er dansk og kan ikke lide stress.', ['DK']],
    ['Dansk statsborger, født og opvokset i Polen.', ['DK', 'PL']],
    ['Grew up in Brazil, living in Aarhus', ['BR']],
    // The second genitive of a Polish pair after "z"; a Russian genitive of a Baltic capital.
    ['Pracują u nas dziewczyny z Polski i Łotwy.', ['PL', 'LV']],
    ['Jestem z Polski i mieszkam w Odense.', ['PL']],
    ['Меня зовут Инна, я из Таллина.', ['EE']],
    ['Sweet Nigerian ebony lady', ['NG']],
    ['Ebony queen in Odense', []],
    ['Dansk pige, 30. Massage og brasiliansk voks.', ['DK']],
    // The style in brackets after the demonym; a place in brackets stays hers.
    ['Intim: brazilian (voks) | Ryger: nej. Dansk pige.', ['DK']],
    ['Brazilian (Rio) girl, 25, in Aarhus', ['BR']],
    // Her languages compared, or put first with "I speak" and a level, are no origin.
    ['My english is small, polish better.', []],
    ['Polish and Czech I speak good. Massage.', []],
    ['Sexy Polish I speak English and Danish.', ['PL']],
    // The law a house keeps is no origin.
    ['All our models are verified and we respect Danish law.', []],
    ['Danish lady, 40, respects your privacy.', ['DK']],
    ['Søde damer fra Taiwan og Kina', ['TW', 'CN']],
    ['Taiwanese lady, 31, in Aalborg', ['TW']],
    // Swedish, German and French demonyms.
    ['Rumänsk tjej 27 år, jobbar i Köpenhamn', ['RO']],
    ['Deutsche Frau, 29, in Sønderborg', ['DE']],
    ['Belle Française à Copenhague', ['FR']],
    ['Russian and Romanian girls', ['RU', 'RO']],
    // A region of Romania, and the Hungarian "magyar" after an age ("24 years, Hungarian").
    ['Ana, 34, Transylvanian girl living in Odense', ['RO']],
    ['Sunt Ioana, ardeleancă, 29 de ani', ['RO']],
    ['Kata 27 éves, magyar, kedves és vidám', ['HU']],
    ['Jeg er ikke bange. Polsk pige', ['PL']],
    // A town abroad after "from" in the visitor's language.
    ['Ich bin Anke aus Flensburg, 34, diskret in Padborg', ['DE']],
    ['Tjej från Helsingborg, 25 år', ['SE']],
    ['Jeg kører fra Flensburg til Aabenraa hver dag', ['DE']],
    ['Arbejder i Flensburg og Padborg', []],
    // An easy reach from a country is where she is near, not her origin.
    ['Lina from Latvia. Near the ferry in Helsingør, easy from Sweden.', ['LV']],
    ['Thai lady. Many danish man come here, very happy', ['TH']],
    ['Only for Danish man, sorry', []],
    ['Danish man, 35, massage for women', ['DK']],
    // A negated "from" is no origin; after "men"/"but" the origin is stated.
    ['Jeg er Mette, 35, og jeg er ikke en af pigerne fra Østeuropa - jeg er dansk.', ['DK']],
    ["I'm not from Romania, I'm from Bulgaria", ['BG']],
    ['Ikke dansk men fra Rumænien', ['RO']],
    ['Hun er ikke fra Thailand, men fra Vietnam', ['VN']],
    ['Jeg er fra Polen, ikke fra Rusland', ['PL']],
    // Danish typed without æ, ø, å.
    ['jeg er Ana fra Rumaenien, 25 aar', ['RO']],
    ['Sexy rumaensk pige', ['RO']],
    // Romanian, Moldovan, Bulgarian and Russian words; a language spoken is none.
    ['Bună, sunt Elena, 39 de ani, din România.', ['RO']],
    ['Sunt Roxana, 24 de ani, moldoveancă.', ['MD']],
    ['Имаме нови български момичета всяка седмица', ['BG']],
    ['Говоря български, английски и датски.', []],
    ['Новые русские девушки', ['RU']],
    ['Hello, me Fah, Thai girl 26 year. I just come Denmark 2 week.', ['TH']],
    ['We 3 girl here, Thai and Lao', ['TH', 'LA']],
    // A distance from a town, and the guests, are no origin.
    ["I'm Emma, 31, Danish, in Helsingør – twenty minutes on the ferry from Helsingborg.", ['DK']],
    ['Only 30 km from Flensburg. Swedish guests may pay in SEK.', []],
    // A language's label before its text is no origin.
    ['Sunt Roxana, 24 de ani, moldoveancă. Dansk: kun incall, kan ikke gå ud.', ['MD']],
    // English "men" with "from" are clients; Danish "men" ("but") with "fra" is not.
    ['Many men from Germany visit me, I am Polish', ['PL']],
    // After a Scandinavian adjective "men" is "but"; English "Swedish men" are clients.
    ['Jag heter Ebba, 39, svensk men bor i Helsingør sedan länge.', ['SE']],
    ['Swedish men and Danish men welcome. Mette, 45.', []],
    // Dutch demonyms and "uit", German "aus dem"; Belgium.
    ['Hoi, ik ben Fenna (29), Nederlandse, al jaren in Odense.', ['NL']],
    ['Wij brengen Belgische en Nederlandse meiden naar Vejle.', ['BE', 'NL']],
    ['Lotte uit Utrecht, 31.', ['NL']],
    ['Ich bin Heike aus dem Ruhrgebiet und wohne in Tønder.', ['DE']],
    ['Tjej från Lund, 27 år.', ['SE']],
    ['Ik spreek Nederlands en Engels.', []],
    ['Mei, 41, chinese massage therapist in Vejle.', ['CN']],
    ['Chinese massage therapist with 10 years of training.', []],
    ['Jeg kører Danmark rundt i marts. Polsk pige Ola, 29.', ['PL']],
    ['Home after a two-week tour of Peru and Chile. Danish lady, 50.', ['DK']],
    ['Ana, 30, from Peru. Tour of Jutland next week.', ['PE']],
    // "greek"/"græsk" is also the service: her origin only as the person.
    ['Sofia, 25, Greek girl in Odense', ['GR']],
    ['Eleni – Greek goddess in Vejle', ['GR']],
    ['Jeg er græsk og bor i Aarhus', ['GR']],
    ['GFE, massage, græsk mod tillæg', []],
    ['Greek is possible for extra.', []],
    // After her name and age, as a self-introduction goes on; not after a menu's number.
    ['Athina 33, græsk, Odense C.', ['GR']],
    ['Massage, GFE, 69, græsk, fransk.', []],
    // "first time" is her visit, not a distance ("en time fra Malmø").
    ['Mia, 22, first time in DK from Polen.', ['PL']],
    ['Lejlighed en time fra Malmø, dansk pige.', ['DK']],
    // "French natural", "Fransk? Ja" are the service.
    ['Hi, I am Joy from Kenya. French natural also ok.', ['KE']],
    ['Hi, I am Ada from Ghana. Natural French possible for extra.', ['GH']],
    ['Natural French girl Chloé in Vejle, 27', ['FR']],
    ['Lene, dansk. Fransk? Ja, altid med kondom.', ['DK']],
    // A language's level with "also" before it: "Danish also ok" is spoken, not her origin.
    ['Hi, I am Mai from Vietnam. English good, Danish also ok.', ['VN']],
    ['Hej, jeg er Karin, dansk, også på weekender.', ['DK']],
    // A teacher of tantra is a person: "Danish tantra teacher"; a compound cut short names a language.
    ['Signe, 47, Danish tantra teacher in Aarhus.', ['DK']],
    ['Tysk- og engelsktalende gæster er velkomne.', []],
    ['German- and English-speaking guests welcome.', []],
    // Central Asia and the Caucasus; not the first name "Georgia".
    ['Aigerim, 26, from Kazakhstan', ['KZ']],
    ['Dilnoza fra Usbekistan, 31', ['UZ']],
    ['Nino from Tbilisi, 29', ['GE']],
    ['Georgia, 25, sweet girl in Odense', []],
    // Where she lives, not her origin: "Danish resident".
    ['Originally from Ghana but Danish resident for many years', ['GH']],
    ['Danish girl, resident in Aarhus', ['DK']],
    // A country she goes to next, in broken English without "to".
    ['My last days in Aalborg before I go Sweden', []],
    ['Polish girl, soon I go home', ['PL']],
  ])('origin: %s', (text, expected) => {
    expect(codes(text)).toEqual(expected);
  });
  it.each([
    ['I speak English and Danish', []],
    ['English spoken', []],
    ['Nyelvek: magyar, angol', []],
    ['English only, no Danish', []],
    ['Speaks English.', []],
    ['Thai girl, English ok', ['TH']],
    ['I am English speaking', []],
    ['My language is English', []],
    ['Taler engelsk og dansk', []],
    ['Polish lady Ewa. Call +48 512 345 678 or Danish number 25 17 60 93', ['PL']],
    ['My English is perfect and my Danish is good. Olga from Russia', ['RU']],
    ['Engelsk: lidt. Dansk: nej. Thai: ja. Sød thai dame Pim', ['TH']],
    ['Danish tour! Irina from Latvia', ['LV']],
    ['Thai pige Nok – jeg har boet i Danmark i 20 år og taler godt dansk.', ['TH']],
    ['Jeg er thai dame. Jeg taler thai og engelsk, ikke dansk.', ['TH']],
    ['Kristina 35 from Estonia. Russian and English. Odense', ['EE']],
    ['Polish / English', []],
    ['Jag pratar rumänska och engelska', []],
    ['Ich spreche Russisch, Polnisch und Englisch', []],
    ['Ich spreche Deutsch', []],
    ['Danish clients welcome. Romanian girl', ['RO']],
    // The past tense, "intet" and the client asked: languages, not origins.
    ['Mai fra Vietnam. Da jeg kom, talte jeg intet dansk.', ['VN']],
    ['Taler du dansk? Ja, og engelsk.', []],
    ['Jeg er dansk og taler intet tysk.', ['DK']],
    ['Danske mænd foretrækkes', []],
    ['Ingen sprogbarriere, heller ikke for vores tyske naboer', []],
    ['English ok. Russian no.', []],
    ['Thai: ja. Dansk: nej', []],
    // Another person, a school, a marriage or Danes in general: not her origin.
    ['Jeg er thai, dansk gift og bor i Vejle.', ['TH']],
    ['Filipina, married with a Danish man', ['PH']],
    ['Mine børn går i dansk skole', []],
    ["I'm learning Danish, Romanian girl", ['RO']],
    ['Most Danes speak English better than me', []],
    ['Gift med en dansker, jeg er fra Kenya', ['KE']],
    ['Jeg har dansk pas og er født i Aarhus', ['DK']],
    // Born or raised in a Danish town is a Danish origin; a town abroad is read as before, and a
    // town she only lives in is none.
    ['Kinesisk massage lært i Shanghai, men jeg er født og opvokset i Haderslev.', ['DK']],
    ['Ingrid, 58, born and raised in Aalborg.', ['DK']],
    ['Klassisk massage av Tove, född och uppvuxen i Odense.', ['DK']],
    ['Zoneterapi ved Birthe, født og opvokset her i Vejle.', ['DK']],
    ['Swedish massage by Tom, born and raised here in Aarhus.', ['DK']],
    ['Rejser meget, men bor her i Vejle.', []],
    // "her" between ("født her i Danmark") and "på" before a place ("opvokset på Bornholm") too.
    ['Rolig klinik i Nyborg, og ja: født her i Danmark', ['DK']],
    ['Jeg er født i Warszawa, men opvokset her i Danmark', ['PL', 'DK']],
    ['Jeg er født i Krakow og bor nu i Odense.', ['PL']],
    ['Bor i Svendborg og elsker havet.', []],
    ['Dansk pige, 25', ['DK']],
    ['Dansk mand, 43, tilbyder massage til mænd', ['DK']],
    ['Danish guy, 27, fit and friendly', ['DK']],
    // A man's own title, "gentleman" as "man": the clients only after a quantity.
    ['Paolo, 41, Italian gentleman for ladies in Aarhus', ['IT']],
    ['Only for Danish gentleman, discreet lady in Vejle', []],
    ['Ciao, Luca from Torino, 38, living in Odense.', ['IT']],
    // A demonym or a country before a journey or a thing of hers is not her origin.
    ['Ewa from Gdańsk. Min danske turné starter i Odense', ['PL']],
    ['Tanja 🇷🇺 Danmark turné december', ['RU']],
    ['Scandinavia trip: Sweden tour, then Norway visit', []],
    ['Back from my Danish holiday? No – Lina from Lithuania', ['LT']],
    // Joined to the journey by a hyphen, even after "fra": a holiday there, not her origin.
    ['Lige kommet hjem fra Thailand-ferie, brun og glad. Mette, 34.', []],
    ['Jeg er fra Thailand, ferie i Danmark', ['TH']],
    ['Fra Thailand - ferie slut, tilbage i Odense', ['TH']],
    ['Swedish stay 3 days, Polish sim card only', []],
    // A mood, not her descent: "dansk ro", "dansk hygge" (her own origin still reads).
    ['Født i Riga, men elsker dansk ro og natur', ['LV']],
    ['Thaimassage og ægte dansk hygge hos Noi fra Udon Thani', ['TH']],
    ['Dansk pige med ro i sjælen', ['DK']],
    ['Hot Romanian visit me in Odense', ['RO']],
    ['Bulgarian, visit us at the studio', ['BG']],
    // A name the language finder reads as spoken is no origin, unless "only" or a person word.
    ['I speak swedish, polish and a bit of german', []],
    ['Anja is fluent in Czech and Slovak', []],
    ['Sprog: engelsk, og lidt tysk og hollandsk', []],
    ['Jeg taler engelsk, og jeg er rumænsk', ['RO']],
    ['Romanian, speaks English and Italian', ['RO']],
    ['I speak English and Spanish, Polish girl', ['PL']],
    ['I speak only bulgarian', ['BG']],
    // A visit or a trip with or without "to" names the place visited.
    ['Ana – first visit Sweden, then Copenhagen', []],
    ['Nok, Thai lady, second visit to Denmark', ['TH']],
    ['Kort besøg Danmark – Maria fra Ungarn', ['HU']],
    ['Trip Norway next week, I am from Brazil', ['BR']],
  ])('language, not origin: %s', (text, expected) => {
    expect(codes(text)).toEqual(expected);
  });
});

describe('findNationalities: Danish sex-ad slang "fransk", "spansk"', () => {
  it.each([
    'Svensk massage, fransk med kondom, kys og kram.',
    'Maja – fransk og svensk massage',
    'Fransk uden kondom +300',
    'fransk uden, græsk, 69',
    'Jeg giver fransk og græsk',
    'Massage, fransk, 69 og kys',
    'Services: GFE, French, shower',
    'Fransk kys og kram',
    'Elsker spansk',
    'spansk og fransk',
    'Fransk kys, græsk mod tillæg og spansk. Altid med kondom.',
    // The menu's verb opens the item before it: "love GFE and french", "elsker kys og fransk".
    'Two friendly ladies who love GFE and french',
    'Hun elsker kys og fransk',
    'I offer massage, french',
    // A preposition of the act: the condom rule names the service.
    'Altid med kondom, også ved fransk.',
    'Kondom under fransk og samleje',
    'Condom always, also during French',
    // A style joined to another before the massage word.
    'Vi tilbyder kinesisk og thai massage i Vejle',
    'Swedish and Thai massage by appointment',
    // A kind of two words joined after it.
    'Birgit – Swedish & deep tissue massage in Vejle',
    'Klassisk svensk og hot stone massage',
    // Another kind of massage joined after it: a list of kinds.
    'Hot stone, Thai, foot massage – book a time',
    'Vi giver thai og fodmassage',
    // Two kinds sharing the word "massage", and oil beside it without the word.
    'Kinesisk hoved- og nakkemassage i Roskilde',
    'Thai eller olie? Du vælger. 1 time 600 kr.',
    // Broken Danish and English "do" before the service.
    'Jeg gøre fransk og kys hvis du vil',
    'I do French and GFE, always safe',
    // The Swedish menu's "franska" (oral), with or without a condom.
    'Kyssar, franska utan och massage.',
    'GFE, franska med kondom, 69.',
    // What the service may be: "fransk kan godt være uden", "French can be without".
    'Kun sikker sex, men fransk kan sagtens være uden.',
    'French can also be without, ask me.',
    // The item before carries its condom note, and a title's dash ends the name before the menu.
    'Jeg tilbyder GFE, fransk med kondom og spansk.',
    'Lotte 44 Vejle – fransk, spansk og kys',
    // The cosy time beside it in a title: "fransk og hygge".
    'Bente 51 – fransk og hygge',
    // Intercourse as the next item: "Fransk og samleje".
    'Hurtige besøg. Fransk og samleje, altid sikkert.',
  ])('service, not origin: %s', (text) => {
    expect(codes(text)).toEqual([]);
  });
  it.each([
    ['Fransk pige i Aarhus', ['FR']],
    ['Jeg er fransk og elsker massage', ['FR']],
    ['Jeg er fransk, kan godt være lidt fræk', ['FR']],
    ['Lek, thai and sweet, body massage too', ['TH']],
    ['Nok, thai og olieret hud', ['TH']],
    ['Ploy er thai, og hun giver ryg- og fodmassage', ['TH']],
    ['Margot, 38 ans, Belge, à Aarhus', ['BE']],
    ['Hej, jeg er Sophie fra Frankrig', ['FR']],
    ['Sophie, fransk, 28 år', ['FR']],
    ['Jeg bor ved Aarhus, fransk pige', ['FR']],
    ['Spansk skønhed Carmen', ['ES']],
    ['Carmen, spanish lady', ['ES']],
    ['Real spanish girl, I offer French', ['ES']],
    ['Lotte 44 – spansk pige, fransk med kondom', ['ES']],
    ['Fransk pige og hygge i Vejle', ['FR']],
    ['Fransk kvinde, samleje kun med kondom', ['FR']],
    // The verb's object is no service, so the list is not a menu.
    ['Elegant lady who loves travelling, French and Italian', ['FR', 'IT']],
    // "Latin Amerika" written in two words is the region, not the United States.
    ['PIGER FRA SPANIEN OG LATIN AMERIKA', ['ES', 'XL']],
    ['Jeg er fra Syd Amerika', ['XL']],
  ])('origin: %s', (text, expected) => {
    expect(codes(text)).toEqual(expected);
  });
});

describe('findNationalities: flags', () => {
  it.each([
    ['Katya 🇺🇦 in Aarhus', ['UA']],
    ['🇷🇴 Romanian girl 🇷🇴', ['RO', 'RO', 'RO']],
    ['From Ukraine 🇺🇦. Languages: 🇺🇦 🇷🇺 🇬🇧', ['UA', 'UA']],
    ['Sprog: 🇩🇰 🇬🇧. Sød pige 🇵🇱', ['PL']],
    ['I speak 🇬🇧 and 🇳🇬', []],
    ['🇹🇭 Mali 25\n🗣️ 🇹🇭 + lidt 🇬🇧', ['TH']],
    // Denmark's flag after Denmark as where she comes to, in visitors' languages; her own flag stays.
    ['Primera vez en Dinamarca 🇩🇰 ✈️ Soy Luz, peruana', ['PE']],
    ['Pierwszy raz w Danii 🇩🇰, Kasia 🇵🇱', ['PL']],
    ['Dansk pige 🇩🇰 i Vejle', ['DK', 'DK']],
  ])('%s', (text, expected) => {
    expect(codes(text)).toEqual(expected);
  });
});

describe('findNationalities: a clause that only lists languages', () => {
  it.each([
    ['Nice body. Russian, English, German. Call me', []],
    ['Hot boy. Portuguese / Spanish / English little.', []],
    ['Thai, english little. 900 kr', []],
    ['Romanian, English', []],
  ])('language, not origin: %s', (text, expected) => {
    expect(codes(text)).toEqual(expected);
  });
  it.each([
    ['Russian girl. English, German.', ['RU']],
    ['Romanian, 22, English and Danish', ['RO']],
    ['Russian and Romanian girls', ['RU', 'RO']],
    ['Polish lady. English', ['PL']],
  ])('origin: %s', (text, expected) => {
    expect(codes(text)).toEqual(expected);
  });
});

describe('findNationalities: two adjectives of the clients', () => {
  it.each([
    ['Romanian girl. Danish and foreign clients welcome!', ['RO']],
    ['Danske og udenlandske mænd er velkomne', []],
    ['Danish and international gentlemen only', []],
    ['Thai lady, Danish/foreign customers', ['TH']],
  ])('the clients: %s', (text, expected) => {
    expect(codes(text)).toEqual(expected);
  });
  it.each([
    ['Romanian and Danish girls for clients', ['RO', 'DK']],
    ['Romanian and Bulgarian ladies', ['RO', 'BG']],
    ['Dansk og sød pige tager imod kunder', ['DK']],
  ])('hers: %s', (text, expected) => {
    expect(codes(text)).toEqual(expected);
  });
});

describe('findNationalities: a mixed origin', () => {
  it.each([
    ['Mai, halv dansk/thai, født i Vejle', ['DK', 'TH']],
    ['Half English-Thai girl in Aarhus', ['GB', 'TH']],
    ['Blandet filippinsk/dansk, 30 år', ['PH', 'DK']],
    ['Mixed Thai/Danish lady', ['TH', 'DK']],
    // The pair right after her age.
    ['Sara, 27, svensk/nigeriansk. Ring i dag', ['SE', 'NG']],
  ])('both: %s', (text, expected) => {
    expect(codes(text)).toEqual(expected);
  });
  it.each([
    ['Jeg taler dansk/thai', []],
    ['Halv time 500 kr. Taler dansk/engelsk', []],
    ['Half hour, Danish/English spoken', []],
    // A speaking word after the pair, the clause going on; the text written in a language.
    ['Signe, 30, Danish/English speaking, outcall only', []],
    ['Lin, 30, thai/english. Massage in Aalborg', []],
    ['Min veninde har rettet den danske tekst for mig. Jeg er fra Polen.', ['PL']],
    // One friend's origin, not hers: "en dansk veninde"; two women presenting themselves stay.
    ['En dansk veninde har oversat teksten. Jeg er fra Litauen.', ['LT']],
    ['Vi er to danske veninder i Aarhus.', ['DK']],
  ])('languages: %s', (text, expected) => {
    expect(codes(text)).toEqual(expected);
  });
});

describe('findNationalities: demonyms in the visitor’s own language', () => {
  it.each([
    ['Ewa, Polka, 29 lat, Vejle', ['PL']],
    ['MARTA 41 POLSKA – Esbjerg', ['PL']],
    ['Sunt o româncă de 25 ani', ['RO']],
    ['Romanca sexy in Aalborg', ['RO']],
    ['Oksana, ukrainka z Kijowa', ['UA']],
    ['Ich bin Ukrainerin, 31', ['UA']],
    ['Linda brasileña en Aarhus', ['BR']],
    ['Bella portuguesa, 35', ['PT']],
    // French demonyms of Europe and beyond; not the service "à la grecque".
    ['Sophie, 33 ans, belge, à Aarhus', ['BE']],
    ['Jeune roumaine douce à Odense', ['RO']],
    ['Brésilienne coquine, 27 ans', ['BR']],
    ['Massage, câlins, à la grecque en supplément', []],
    // Cyrillic: country names, the genitive after "из"/"з"/"от", female demonyms.
    ['Россия', ['RU']],
    ['Катя из России, 24 года', ['RU']],
    ['Оля з України', ['UA']],
    ['Новенькая! Маша, из Москвы', ['RU']],
    ['Молодая украинка в Орхусе', ['UA']],
    ['Красивая болгарка, 28', ['BG']],
    ['Я белоруска, из Минска', ['BY', 'BY']],
    ['Молдаванка Лена от Кишинёва', ['MD', 'MD']],
    ['Русская девушка Aarhus', ['RU']],
    // An agency's plural, and the Romanian and Albanian endonyms.
    ['У нас украинки, 20-30 лет', ['UA']],
    ['Русские и украинские девушки', ['RU', 'UA']],
    ['Момичета от България и Румъния', ['BG', 'RO']],
    ['Катя из Румынии', ['RO']],
    ['Я из Риги', ['LV']],
    // The Baltic states themselves in Russian, Ukrainian and Bulgarian, and their women.
    ['Марина, я из Латвии', ['LV']],
    ['Оксана з Естонії, 33', ['EE']],
    ['Красива литовка, 25', ['LT']],
    ['Эстонка, живу в Оденсе', ['EE']],
    ['Fete românce și moldovence', ['RO', 'MD']],
    ['Besa, shqiptare nga Shqipëria', ['AL', 'AL']],
    // Towns and countries in Latin letters, the genitive after "iz"/"z", and more home towns.
    ['Privet, ya Dasha iz Gomelya', ['BY']],
    ['Devushki iz Latvii i Estonii, Odense', ['LV', 'EE']],
    ['Ya Ira, studentka iz Kaunasa', ['LT']],
    // A town abroad right after her age, ending the clause.
    ['Privet, ya Oksana, 27 let, Minsk. Zhdu tebya', ['BY']],
    ['Milena, 31, Riga. Outcall i Vejle', ['LV']],
    // A student of a thing is a person of that origin.
    ['Hej, Sara her, 23, Danish law student in Aarhus', ['DK']],
    ['Anya, 30, z Vinnytsi', ['UA']],
    ['Sasha, Rossiya, 26', ['RU']],
    ['Hi, Oksana from Zhytomyr here', ['UA']],
    ['Ірина з Херсона', ['UA']],
    ['Юля из Казани', ['RU']],
    ['Polish-speaking, Danish passport, in Vejle since 2010', ['DK']],
    ['Hej, jeg er tyrkisk pige, 28, og elsker serier', ['TR']],
    ['Danish? Yes, born in Vejle', ['DK']],
  ])('origin: %s', (text, expected) => {
    expect(codes(text)).toEqual(expected);
  });
  it.each([
    // A number's last digits or a part of Copenhagen after a number are no town of hers.
    ['Ring 40 71 25 98, Oslo er for langt væk', []],
    ['Maja, 28, Husum, outcall', []],
    ['We follow Danish law. Students welcome', []],
    ['Jag pratar polska och engelska', []],
    ['Språk: polska, svenska', []],
    ['Bikini med polka dots', []],
    ['Magyar, English, Deutsch', []],
    // Russian, the language: no origin; a city counts only after "из"/"from".
    ['Говорю на русском и английском', []],
    ['Русский язык, English', []],
    ['Отель в Москве, кишинев', []],
    ['Zhivu v Kazani 3 goda', []],
    // A country she supports, with its flag, and a sauna or books of a country.
    ['Vi støtter Ukraine 🇺🇦 og giver til nødhjælp', []],
    ['I stand with Ukraine', []],
    ['Finsk sauna og massage bagefter', []],
    ['Jeg læser russiske romaner om aftenen', []],
    ['Danish residency, I speak English and Polish', []],
    // What she watches, the side of a border she lives on, a language question she answers.
    ['Om aftenen ser jeg tyrkiske serier og drikker te', []],
    ['I love old Italian movies and long walks', []],
    ['I live on the Swedish side of the bridge', []],
    ['Danish? I understand most of it, but I reply in English', []],
    ['Dansk? Jeg forstår det meste', []],
  ])('no origin: %s', (text, expected) => {
    expect(codes(text)).toEqual(expected);
  });
});

describe('findNationalities: Central and Eastern European words for her and her country', () => {
  it.each([
    ['Ahoj, jsem Tereza, Češka, 29 let.', ['CZ']],
    ['Jsem Čech, 35, z Brna', ['CZ', 'CZ']],
    ['Nikola je Slovenka, má 22 rokov', ['SK']],
    ['Slovák Peter, 30, zo Slovenska', ['SK', 'SK']],
    ['Szia! Magyar lány vagyok, Réka', ['HU']],
    ['Csinos magyar nő Odense', ['HU']],
    ['Magyar vagyok, 31 éves', ['HU']],
    ['Nemzetiség: Magyarország', ['HU']],
    ['Labas! Aš Rūta, lietuvė, 35 metų.', ['LT']],
    ['Tomas, lietuvis, Vejle', ['LT']],
    ['Mūsų merginos iš Lietuvos ir Latvijos', ['LT', 'LV']],
    ['Agnese, latviete, 27', ['LV']],
    ['Agnese no Latvijas', ['LV']],
    ['Jestem Beata, Polka, mam 34 lata', ['PL']],
    ['Marek, Polak, 33 lata', ['PL']],
    ['Kasia z Krakowa', ['PL']],
    ['Jestem z Rumunii, mieszkam w Odense', ['RO']],
    ['Ewa, Węgierka z Węgier', ['HU', 'HU']],
    ['Ich bin Ioana aus Rumänien', ['RO']],
    ['Polnische Frau, 31, diskret', ['PL']],
    ['Я из Эстонии, 29 лет', ['EE']],
    ['Литовка Вика, из Литвы', ['LT', 'LT']],
    // Plural and feminine adjectives before the persons.
    ['Polskie dziewczyny w Aarhus', ['PL']],
    ['České holky v Odense', ['CZ']],
  ])('origin: %s', (text, expected) => {
    expect(codes(text)).toEqual(expected);
  });
  it.each([
    // The language, a dance, and a place she is at ("w"/"v" are "in").
    ['Nyelvek: magyar', []],
    ['Magyar, English, Deutsch', []],
    ['Vi danser polka hele natten', []],
    ['We can dance a polka first', []],
    ['Pracowałam w Rumunii dwa lata', []],
    ['Bydlím v Kodani, dřív v Praze', []],
    ['Krakowa', []],
    ['Mluvím česky a polsky.', []],
  ])('no origin: %s', (text, expected) => {
    expect(codes(text)).toEqual(expected);
  });
});

describe('findNationalities: big towns abroad after "from"', () => {
  it.each([
    ['Kinesisk massage ved Ling, 35, fra Harbin.', ['CN']],
    ['Nok from Khon Kaen', ['TH']],
    ['Linh fra Nha Trang', ['VN']],
    ['Joy from Enugu', ['NG']],
    ['Angel from Quezon City', ['PH']],
    ['Bruna from Belo Horizonte', ['BR']],
    ['Yuli fra Barquisimeto', ['VE']],
    ['Paola from Bucaramanga', ['CO']],
    ['Yari from Puerto Plata', ['DO']],
    // Born or raised there, in Swedish and Norwegian.
    ['Jag heter Moa, 33, uppvuxen i Uppsala men bor i Aarhus nu.', ['SE']],
    ['Hege, 41, oppvokst i Trondheim, bor på Fyn.', ['NO']],
    ['Född i Malmö, numera i Helsingør.', ['SE']],
  ])('origin: %s', (text, expected) => {
    expect(codes(text)).toEqual(expected);
  });
  it.each([
    ['Weekend i Harbin og Wuhan', []],
    ['Krabi massage', []],
    // Where she lives now is no origin.
    ['Bor numera i Göteborg, pendlar till Helsingør.', []],
  ])('no origin without "from": %s', (text, expected) => {
    expect(codes(text)).toEqual(expected);
  });
});

describe('findNationalities: country codes in brackets after a name', () => {
  it.each([
    ['New this week: Maria (BG), Stela (BG), Ivana (RO).', ['BG', 'BG', 'RO']],
    ['Piger: Anna (DK) og Nok (TH)', ['DK', 'TH']],
    ['Hos os: Lily(PH)', ['PH']],
  ])('origin: %s', (text, expected) => {
    expect(codes(text)).toEqual(expected);
  });
  it.each([
    ['Massage i Odense (DK)', []],
    ['Now in Hamburg (DE) for a week', []],
    ['Tlf 22 33 44 55 (DK)', []],
    ['maria (bg) og sofia (RO)', []],
    ['Girls (XE) and Kim (OK)', []],
  ])('no origin: %s', (text, expected) => {
    expect(codes(text)).toEqual(expected);
  });
});

describe('dropCoveredRegions', () => {
  it.each([
    [['XF', 'NG'], ['NG']],
    [['CN', 'XS'], ['CN']],
    [
      ['XF', 'KE', 'NG'],
      ['KE', 'NG'],
    ],
    [
      ['XE', 'RO', 'XL', 'CO'],
      ['RO', 'CO'],
    ],
  ])('the country, not its region: %j', (found, expected) => {
    expect(dropCoveredRegions([...found])).toEqual(expected);
  });
  it.each([
    [['XF'], ['XF']],
    [
      ['XS', 'NG'],
      ['XS', 'NG'],
    ],
    [
      ['XE', 'DK'],
      ['XE', 'DK'],
    ],
    [
      ['XL', 'ES'],
      ['XL', 'ES'],
    ],
  ])('a region without one of its countries stays: %j', (found, expected) => {
    expect(dropCoveredRegions([...found])).toEqual(expected);
  });
  it('lists only countries of ORIGINS as members', () => {
    for (const members of Object.values(REGION_MEMBERS))
      for (const c of members) expect(Object.keys(ORIGINS)).toContain(c);
  });
});

describe('an ad’s nationalities: a region beside one of its countries', () => {
  it.each([
    [{ title: 'Sweet African queen', text: 'Precious, 30, from Lagos Nigeria' }, ['NG']],
    [{ title: 'Asian massage', text: 'Chinese girl Lily, 25' }, ['CN']],
    [{ title: 'Latina caliente', text: 'Soy Valeria' }, ['XL']],
    [{ title: 'Latina caliente', text: 'Thai lady Noi' }, ['XL', 'TH']],
  ])('%j', (ad, expected) => {
    expect(extractFacts({ id: 't', ...ad }).nationalities).toEqual(expected);
  });
});

describe('findNationalities: a business name or a style', () => {
  it.each([
    ['Velkommen i Asia Spa Kolding', []],
    ['Africa Lounge – åben til kl. 2', []],
    ['Thailand Massage & Wellness, Vejle', []],
    ['Klassisk og thai-inspireret massage', []],
    ['Japanese-style bath, Swedish inspired massage', []],
  ])('no origin: %s', (text, expected) => {
    expect(codes(text)).toEqual(expected);
  });
  it.each([
    ['Pige fra Asien, massage og GFE', ['XS']],
    ['Kommer fra Thailand. Massage hver dag', ['TH']],
    ['I am from Thailand massage too', ['TH']],
    ['Japanese girl from Asia, spa and massage', ['JP', 'XS']],
  ])('origin: %s', (text, expected) => {
    expect(codes(text)).toEqual(expected);
  });
});

describe('findNationalities: a masseur named after the demonym', () => {
  it.each([
    ['Klassisk massage ved dansk massør Karina', ['DK']],
    ['Thai masseuse Nok, 20 years experience', ['TH']],
    ['Jeg er Louise, 41, dansk massøse i Viborg', ['DK']],
    ['Mei, 33, kinesisk massøse i Frederikshavn', ['CN']],
    ['Jeg er Camilla, 43, dansk tantra-massøse', ['DK']],
    ['Mit navn er Bente, jeg er 47 og svensk massør i Aalborg', ['SE']],
    ['Søde thai massøse tager imod hver dag', ['TH']],
    ['Mai er en lækker vietnamesisk massøse i Vejle', ['VN']],
    ['Cute Korean masseuse waiting in Vejle', ['KR']],
    ['Vi tilbyder helsemassage med vores kinesiske massøse i Roskilde', ['CN']],
    // The masseuse of the day is a person of the house's line-up.
    ['Dagens vietnamesiske massøse: Linh. Ring for en tid', ['VN']],
    ["Today's Thai masseuse is Dao", ['TH']],
    // No massage style is Danish: the masseur is.
    ['Erfaren dansk massør med klinik i Køge', ['DK']],
    ['Danish masseuse, 50, calm room in Holstebro', ['DK']],
  ])('origin: %s', (text, expected) => {
    expect(codes(text)).toEqual(expected);
  });
  it.each([
    ['Svensk massør i Aarhus', []],
    ['Uddannet thai massøse. Ring', []],
    ['thai massøse med erfaring', []],
    ['Lækker thai massage med varm olie', []],
    ['Kinesisk helsemassage. Aarhus N', []],
    ['Svensk sportsmassage, 60 min', []],
    ['Priser: 30 min 400 kr, 60 og svensk massage 700 kr', []],
  ])('style: %s', (text, expected) => {
    expect(codes(text)).toEqual(expected);
  });
});

describe('findNationalities: town names with and without their diacritics', () => {
  it.each([
    ['Larisa, 27, from Constanța', ['RO']],
    ['Larisa, 27, from Constanţa', ['RO']],
    ['Ioana from Timișoara', ['RO']],
    ['Ioana fra Timisoara', ['RO']],
    ['Sunt din Iași? No – from Brașov', ['RO', 'RO']],
    ['Andreea from Bacau', ['RO']],
    ['Natalia z Łódź? Nej, fra Lodz', ['PL', 'PL']],
    ['Kasia from Kraków', ['PL']],
    ['Kasia from Krakow', ['PL']],
    ['Marta from Wrocław', ['PL']],
    ['Zofia from Poznań', ['PL']],
    ['Ola from Gdansk', ['PL']],
    ['Petra from Košice', ['SK']],
    ['Petra from Kosice', ['SK']],
    ['Eszter from Pécs', ['HU']],
    ['Anja aus Lübeck', ['DE']],
    ['Anja aus Lubeck', ['DE']],
  ])('from the town: %s', (text, expected) => {
    expect(codes(text)).toEqual(expected);
  });
  it.each([
    ['Weekend in Kraków with friends', []],
    ['Opera in Timișoara', []],
    ['Brașov', []],
  ])('no origin: %s', (text, expected) => {
    expect(codes(text)).toEqual(expected);
  });
});

describe('findNationalities: the Baltic states together', () => {
  it.each([
    ['Five new girls from the Baltic countries', ['XE']],
    ['Baltic beauty, 24, Odense', ['XE']],
    ['Baltiske piger i Aalborg', ['XE']],
    ['Jeg kommer fra Baltikum', ['XE']],
    ['Pigerne er fra de baltiske lande', ['XE']],
    ['Girls from the Baltics', ['XE']],
    ['Unsere Mädchen aus Osteuropa besuchen Sie', ['XE']],
    ['Chicas de Europa del Este en Aarhus', ['XE']],
    ['Süße Asiatin in Odense', ['XS']],
  ])('origin: %s', (text, expected) => {
    expect(codes(text)).toEqual(expected);
  });
  it.each([
    [{ title: 'Baltic girl', text: 'Inga, from Latvia' }, ['LV']],
    [{ title: 'Baltiske skønheder', text: 'Fra Litauen og Estland' }, ['LT', 'EE']],
  ])('a Baltic country beside it says more: %j', (ad, expected) => {
    expect(extractFacts({ id: 't', ...ad }).nationalities).toEqual(expected);
  });
});

describe('findNationalities: where the clients come from, where she lives, languages spoken', () => {
  it.each([
    // The clients' countries, as flags or names, after their word and "from"/"fra".
    ['Polsk pige 🇵🇱. Mine kunder er fra 🇸🇪 🇳🇴 og 🇩🇪', ['PL', 'PL']],
    // The clients welcomed, before their flags; a welcome to her or a demonym of hers keeps the flag.
    ['Välkommen även svenskar 🇸🇪 Jag heter Lena, 34, dansk.', ['DK']],
    ['Velkommen til svenske og norske mænd 🇸🇪🇳🇴. Jeg er Maja fra Aalborg.', []],
    ['Svenske kunder er også velkomne 🇸🇪! Mette, 40', []],
    ['Velkommen til Sofia 🇸🇪', ['SE']],
    // Friends welcomed are clients; friends presenting themselves keep their origin.
    ['Velkommen norske og danske venner 🇳🇴🇩🇰 Jeg er Lise fra Vejle.', []],
    ['Welcome my Swedish friends! Anna, 38, Danish.', ['DK']],
    ['We are 3 Filipina friends in Odense', ['PH']],
    ['Vi er svensk og thai, to gode venner og et par', ['SE', 'TH']],
    // "Kun dansk lidt": only a little Danish, no origin; "Kun thai" says it.
    ['Mig Ploy fra Thailand. Kun dansk lidt.', ['TH']],
    ['Jeg taler kun thai', ['TH']],
    // "only" after a language she lacks is her one language, not the end of a list.
    ['Lan, 45. Sorry, no english, only vietnamese.', ['VN']],
    // Only when the text names no other origin: a language of several countries.
    ['Sweet girl from Brazil. No English, only Portuguese.', ['BR']],
    ['Jeg taler dansk, kun spansk med venner', []],
    // "only" after the language, with the speak verb before it, reads the same.
    ['Ming, 50. Speak Vietnamese only, a little english', ['VN']],
    ['Languages: Russian only', []],
    // Two words before "massage" that are not a kind keep both origins.
    ['Swedish and Thai girls massage', ['SE', 'TH']],
    ['Vi er svenskar 🇸🇪 två tjejer', ['SE']],
    // Denmark's flag after Denmark as where she comes to; her own flag stays.
    ['FIRST TIME IN DENMARK 🇩🇰✈️ Joy 🇵🇭 23', ['PH']],
    ['Ny i Danmark 🇩🇰 – Ana fra Colombia', ['CO']],
    ['Lise 🇩🇰 44, Vejle', ['DK']],
    ['Welcome gentlemen! Swedish girl 🇸🇪', ['SE', 'SE']],
    ['Lots of guests from Sweden, Norway and Finland. I am Latvian', ['LV']],
    ['Most of my clients are Norwegian and German businessmen. I am Bulgarian', ['BG']],
    ['Maison Lumière presents Isabelle, 27, a Parisian companion', ['FR']],
    ['My new lingerie from Paris just arrived. I am Lærke, 31, Danish', ['DK']],
    ['Thai massage med olie fra Thailand. Jeg er fra Vietnam', ['VN']],
    ['Blessing, 27, sexy chocolate lady from Nigeria', ['NG']],
    // A demonym before a thing or a lesson: the thing's origin, the language taught.
    ['Italian girl in Italian shoes, fransk parfume', ['IT']],
    // A country's clothing size is no origin: "UK size 14", "italiensk størrelse 42".
    ['Dansk Mette, UK size 14, shoe US size 9', ['DK']],
    ['Britisk Amy, 40, bruger italiensk størrelse 42', ['GB']],
    // "Chocolate" is said of women in ads: "Naija chocolate", "ebony chocolate from Lagos".
    ['sexy Naija chocolate, ebony chocolate from Lagos', ['NG', 'NG']],
    ['I speak English. I start Danish classes next month, dansk undervisning', []],
    ['I am Réka, a Hungarian woman who fell in love with the Danish west coast', ['HU']],
    ['Jeg hedder Julie, dansk og født i Aarhus – men brasileira de coração', ['DK']],
    ['Aš Milda, lietuvaitė, 20 metų', ['LT']],
    // Nigerian English "live for" is "live in"; "æ" written as "e".
    ['I live for Denmark 5 years, I am from Nigeria', ['NG']],
    ['Jeg er fra rumenien', ['RO']],
    // Her husband's origin, a number's country, Pidgin "dey" (am in), a journey's start.
    ['Thai lady Noi, my husband is Danish. Call Denmark 40 71 25 98', ['TH']],
    ['I am Ada from Nigeria, I dey Denmark 2 years, I no sabi Danish', ['NG']],
    ['I marry Danish man, I am from Kenya', ['KE']],
    ['Hi, I just come Denmark from Italy', ['IT']],
    // The arrival alone: where she came from counts only when she names no other origin.
    ['Gabriela, colombiana, just arrived from Madrid', ['CO']],
    ['Nyt ansigt, lige ankommet fra Tyskland', ['DE']],
    // A landing, or Pidgin "reach" (arrive), is an arrival too.
    ['Adjoa from Ghana, just landed in Vejle from Brussels', ['GH']],
    ['Ebony from Lagos, I just land Herning from Spain', ['NG']],
    ['Naija girl, just reach from Paris', ['NG']],
    ['Ama from Kumasi, I reach Denmark two weeks now', ['GH']],
    // A combining form before its hyphen names an origin; alone it is a town or a name.
    ['Soy Paula, colombo-venezolana, 24', ['CO', 'VE']],
    ['Luana, ítalo-brasileira, 25', ['IT', 'BR']],
    ['Italo is my driver, I am Mexican', ['MX']],
    ['Only a little English, better Danish or Twi. Ghanaian lady', ['GH']],
    ['Our ladies come from Russia and Denmark, all speak English', ['RU', 'DK']],
    // A country after stay/live/bo/bor is where she lives.
    ['Me from Isan, me live Denmark 12 year', ['TH']],
    ['Kommer fra Vietnam, bor Danmark nu', ['VN']],
    // "tale"/"talk" as the speak verb, and the language something is done in.
    ['Jeg fra Cuba. Jeg kan tale dansk lidt', ['CU']],
    ['Behandling på svensk eller norsk, efter ønske', []],
    ['Massage in Russian, Ukrainian or English', []],
    // A speaking compound names a language.
    ['Vores pige er polsk-talende og sød', []],
    ['Russian-speaking girls in Aalborg', []],
    // Yin, yoga and stretch as styles.
    ['Thai yoga massage og kinesisk yin', []],
    ['Tilbyder thai stretching', []],
    // The Romanian "din" (from) before a foreign town.
    ['Ioana, 24, din Cluj-Napoca', ['RO']],
  ])('%s', (text, expected) => {
    expect(codes(text)).toEqual(expected);
  });
  it.each([
    // Clients who come from somewhere do not hide her own origin after them.
    ['My clients from Norway say I am the best Polish girl', ['PL']],
    ['Kunder fra hele verden. Jeg er fra Ukraine', ['UA']],
    // Greeting the men, then her own "I am … from": her origin, not the clients'.
    ['Hello handsome men, I am Kasia 25 from Poland', ['PL']],
    ['Many men from Norway visit, and they love my massage', []],
    // "din" in Danish is "your": a Danish town after it is no origin; "bor i" was already a place.
    ['Jeg er din Aarhus-pige', []],
    // "your Romanian girl": the person offered, not the language or a thing.
    ['Hi, I am Roxana, 26, din rumænske pige i Køge.', ['RO']],
    // What she calls herself for him: "your Romanian sweetheart" (not "my Romanian doll collection").
    ['Mara, your Bulgarian sweetheart, is back in Vejle', ['BG']],
    // "halvt" as "halv": "halvt engelsk og halvt dansk" (not "halvt på engelsk": the language).
    ['Jeg er Kim, halvt engelsk og halvt dansk.', ['GB', 'DK']],
    ['I collect dolls: my Romanian doll is the oldest', []],
    ['Ukrainian girl, speaking Russian, living in Odense', ['UA']],
    // "only" that opens the clause keeps the origin it states.
    ['Taler kun thai', ['TH']],
  ])('keeps: %s', (text, expected) => {
    expect(codes(text)).toEqual(expected);
  });
});

describe('findNationalities: a flag beside a language spoken', () => {
  it.each([
    ['Jeg taler dansk 🇩🇰 og engelsk 🇬🇧, jeg er fra Polen', ['PL']],
    ['🇬🇧🇺🇸 English speaking Nadia', []],
  ])('is the language: %s', (text, expected) => {
    expect(codes(text)).toEqual(expected);
  });
  it.each([
    ['Danish girl 🇩🇰 speaking English', ['DK', 'DK']],
    ['Nadia 🇷🇴 Vejle', ['RO']],
  ])('else stays an origin: %s', (text, expected) => {
    expect(codes(text)).toEqual(expected);
  });
});

describe('findNationalities: Nordic and Spanish origins, and what is no origin', () => {
  it.each([
    ['Hei! Jeg er Ingrid, 34 år, fra Bergen.', ['NO']],
    ['Synnøve, 36, fra Tromsø, er her kun til søndag.', ['NO']],
    ['Våra svenska tjejer är på besök i Köpenhamn.', ['SE']],
    ['¡Hola! Soy Javier, 29, de Sevilla.', ['ES']],
    ['Olá, sou a Inês, de Lisboa.', ['PT']],
    ["I'm Freya, a 39-year-old English companion.", ['GB']],
  ])('origin: %s', (text, expected) => {
    expect(codes(text)).toEqual(expected);
  });
  it.each([
    // A currency, a language studied or spoken, and a Danish "de" (they) before a Danish town.
    ['1 time: 1500 danske kroner', []],
    ['Pris 1200 svenska kronor', []],
    ['I study Danish in Odense', []],
    ['Jeg studerer dansk på sprogskolen', []],
    ['Jag pratar svenska och engelska', []],
    ['Pigerne kommer fra Polen, de Odense-piger er søde', ['PL']],
    ['I speak English and French, no Danish', []],
  ])('no origin: %s', (text, expected) => {
    expect(codes(text)).toEqual(expected);
  });
});

describe('findNationalities: Chinese, Vietnamese and Spanish masculine words', () => {
  it.each([
    ['我叫丽华，54岁，来自中国，在丹麦生活了十二年。', ['CN']],
    ['我们的中国女孩都住在店里', ['CN']],
    ['我叫Anna，29岁，中国人。', ['CN']],
    ['越南美女，新到', ['VN']],
    // A massage style, not an origin.
    ['中国按摩 – Kinesisk massage i Vejle', []],
    ['Tôi là Hoa, người Việt, sống ở Đan Mạch', ['VN']],
    ['Gái Việt mới sang', ['VN']],
    // Chinese women and cities, her country alone after her age; not the greeting of Chinese friends.
    ['我是小红，30岁，越南女人。', ['VN']],
    ['小丽，26岁，中国。温柔体贴', ['CN']],
    ['丽丽来自北京', ['CN']],
    ['欢迎中国朋友', []],
    // Korean and Thai: the country before a person word, not the language nor a massage.
    ['저는 민지, 태국 여자예요', ['TH']],
    ['베트남인 언니', ['VN']],
    ['한국어 가능, 태국 마사지', []],
    ['สาวลาว น่ารัก', ['LA']],
    ['นวดไทย พูดไทย', []],
    // A licence, a method, a tradition, a stay: no origin.
    ['Jeg har dansk autorisation som massør', []],
    ['Traditionel thai og kinesisk akupunktur', []],
    // Techniques and methods learnt come from there, she does not: "japanske teknikker".
    ['Min tantra bygger på japanske teknikker og ro', []],
    ['Relaxing massage with Balinese techniques', []],
    ['Japansk Yumi viser dig nye teknikker', ['JP']],
    ['Tatlong taon na ako sa Denmark', []],
    ['Soy Andrés, colombiano, 31 años.', ['CO']],
    ['Ich bin Sabine, 51, Österreicherin.', ['AT']],
    // "italiano" is also the language.
    ['Hablo italiano y español.', []],
  ])('%s → %j', (text, want) => {
    expect(codes(text)).toEqual(want);
  });
});

describe('findNationalities: a town abroad before a word for her, Pidgin "for", the Congo', () => {
  it.each([
    ['Accra babe in Vejle, call me.', ['GH']],
    ['Sweet Bangkok-pige i Aalborg.', ['TH']],
    ['Chantal, 30 ans, Congolaise de Kinshasa.', ['CD', 'CD']],
    ['Mi be Joy from Lagos, first time for Denmark.', ['NG']],
    // Plural Polish and Romanian demonyms, Russian Baltic names: "Polki i Litwinki", "unguroaice", "из Латвии".
    ['U nas Rumunki i Łotyszki, 22-30 lat.', ['RO', 'LV']],
    ['Avem fete unguroaice în Aarhus.', ['HU']],
    ['Я Вика, из Эстонии, живу в Оденсе.', ['EE']],
    ['Литовка Аня, 29, Орхус.', ['LT']],
    ['Fake page promise massage job Denmark, big money.', []],
    ['Lina, Thailand. Massage job Norway before, now Aarhus.', ['TH']],
  ])('%s', (text, want) => {
    expect(codes(text)).toEqual(want);
  });
  it.each([
    // A town in lower case, a town that is also a word, a town named without a word for her.
    ['Cali girl visiting Copenhagen, 25.', []],
    ['I love Paris, girl! Call me.', []],
    ['Watched a film about Berlin yesterday.', []],
    ['Visa for Denmark in order, no agency.', []],
  ])('no origin: %s', (text, want) => {
    expect(codes(text)).toEqual(want);
  });
});

describe('findNationalities: a parent’s or the family’s origin', () => {
  it.each([
    ['Jeg er Sofie, 30, født i Vejle. Min mor er fra Marokko, men jeg er dansk.', ['DK']],
    ['Born and raised in Aarhus, my parents are from Somalia.', ['DK']],
    ['Dansk kvinde med tyrkisk far, opvokset i Horsens.', ['DK']],
    ['Danish girl with an Ethiopian mother, 26.', ['DK']],
    ['Født i Køge af eritreiske forældre.', ['DK']],
    ['Hi, Lina here, my dad is Moroccan and I grew up in Odense.', ['DK']],
    ['Vokset op i Ishøj, somalisk familie, dansk statsborger.', ['DK']],
    ['Hej, min far kommer fra Kenya 🇰🇪 og jeg er født i Randers.', ['DK']],
    ['Signe, dansk med somaliske rødder, 31 år.', ['DK']],
    // Born or raised in a Danish town gives DK (see findNationalities' birthplace reading).
  ])('hers only: %s', (text, want) => {
    expect(codes(text)).toEqual(want);
  });
  it.each([
    // Her own origin, a mother presenting herself, and a mixed origin of her own.
    ['Nigerian mum of two, 38, discreet.', ['NG']],
    ['Enlig mor fra Polen, 35 år.', ['PL']],
    ['Jeg er halvt thai halvt dansk, 29.', ['TH', 'DK']],
    ['Ugandan lady, far from home and lonely.', ['UG']],
    ['I am from Ghana, my family lives in Accra.', ['GH']],
  ])('hers: %s', (text, want) => {
    expect(codes(text)).toEqual(want);
  });
});

describe('findNationalities: Swedish, Norwegian and German ads', () => {
  it.each([
    ['Hallo! Ich bin Lara, 23, aus Tschechien.', ['CZ']],
    ['Hej, jag är Joy från Elfenbenskusten, 27.', ['CI']],
    ['Je suis Awa, ivoirienne, 29.', ['CI']],
    ['Ich bin Marleen, 42, Holländerin, und wohne in Aabenraa.', ['NL']],
    ['Ich bin Lone, 50, Dänin aus Aabenraa.', ['DK']],
    ['Schwedin Ida und Norwegerin Kari', ['SE', 'NO']],
    // Swedish plurals in -a, one-word halves of a mixed origin, Norwegian regions after "frå".
    ['Vi har alltid 4–5 tjejer på plats – svenska och lettiska.', ['SE', 'LV']],
    ['Jag är Mali, 30 år, halvsvensk och halvthai.', ['SE', 'TH']],
    ['Hei! Eg er Ragnhild, 30, ei blid jente frå Vestlandet.', ['NO']],
    ['Skånsk partytjej som bor i Köpenhamn', ['SE']],
    // A plural person word after a list makes every demonym of it hers.
    ['Choose from 8 Scandinavian models: Danish, Swedish and Norwegian ladies.', ['DK', 'SE', 'NO']],
    // German women name their home town ("gebürtige Kielerin", "aus Niebüll"), German country names
    // and female demonyms further away.
    ['Ich bin Heike, 52, gebürtige Kielerin, und wohne in Sønderborg.', ['DE']],
    ['Hallo, Birgit hier, 48, aus Niebüll.', ['DE']],
    ['Ich bin Irina, 29, aus Moldawien.', ['MD']],
    ['Süße Kubanerin, 27, in Aarhus.', ['CU']],
    ['Ich komme aus der Dominikanischen Republik.', ['DO']],
  ])('%s', (text, want) => {
    expect(codes(text)).toEqual(want);
  });
  it.each([
    // The language put first with its verb after it, the clients' town, the kroner, a greeting.
    ['Danska pratar jag inte (än!), men engelskan är flytande.', []],
    ['Viele meiner Gäste kommen aus Flensburg.', []],
    ["Norwegian and Swedish kroner accepted at the day's rate.", []],
    ['1 time 1 500 kr (danske)', []],
    ['Hallo Dänemark! Wir sind Sandra und Mike.', []],
    ['Eg snakkar norsk, engelsk og litt dansk.', []],
    ['Our Swedish and Norwegian girls are touring Denmark!', ['SE', 'NO']],
    // German service words are no origin.
    ['Mein Service: Französisch mit Gummi, Spanisch, Griechisch nach Absprache.', []],
    ['Ich biete Französisch, Griechisch und Spanisch.', []],
    // The male town demonyms are food, and a town without "aus" is a place.
    ['Nach dem Treffen gibt es Berliner und Kaffee.', []],
    ['Ich besuche am Wochenende Husum.', []],
    // A massage style in Swedish and English.
    ['Klassisk svensk massage, 1 timme 900 kr.', []],
    ['Swedish massage and deep tissue.', []],
  ])('no other origin: %s', (text, want) => {
    expect(codes(text)).toEqual(want);
  });
});

describe('findNationalities: the structured field', () => {
  it.each([
    ['deutsch', ['DE']],
    ['Nederlands', ['NL']],
    ['Deutsch, Englisch', []],
  ])('field %j', (text, expected) => {
    expect(findNationalities(text, true).map((m) => m.code)).toEqual(expected);
  });
  it('reads "Deutsch" in free text as the language', () => {
    expect(codes('Ich spreche Deutsch und Englisch.')).toEqual([]);
  });
});

describe('findNationalities: Spanish, Brazilian and Latin American regional words', () => {
  it.each([
    ['Hola, soy Nuria, catalana, 36 años', ['ES']],
    ['Pilar, andaluza de Cádiz, te espera', ['ES']],
    ['Oi, sou a Renata, mineira, 31 anos', ['BR']],
    ['Carioca sensual em Odense', ['BR']],
    ['Sou paulistana, 29 anos', ['BR']],
    ['Mariana, caleña, 27 años', ['CO']],
  ])('origin: %s', (text, expected) => {
    expect(codes(text)).toEqual(expected);
  });
  it.each([
    // A style of music or a bikini line is no woman from there.
    ['Dansk pige, 33. Elsker latinamerikansk musik og dans', ['DK']],
    ['Hanne, dansk, med brazilian bikini-voks', ['DK']],
    ['Jeg hører latin music og danser salsa', []],
    // A costume is no origin: "French maid", "fransk stuepige".
    ['Classy English lady: nurse, secretary or French maid outfit', ['GB']],
    ['Dansk Tina, 44, klæder sig ud som fransk stuepige', ['DK']],
  ])('no origin from the style: %s', (text, expected) => {
    expect(codes(text)).toEqual(expected);
  });
});

describe('findNationalities: East Asian origins', () => {
  it.each([
    ['Grace, 34, born in Hong Kong, living in Vejle', ['HK']],
    ['Hongkong lady in Aarhus', ['HK']],
    ['我来自香港，住在欧登塞', ['HK']],
    ['來自台灣的女生', ['TW']],
    ['Aya fra Fukuoka, 30', ['JP']],
    ['Jisoo from Daegu, 27', ['KR']],
    // The flag after Denmark named as where she arrived, in Chinese: "刚到丹麦" (just arrived in Denmark).
    ['刚到丹麦🇩🇰 Mei from Wuhan', ['CN']],
  ])('origin: %s', (text, expected) => {
    expect(codes(text)).toEqual(expected);
  });
  it.each([
    // A culture she likes or a massage style is no origin.
    ['Dansk Pia, 45, elsker japansk kultur og anime', ['DK']],
    ['Massage inspireret af japansk shiatsu', []],
    ['I love Korean culture and K-pop', []],
    ['Jeg bor i Danmark 🇩🇰', []],
    // A level said with a verb names the language: "så dansk går fint".
    ['Fra Osaka, men bor i Aarhus, så dansk går fint', ['JP']],
  ])('no origin: %s', (text, expected) => {
    expect(codes(text)).toEqual(expected);
  });
});

describe('findNationalities: Serbo-Croatian endonyms and a drink named after a country', () => {
  it.each([
    ['Marija, 29, Hrvatica iz Zadra, outcall Vejle', ['HR', 'HR']],
    ['Zdravo, ja sam Srpkinja iz Beograda.', ['RS', 'RS']],
    ['Дуња из Србије, 24, Aarhus', ['RS']],
    ['Selma, 27, fra Bosna, massage', ['BA']],
    ['Hej, jeg er Ivana fra Hrvatska.', ['HR']],
    // The languages are no origin; a drink is not the person.
    ['Govorim hrvatski i srpski.', []],
    ['Dansk dame, 50. Kold polsk vodka eller en italiensk kaffe?', ['DK']],
  ])('%s → %j', (text, want) => {
    expect(codes(text)).toEqual(want);
  });
});

describe('findNationalities: a surname, Italian regions, Greek words and Cyprus', () => {
  it.each([
    // A surname's origin is not hers.
    ['Maja, 39, dansk – græsk efternavn efter min eksmand.', ['DK']],
    ['Danish lady with a Spanish surname, 41, Aarhus', ['DK']],
    ['Mit efternavn lyder måske italiensk, men jeg er fra Fyn.', []],
    ['Efternavnet er polsk, fornavnet er dansk: Birgitte, 50.', []],
    // She names her region or town in Italian, or another origin in Italian and French.
    ['Sono Federica, siciliana, 35 anni, a Odense.', ['IT']],
    ['Luisa, 41, napoletana doc, Aarhus C.', ['IT']],
    ['Bella albanese di 29 anni a Kolding.', ['AL']],
    ['Je suis Albanaise, 26 ans, à Vejle.', ['AL']],
    // Greek letters: the demonym and a town after "από".
    ['Ελληνίδα, 30, στο Odense.', ['GR']],
    ['Είμαι η Άννα από τη Θεσσαλονίκη.', ['GR']],
    // Cyprus, and "Greek" joined to it before the person word.
    ['Maria, cypriotisk kvinde på 33 i Roskilde.', ['CY']],
    ['Two Greek and Cypriot girls in Aalborg.', ['GR', 'CY']],
    ['Greek and CIM for extra.', []],
    // A roster's brackets with name and age: her origin; a menu's number is not a name.
    ['I dag: Sofie (29, Greek) og Line (33).', ['GR']],
    ['Services (69, Greek) on request.', []],
  ])('%s → %j', (text, want) => {
    expect(codes(text)).toEqual(want);
  });
});
