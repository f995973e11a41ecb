import { describe, expect, it } from 'vitest';
import { findAges, findBirthYearAges, firstPersonAge, herAgeInCouple, herAgeInPair } from './age.js';

const ages = (text: string): number[] => findAges(text).map((a) => a.age);

describe('findAges (patterns tried at each two-digit number)', () => {
  it('reads an age closed by a colon before a word', () => {
    expect(ages("I'm Charlotte, 41: Danish, well-travelled. Mia 25: Thai")).toEqual([41, 25]);
    expect(ages('Vejle 12:30, Anna 25: 1500 kr')).toEqual([]);
  });
  it.each([
    ['Jeg (Hanne, 46) inviterer igen til fest.', [46]],
    ['Party tonight! (Bella, 27)', [27]],
    ['Priser (Kort, 30)', []],
    ['Masculine guy (38, bearded, tall) gives massage.', [38]],
    ['Sød pige (22, slank og blond)', [22]],
    ['Massage (60, 90 min)', []],
  ])('reads an age in brackets with her name or her traits: %j', (text, expected) => {
    expect(ages(text)).toEqual(expected);
  });
  it.each([
    ['Hej, Tanja here. 36, from Aarhus.', [36]],
    ['Mia here! 24. New pictures.', [24]],
    ['Book here. 30 min or 1 hour.', []],
  ])('reads an age after "here" closing a sentence: %j', (text, expected) => {
    expect(ages(text)).toEqual(expected);
  });
  it.each([
    ['Jeg er ikke 18 længere, men jeg er 43 år.', [43]],
    ["I'm not 19 anymore – I am 38.", [38]],
    ['Ich bin nicht mehr 18, ich bin 44 Jahre.', [44]],
    ['Jag är inte 19 längre utan 41 år.', [41]],
    ['Hun er 19 og ikke ny i byen.', [19]],
    // An age the ad corrects as a mistake; the corrected one after "jeg er selvfølgelig".
    ['Der stod ved en fejl 19 år i annoncen – jeg er selvfølgelig 29.', [29]],
    ['It said by mistake 19, I am of course 39.', [39]],
    ['Ingen fejl her: jeg er 19 år og dansk.', [19]],
  ])('reads no age she denies: %j', (text, expected) => {
    expect(ages(text)).toEqual(expected);
  });
  it.each([
    ['Jeg er Bente, 52 år, og har arbejdet 25 år på et plejehjem.', [52]],
    ['Maria here, 44 years, worked 20 years as a nurse.', [44]],
    ['Har boet 15 år i Kolding. Jeg er 49 år.', [49]],
    // "Here" for the place lived in; her age stays hers.
    ['Sweet Kanya 51 in Vejle, living here 22 years, good massage.', [51]],
    ['Ida, 26 years, living here in Odense.', [26]],
  ])('reads no age in years spent at something: %j', (text, expected) => {
    expect(ages(text)).toEqual(expected);
  });
  it.each([
    ['Vi har en ny kollega, Bettina på 45, der elsker massage.', [45]],
    ['Hils på Lise på 41 år fra Fyn.', [41]],
    ['Ring til Mia på 22 33 44 55.', []],
    ['Vesterbro på 30 min med taxa.', []],
  ])('reads an age after her name and "på": %j', (text, expected) => {
    expect(ages(text)).toEqual(expected);
  });
  it.each([
    ['No agency here, just me, 36, Polish and independent.', [36]],
    ['Ingen andre piger, kun mig, 45, dansk og glad.', [45]],
    ['Only me, 30 minutes or 1 hour, you choose.', []],
    ['Hi, Sanne here, blonde Nordic goddess, 41 – discreet.', [41]],
    // The stock phrase for herself: "Danish girl next door, 39" (not "the door, 39", a house number).
    ['Swedish girl next door, 37, living in Odense.', [37]],
    ['Ring on the door, 39 is the number of my flat.', []],
    ['Goddess, 60 min 1500 kr.', []],
  ])('reads her age after the word for herself: %j', (text, expected) => {
    expect(ages(text)).toEqual(expected);
  });
  it.each([
    ['Jeg hedder Noor. 😊 38, irakisk, bor i Vejle.', [38]],
    ['41, dansk, glad og rund.', [41]],
    ['20, Vesterbro, ring efter kl. 20.', []],
    ['Åbent fra kl. 20, dansk pige venter.', []],
  ])('reads an age that opens a line with her demonym after it: %j', (text, expected) => {
    expect(ages(text)).toEqual(expected);
  });
  it.each([
    ['Ich bin 25 und neu in Odense.', [25]],
    ['Lena aus Kiel. Sie ist 23, blond.', [23]],
    ['Я Катя, мне 26, жду тебя.', [26]],
    ['Оля, ей 22, новенькая.', [22]],
    ['Ich bin 24/7 für dich da.', []],
    ['Ich bin 24 Stunden erreichbar, sie ist 20 Min. von Vejle.', []],
    ['Я рядом, мне 30 минут до центра.', []],
    ['Казвам се Мария, на 35 съм, от България.', [35]],
    ['Аз съм на 27, от Варна.', [27]],
    ['Мария е на 23 и е нова в Копенхаген.', [23]],
    // German drops the "ich" after her name: "…, bin 21", "… und bin 30".
    ['Ich heiße Jana, bin 21 und neu hier.', [21]],
    ['Hallo, ich heiße Petra und bin 45.', [45]],
    ['Jana, bin 24 Stunden erreichbar.', []],
    ['Студиото е на 30 минути от центъра.', []],
    ['Масаж на 60 минути, 900 кр.', []],
  ])(
    'reads "ich bin", "sie ist", "мне", "ей", "съм на" before a bare age, not before a unit: %j',
    (text, expected) => {
      expect(ages(text)).toEqual(expected);
    },
  );
  it.each([
    ['Amy from the UK 🇬🇧, 38, in Odense for dinner dates.', [38]],
    ['Amy from the UK, 38. UK size 12, 170 cm.', [38]],
    ['Amy, UK size 12, 170 cm.', []],
  ])('reads an age after "the UK" as after a name: %j', (text, expected) => {
    expect(ages(text)).toEqual(expected);
  });
  it.each([
    ['Yasmin her (36) – bor i Kolding.', [36]],
    ['Mia here (25), new pics.', [25]],
    ['Sofie her (20 min fra Vejle) – ring.', []],
  ])('reads an age in brackets after "Name here": %j', (text, expected) => {
    expect(ages(text)).toEqual(expected);
  });
  it.each([
    ['hej ja hedder sanne 44 fra køge', [44]],
    ['my name is mia, 25, from riga', [25]],
    ['jeg hedder sanne 45 min fra Køge', []],
    ['hedder du lars 24/7 kan du ringe', []],
    ['Hej! Lina heter jag, 34, från Göteborg', [34]],
    ['jag heter sanna 45 min från Malmö', []],
  ])('reads a lower-case name after "hedder"/"my name is": %j', (text, expected) => {
    expect(ages(text)).toEqual(expected);
  });
  it.each([
    ['hejsa 🌷 sofie, 31, bor i vejle', [31]],
    ['hello im dina 26 new here', [26]],
    ['jeg er louise 💋 38 og glad', [38]],
    ['hey guys 30 min er nok', []],
    ['im online 24 7', []],
    ['hej alle 20 kr rabat', []],
  ])('reads a lower-case name after a greeting or "I\'m": %j', (text, expected) => {
    expect(ages(text)).toEqual(expected);
  });
  it.each([
    ['marta 33 from latvia, massage', [33]],
    ['sød sara 27, svensk', [27]],
    ['jenny 24 🇸🇪 cph', [24]],
    ['odense – lise 40 – gfe', []],
    ['massage 30, 60 min 800', []],
    ['bus 18 fra centrum', []],
    ['all between 22 and 35, from Latvia and Brazil', []],
  ])('reads a lower-case name whose origin follows its number: %j', (text, expected) => {
    expect(ages(text)).toEqual(expected);
  });
  it('reads Russian and Ukrainian years', () => {
    expect(
      ages('Катя новенькая, ей 20 лет. Я Анна, мне 31 год. Вона українка, їй 18 років. Лена, 24 года'),
    ).toEqual([20, 31, 18, 24]);
  });
  it('finds a keyword before the number across spaces and one colon', () => {
    expect(findAges('Jeg er 24 år')).toEqual([{ age: 24, start: 7, end: 9 }]);
    expect(ages('alder :  25')).toEqual([25]);
    expect(ages('age:\u00a031')).toEqual([31]);
    expect(ages('hun er\n27 og glad')).toEqual([27]);
    expect(ages('She is 45')).toEqual([45]);
  });
  it('reads every pattern at its numbers, with the letters /iu folds onto its words', () => {
    // Each pattern is tried only where a character it needs is next to the number (age.ts).
    expect(ages('25 ÅR, 26years, 27 y.o, 28 Jahre, 29 lat')).toEqual([25, 26, 27, 28, 29]);
    expect(ages('30 \u212Br')).toEqual([30]);
    expect(ages('SHE IS 31, she i\u017f 32, I AM 33, AGED 34, Alder 35')).toEqual([31, 32, 33, 34, 35]);
    expect(ages('Mia (36)')).toEqual([36]);
    expect(ages('Mia, 37 Mia,38')).toEqual([37, 38]);
    expect(ages('Mia 39, MIA 41')).toEqual([39, 41]);
    expect(ages('Mia 40 kr, 42 dage, (43), Mia; 44')).toEqual([]);
  });
  it('reads an adverb between the keyword and the age', () => {
    expect(ages("I'm actually only 19, but people say I look older")).toEqual([19]);
    expect(ages('Jeg er faktisk kun 19. Hun er bare 22')).toEqual([19, 22]);
    expect(ages("I'm just 10 min from the station, I'm only 45 min away")).toEqual([]);
  });
  it('reads a demonym and the age alone before a sentence ends, and "teen" or "mom" before it', () => {
    expect(ages('BB ok. Amager, dansk 45. Ring')).toEqual([45]);
    expect(ages('Brazilian teen 19 😍 Kbh center. Hot mom 41!')).toEqual([19, 41]);
    expect(ages('Thai massage 60. Åbent til 22.')).toEqual([]);
  });
  it('does not read 69 as an age in a menu', () => {
    expect(ages('Valentina 26 • BBBJ • DFK • 69 • GFE')).toEqual([26]);
    expect(ages('✔ CBJ\n✔ 69\n✔ A-level')).toEqual([]);
    expect(ages('Kirsten, 69, moden dame')).toEqual([69]);
  });
  it('reads a demonym as her title before ", NN" or "is NN", in lower case too', () => {
    expect(ages('Hos os: Dayami, cubana, 28. Hun danser')).toEqual([28]);
    expect(ages('our sweet colombiana is 24, very naughty')).toEqual([24]);
    expect(ages('Sød thai 🌸, 39 og frisk')).toEqual([39]);
    // Not a demonym, or a unit after: no age.
    expect(ages('Massage, 30 min 400. The deposit is 50, the rest at the door')).toEqual([]);
    expect(ages('Taler svensk, 60 min 900. Thai, 90 minutter')).toEqual([]);
    // Hours in the visitors' languages are no age either.
    expect(ages('Soy Génesis, venezolana, 26. Disponible 24 horas, todos los días')).toEqual([26]);
    expect(ages('Camerounaise, ouverte 24 heures')).toEqual([]);
  });
  it('reads the age beside a percentage, a residence and a child', () => {
    expect(ages('Anja, 29 – 100 % diskret i Esbjerg.')).toEqual([29]);
    // Her age, then her week after a spaced dash; "24-7" and "24 / 7" stay round the clock.
    expect(ages('Pia, 24 – 7 dage om ugen i Aarhus')).toEqual([24]);
    expect(ages('Lena, 25 - 7 days a week')).toEqual([25]);
    expect(ages('Pia, 24-7 dage om ugen')).toEqual([]);
    expect(ages('Mia, 24 / 7 days')).toEqual([]);
    expect(ages('I am Som, 46, from Thailand, 20 years in Denmark')).toEqual([46]);
    expect(ages('I am Abena, Ghana lady, 34. In Denmark since 2011')).toEqual([34]);
    expect(ages("Mother of a 19-year-old, so I only have time in the mornings. I'm Karen, 44")).toEqual([44]);
    // A relative's age after "er": not hers ("min pige er 21" in an agency's voice still is).
    expect(ages('Min søn er 19 og bor i Aarhus. Min mand er 45, jeg er 38.')).toEqual([38]);
    expect(ages('Min søster er 19 år gammel. My sister is 20')).toEqual([]);
    expect(ages('Vores nye pige er 21')).toEqual([21]);
    // Years lived somewhere, "i snart tyve år", beside her age; "aninhos" (little years).
    expect(ages('Jana, er 46 år. Jeg har boet på Fyn i snart tyve år, i snart 20 år')).toEqual([46]);
    expect(ages('A Bia tem 19 aninhos, é muito carinhosa')).toEqual([19]);
    // Korean names with a hyphen, "Name here 💋 29", Vietnamese years lived ("20 năm") are no age.
    expect(ages("Annyeong! I'm Soo-ah, 31, from Seoul. Ji-yeon 39 – Aarhus")).toEqual([31, 39]);
    expect(ages('Chioma here 💋 29, sweet Naija girl')).toEqual([29]);
    expect(ages('Tôi 44 tuổi, sống ở Đan Mạch 20 năm')).toEqual([44]);
  });
  it('reads years of age in Chinese, Korean, Vietnamese, Tagalog and Thai, not a limit', () => {
    expect(ages('我叫小雪，22岁，温柔')).toEqual([22]);
    expect(ages('저는 지민, 29살이에요. 31세 여성')).toEqual([29, 31]);
    expect(ages('Em tên Lan, 27 tuổi')).toEqual([27]);
    expect(ages('Ako si Grace, 30 taong gulang')).toEqual([30]);
    expect(ages('ชื่อแพร อายุ25 ปี')).toEqual([25]);
    expect(ages('只接待18岁以上客人. 19세 이상만. Khách trên 18 tuổi')).toEqual([]);
    expect(ages('24小时营业. 24시간 영업. Mở 24 giờ')).toEqual([]);
    expect(ages('Body-to-body 30 min, Thai-massage 60 min')).toEqual([]);
    expect(ages('Dina just turned eighteen! Lige fyldt atten. Ich bin Sabine, Alter: 29')).toEqual([
      29, 18, 18,
    ]);
  });
  it('reads an age set off by a middle dot, not a service number', () => {
    expect(ages('🔥 Roxana 🔥\n🇷🇴 Romanian girl · 23\n📍 Odense')).toEqual([23]);
    expect(ages('🇪🇸 Spanish · 27\n📍 København V')).toEqual([27]);
    expect(ages('💋 GFE · 69 · massage')).toEqual([]);
  });
  it("reads years of work, a clients' age limit, opening hours and days as no age", () => {
    expect(
      ages('Erfaren massør i 19 år. Worked for 18 years. 25 års erfaring, 20 years of experience'),
    ).toEqual([]);
    expect(ages('Kun kunder over 18 år. De sidste 20 år i Odense.')).toEqual([]);
    expect(ages('Tove – 20 år som selvstændig. 12 aar som escort, 15 years as an independent')).toEqual([]);
    expect(ages("Therapist with 20 years' experience, 25 years’ experience")).toEqual([]);
    expect(
      ages('Vi mødes til 25-års jubilæum fra gymnasiet. 15-års erfaring. A 10 year anniversary'),
    ).toEqual([]);
    expect(ages('Работаю уже 20 лет. Понад 20 років досвіду. Более 25 лет')).toEqual([]);
    expect(ages('Mon-Fri 18-23, Lør 18-22, Sat 18 – 20, Kl. 18 til 23')).toEqual([]);
    // Tour dates written as Danish day ranges.
    expect(ages('Fredericia 18/11 · Odense 19.-21/11 · Vejle 22. - 23. nov')).toEqual([]);
    expect(ages('Sofie 19. Ring nu')).toEqual([19]);
    expect(ages('Jeg er 19 år, erfaren. Sara 18 - ny')).toEqual([19, 18]);
    expect(ages('Hi, I am Sun, 45, Korean')).toEqual([45]);
  });
  it('reads "NN-årig(e)", "NN-åring", "NN-year-old" and non-native year words', () => {
    expect(ages('Hej, jeg er en 19-årig dansk pige')).toEqual([19]);
    expect(ages('19-årige Sofie fra Aalborg. En 20-åring. 21 årig. 22-year-old girl')).toEqual([
      19, 20, 21, 22,
    ]);
    expect(ages('ALEXIA 19 ANI, Giulia 23 anni, 24 anos')).toEqual([19, 23, 24]);
    expect(ages('22y, student. Kasia 23y from Poland')).toEqual([22, 23]);
    expect(ages('Mujeres entre 25 y 35 años. Mænd mellem 30 og 60 år. 2 y 30 y')).toEqual([]);
  });
  it('reads "soon 30" as no age', () => {
    expect(ages('Snart 30 og liderlig. Soon 40! Almost 50')).toEqual([]);
    // German decades and approximations: "Ende 40", "Mitte 20", "Anfang 30".
    expect(ages('Reife Dame Ende 40. Zwei Freundinnen, beide Mitte 20. Frau Anfang 30')).toEqual([]);
  });
  it("reads a clients' or a child's age and an age range as no age", () => {
    expect(ages('Jeg har haft en 19-årig kunde. Kun for 18-årige danske mænd')).toEqual([]);
    expect(ages('Mor til en 19-årig søn. 18 year old guys welcome')).toEqual([]);
    expect(ages('Ingen under 25-årige. Mænd 30-60 år velkomne. Også 18-årige kunder')).toEqual([]);
  });
  it('reads an age after a word for the person, lower case too', () => {
    expect(ages('Sød dansk pige, 19, fra Aarhus')).toEqual([19]);
    expect(ages('Moden kvinde på 48 søger')).toEqual([48]);
    expect(ages('Jeg er en glad BBW på 44 fra Ringsted')).toEqual([44]);
    expect(ages('Glad pensionist på 66 fra Thy')).toEqual([66]);
    expect(ages('Et rart menneske på 47, der elsker havet')).toEqual([47]);
    expect(ages('Pensionist med 40 års erfaring')).toEqual([]);
    expect(ages('Classy lady, 52. Sweet girl 23!')).toEqual([52, 23]);
    expect(ages('pige 18-20 kr')).toEqual([]);
  });
  it('reads a name with emoji, flags or symbols before its age, and a name in capitals', () => {
    expect(ages('New girl Diana 🇷🇴 21 in Odense. Sofia 🇺🇦 27, Kolding')).toEqual([21, 27]);
    expect(ages('Sweet Maria 🌹 34. Mia 👩🏽 25. Anna ❤️ 22 ❤️. Mia • 23 • Odense')).toEqual([34, 25, 22, 23]);
    expect(ages('Gabriela, Brazilian 🇧🇷, 30. Mia 🌹 (24)')).toEqual([24, 30]);
    expect(ages('ALEXIA 19, ESBJERG. NEW 🌟 ASIAN 🌟 DOLL 🌟 20 🌟 TINY')).toEqual([19, 20]);
  });
  it('reads "Name is NN", "Name here, NN", "Name NN." and a bracket or a noun before ", NN"', () => {
    expect(ages('Maria is 23, from Spain. Anna is 19')).toEqual([23, 19]);
    expect(ages('Dasha is just 18 and shy. Mia is only 21.')).toEqual([18, 21]);
    expect(ages('Sandra here, 30, Danish. Thai pige Noi 33. Ring')).toEqual([30, 33]);
    expect(ages('I am Anete from Latvia (Riga), 34. Charlotte (call me Charlie), 35')).toEqual([34, 35]);
    expect(ages('Hey 😘 Sarah her, 29, 100% dansk. Lena hier, 41, 100 % deutsch. Moa här, 26')).toEqual([
      29, 41, 26,
    ]);
    // 69 after a bracketed remark in a menu is the position; the name's age stays the only one.
    expect(ages('Mette, 38, dansk. Menu: GFE, PSE (m/ kondom ofc), 69, fingering')).toEqual([38]);
    expect(ages('Lithuanian beauty, 31. Sød og frisk studine på 24')).toEqual([31, 24]);
  });
  it('reads no age in symbols, shouted words, addresses, sizes, menus and dates', () => {
    expect(
      ages('Room 🌟 24/7, Døgnåbent 🕛 24 / 7, VIP 🌟 1500 kr, TOP 10, TOP 20 GIRLS, HOT 🔥 19 🔥'),
    ).toEqual([]);
    expect(ages('Kun 18+. KUN 18. bus 19, Tag Bus 19 til centrum. Price is 80. This is 25 min away')).toEqual(
      [],
    );
    expect(ages('Istedgade 45, 1650 København. Strandvejen 22. Vesterbrogade 98')).toEqual([]);
    expect(ages('Højde 170, Vægt 55. Vægt 55 kg. Sko 38. Str 38. Lone 60 kg')).toEqual([]);
    expect(ages('Konfektionsgröße 36, Schuhgröße 39, Gewicht 60')).toEqual([]);
    expect(
      ages('ANAL 50 🔥 OWO 30. CIM 50, CIF 50. Anal 50 €. Mia, 40 kr. Mia, 30 min. NONSTOP 24 H'),
    ).toEqual([]);
    expect(
      ages('Aarhus 20 Dec – 23 Dec. Odense 22.12. Mia, 22.12. Den 24. december. Lukket 24. Uge 52'),
    ).toEqual([]);
    expect(ages('Fri 🌟 18-23, Sat 🌹 18')).toEqual([]);
  });
  it('reads "NN y." with its period, not a "y" before another number', () => {
    expect(ages('Latvian hottie 25 y. No limits. Anna 31 y.')).toEqual([25, 31]);
    expect(ages('Str. 25 y.5, 30 y.7')).toEqual([]);
  });
  it("reads a man's word before the age, with a comma or in brackets", () => {
    expect(ages('Diskret herre, 45, til kvinder. Studerende fyr (23) tilbyder massage')).toEqual([45, 23]);
    expect(ages('Moden mand på 52. Sød pige 🌹 (19). Nice guy, 38.')).toEqual([52, 38, 19]);
    expect(ages('Fyr (18-25) søges. Herre (30 min). Thai massage (30). Herre 30-40')).toEqual([]);
  });
  it('reads a name or capitalised word with one word after it, the age closed by a comma', () => {
    expect(ages('Venezolana bonita, 30, Aarhus C, 8000. Hot Ukrainian blonde, 27, Odense')).toEqual([30, 27]);
    expect(ages('Colombiana caliente, 24, Vejle')).toEqual([24]);
    expect(ages('Kun kontant, 50, tak. Åbent fredag, 18, 19 og 20. Sara bonita, 30 min, 60 min')).toEqual([]);
    expect(ages('Venezolana bonita, 30 40 50. Halv time, 30, hel time, 60, Kl. aften, 20, 22')).toEqual([]);
  });
  it('reads an age set off by dashes after a name or a flag', () => {
    expect(ages('Ich bin Heike aus Flensburg 🇩🇪 – 44 – I work in Sønderborg')).toEqual([44]);
    expect(ages('Mia - 25 - Odense. ANNA — 33 —')).toEqual([25, 33]);
    expect(ages("Hi, I'm Louise – 31, born in Leeds.")).toEqual([31]);
    expect(ages('Sofie – 27, kun outcall.')).toEqual([27]);
    expect(ages('Luna here – 26, city girl. Maja her – 33, kun incall.')).toEqual([26, 33]);
    expect(ages('Ring her – 20, 30 eller 60 min. Priser her – 20 – 40 min.')).toEqual([]);
    expect(ages('Priser – 20, 30 og 40 min.')).toEqual([]);
    expect(ages('Fri – 18 – 23. Odense – 20 – 22 Dec. Mia – 25 – 30 min. Pris – 50 – kontant')).toEqual([]);
    expect(ages('Aarhus – 25 km – fra Vejle. Mia 25 – 26 – 27')).toEqual([]);
  });
  it('keeps a name that is also a word ("Line", "Sun") and a person noun that is a service', () => {
    expect(ages('Danish girl Line, 29. Hi, I am Sun, 45. Dominatrix, 40, Danish')).toEqual([29, 45, 40]);
  });
  it('needs the keyword to start a word and at most one colon', () => {
    expect(ages('alder::25')).toEqual([]);
    expect(ages('skalder 25')).toEqual([]);
  });
  it('lists the most explicit wording first', () => {
    expect(findAges('Mia, 22, og jeg er 23 år')).toEqual([
      { age: 23, start: 19, end: 21 },
      { age: 22, start: 5, end: 7 },
    ]);
  });
  it('skips numbers inside longer digit runs, outside 18..99 and excluded spans', () => {
    expect(ages('Jeg er 123 år, jeg er 17 år')).toEqual([]);
    expect(findAges('Ring 20 11 22 33, jeg er 29', [{ start: 5, end: 16 }])).toEqual([
      { age: 29, start: 25, end: 27 },
    ]);
  });
  it('reads a masseur or escort as the person before the age, not the years of the trade', () => {
    expect(ages('Erfaren massør 52, Vejle')).toEqual([52]);
    expect(ages('Male masseur, 38, Odense')).toEqual([38]);
    expect(ages('Dansk massøse 47 – klassisk massage')).toEqual([47]);
    expect(ages('Massør 30 min 450 kr. Massøse 15 års erfaring. Massør 12 years of experience')).toEqual([]);
    expect(ages('Masseur 25 years of experience, escort 10 years in the business')).toEqual([]);
  });
  it('reads a demonym and an age in brackets after a name or a person word', () => {
    expect(ages('Mød min veninde Lotte (svensk, 41) i weekenden')).toEqual([41]);
    expect(ages('Pim (Thai, 29) og Nok (31, Thai)')).toEqual([29, 31]);
    expect(ages('Ny pige (rumænsk, 23)')).toEqual([23]);
    expect(ages('Helle (Nørrebro, 41), Ring (tlf, 25), Pris (dansk, 30), Vestergade (thai, 45)')).toEqual([]);
    expect(ages('Lotte (svensk, 41 kr)')).toEqual([]);
    // A country as well: a roster's "Mia (19, Latvia)"; not a town ("Lola (22, Odense)").
    expect(ages('✔ Lola (22, Spain)\n✔ Mia (19, Latvia)')).toEqual([22, 19]);
    expect(ages('Lola (22, Odense), Sara (Berlin, 30)')).toEqual([]);
    // The country with its "from": "Kristina (27, fra Litauen)"; not a town with it.
    expect(ages('Vi præsenterer Alina (24, fra Letland) og Ewa (from Poland, 31)')).toEqual([24, 31]);
    expect(ages('Lola (22, fra Odense), Sara (from Berlin, 30)')).toEqual([]);
  });
});

describe('findAges: the year words of Polish, Czech, Slovak, Hungarian and Lithuanian', () => {
  it.each([
    ['Jestem Beata, mam 34 lata', [34]],
    ['Ahoj, jsem Tereza, 29 let.', [29]],
    ['Nikola má 22 rokov', [22]],
    // Serbo-Croatian; a year in a date is no age.
    ['Zdravo, ja sam Lea, imam 24 godine.', [24]],
    ['Мила, 27 године, Aarhus', [27]],
    ['Od 2019. godine živim u Danskoj.', []],
    ['Szia! Réka vagyok, 31 éves.', [31]],
    ['Labas! Aš Rūta, 35 metų.', [35]],
    ['Man 27 metai', [27]],
    // Hungarian "vagyok" (I am) after the name, Albanian "vjeç", Bulgarian "на 24 години".
    ['Szia, Kitti vagyok, 27. Budapestről', [27]],
    // Nigerian Pidgin "dey here" (is here) after the name; not after a thing.
    ['Na Ruth dey here, 29, Lagos babe', [29]],
    ['The flat dey here, 20, near the station', []],
    ['Jam Besa, 22 vjeç.', [22]],
    ['Аз съм Деница, на 24 години.', [24]],
    // Russian and Ukrainian in Latin letters.
    ['Privet, menya zovut Sveta, mne 28 god.', [28]],
    ['Oksana, 33 goda, Aarhus', [33]],
    ['Pryvit, meni 21 rokiv', [21]],
    // "french" as a menu item before 69.
    ['Hi, Dasha 25 from Riga. GFE, massage, french, 69.', [25]],
    ['Sophie, french, 29.', [29]],
    // Capitalised, as a name is read: the position, not an age; a real name before 29 stays.
    ['Club in Vejle. Our ladies: GFE, massage, French, 69, toys.', []],
    ['Menu: Greek 69 and kissing.', []],
    // Greek hours after a capitalised word: open 24 hours, not an age.
    ['Διαθέσιμες 24 ώρες το 24ωρο.', []],
    // Years lived here in Italian, French, Spanish: "da 20 anni", "depuis 10 ans", "desde hace 15 años".
    ['Daniela, 48, da 20 anni in Danimarca.', [48]],
    ['Claire, 44, à Odense depuis 12 ans.', [44]],
    // Polish "od" and German "seit": years lived here, not an age.
    ['Jola, 47 lat, od 19 lat w Aarhus.', [47]],
    ['Hi, Karin here, young-looking 45, from Vejle.', [45]],
    ['Petra, youthful 52 and curious.', [52]],
    ['I am 40 but looking 25.', [40]],
    ['Ich bin Petra, 50, seit 18 Jahren in Odense.', [50]],
    ['Hello, I am Chloé, 29, from Lyon.', [29]],
    // "spanish" (between the breasts) and "græsk" as menu items before 69.
    ['Mona, 44, soft and round. Kissing, spanish, 69, shower.', [44]],
    ['Søde Hanne 39. Kys, græsk, 69 og massage.', [39]],
    ['Carmen, spanish, 31.', [31]],
    // The age as one word in Czech, Slovak and Polish; the Lithuanian "m." (metų) closed by a comma.
    ['Lucie je 27letá Moravanka.', [27]],
    ['Zuzana, 31-ročná, Vejle', [31]],
    ['Ewa, 30-letnia blondynka z Gdańska', [30]],
    ['Labas, Jurgita, 28 m., iš Klaipėdos.', [28]],
    // A name, an emoji and "here" before the age; the Spanish "de" after a demonym or a noun.
    ['Hi loves, Renée 🇫🇷 here, 33, in Odense.', [33]],
    ['Hola, soy Yuli, cubana de 24, en Vejle.', [24]],
    ['Chica de 26, nueva en Horsens.', [26]],
  ])('reads %j', (text, expected) => {
    expect(ages(text)).toEqual(expected);
  });
  it.each([
    // The English "let me", a word that begins with "let", and a range.
    ['Call after 22 let me know', []],
    ['Efter kl. 22 lettere priser', []],
    ['Mūsų merginos 20–25 metų', []],
    // Hours, not an age: Albanian "orë" after a capitalised word.
    ['Punoj 20 orë në ditë', []],
    // "god" without "mne" is the English word.
    ['Top 10 god tier massage', []],
    // Minutes in a list, "m." before a number; a Spanish "de" after a word that is no demonym.
    ['Masažas 30 m., 60 m., 90 m.', []],
    ['Oferta de 30 min, 1h 1200', []],
    ['Masaje de 45, relax total', []],
  ])('reads no age in %j', (text, expected) => {
    expect(ages(text)).toEqual(expected);
  });
});

describe('findAges: years lived in a town are no age', () => {
  it.each([
    ['Thai lady 51, living in Frederikshavn 20 years.', [51]],
    ['Rosa, bor i Holbæk 12 år nu', []],
    // The town and an age without years: "living in Vejle 27" is still read as a name and age.
    ['Sweet Mia 27, living in Vejle', [27]],
    // "long time" between the place and the years, as broken English puts it.
    ['Mai 48, live in Aalborg long time, 15 year.', [48]],
    // The verb dropped after her noun: "lady in Vejle 15 years" (not "girl in Odense 22 years").
    ['Noi, 49, Filipino woman in Vejle 15 years.', [49]],
    ['Sweet girl in Odense 22 years, new here.', [22]],
    // Years in Denmark in the visitors' languages.
    ['Carmen, 44 años (16 años en Dinamarca).', [44]],
    ['Ich bin 39 Jahre alt, 12 Jahre in Dänemark.', [39]],
    ['Mam 36 lat, 14 lat w Danii.', [36]],
  ])('reads %j', (text, expected) => {
    expect(ages(text)).toEqual(expected);
  });
});

describe('findAges: the days of a tour are no ages', () => {
  it.each([
    ['📍 Middelfart 19.–20. dec', []],
    ['Odense 21. december', []],
    ['Rikke, 44. Svendborg 16.–17. dec', [44]],
  ])('reads %j', (text, expected) => {
    expect(ages(text)).toEqual(expected);
  });
});

describe('findAges: a second age joined by "and" after names', () => {
  it.each([
    ['Joy and Precious, 24 and 26. All services', [24, 26]],
    ['Mia og Sofie, 22 og 25 år', [22, 25]],
    ['Ewa i Kasia, 23 i 27', [23, 27]],
    ['Лена и Оля, 21 и 26', [21, 26]],
    ['Ioana și Vera, 24 și 29', [24, 29]],
  ])('reads both in %j', (text, expected) => {
    expect(ages(text)).toEqual(expected);
  });
  it.each([
    // A range after no name, a unit after the second number, a number too far.
    ['Kunder mellem 25 og 35 år', []],
    ['Mia 25 og 30 min', [25]],
    ['Mia 25 and then 30', [25]],
    ['Оля 23 и 30 минут', [23]],
  ])('reads no second age in %j', (text, expected) => {
    expect(ages(text)).toEqual(expected);
  });
});

describe('firstPersonAge', () => {
  const own = (text: string): number | null => firstPersonAge(text, findAges(text));
  it.each([
    ['Min mand og jeg (jeg er 43, han er 46)', 43],
    ["He is 50, I'm 45", 45],
    ['Jestem Ewa, mam 34 lata, siostra 30 lat', 34],
  ])('reads her own age in %j', (text, expected) => {
    expect(own(text)).toBe(expected);
  });
  it.each([
    // No first person, or two different ages in it.
    ['Lily (22), Mei (27)', null],
    ['Jeg er 25. Jeg er 26', null],
  ])('reads none in %j', (text, expected) => {
    expect(own(text)).toBe(expected);
  });
});

describe('findAges: her role in a BDSM ad before the age', () => {
  it.each([
    ['Underdanig slavinde (22) tilbydes', [22]],
    ['Sød sub, 24, søger dominant herre', [24]],
    ['Streng Domina 45 i Aarhus', [45]],
  ])('reads %j', (text, expected) => {
    expect(ages(text)).toEqual(expected);
  });
  it.each([
    // A duration after the word, or a number no age.
    ['Slave 24/7 kontrakt', []],
    ['Sub 30 min 500 kr', []],
  ])('reads no age in %j', (text, expected) => {
    expect(ages(text)).toEqual(expected);
  });
});

describe('findBirthYearAges', () => {
  const born = (text: string, year: number | null = 2026): number[] =>
    findBirthYearAges(text, year).map((a) => a.age);

  it('counts a stated year of birth from the year the ad was posted', () => {
    expect(born('Født 2001, slank og sød')).toEqual([25]);
    expect(born('født i 1998. Born in 2003. Årgang 1990. Fødselsår: 1985')).toEqual([28, 23, 36, 41]);
    expect(findBirthYearAges('Julie, født 2007', 2026)).toEqual([{ age: 19, start: 12, end: 16 }]);
    // Typed without ø and å.
    expect(born('er foedt i 1993 og dansk. Aargang 1990')).toEqual([33, 36]);
  });
  it('reads a year of two digits, and a year before "born"', () => {
    expect(born("Årgang 89. Født i '92. Born in '01")).toEqual([37, 34, 25]);
    expect(born('Eva from Riga, 1996 born, and a 1990-born friend')).toEqual([30, 36]);
  });
  it('reads no two digits with a unit after them as a year', () => {
    expect(born('Født 80 km herfra, født 20 timer før jul')).toEqual([]);
  });
  it('reads nothing without a posting year, outside 18..99, or in other years', () => {
    expect(born('Født 2001', null)).toEqual([]);
    expect(born('Født 2010. Born 1900')).toEqual([]);
    expect(born('Siden 2001. Født og opvokset i Aarhus. Born2001. Født 20011')).toEqual([]);
  });
});

describe('findAges: a group\'s span, an age just reached, and Romance "de NN años"', () => {
  it.each([
    ['Så er jeg endelig fyldt 18 🎉', [18]],
    ['Lige fyldt 18 – cam girl', [18]],
    ['I just turned 21, new here', [21]],
    ['Bruna, trans brasileira de 27 anos, chegou ontem.', [27]],
    ['Chica colombiana de 24 años', [24]],
    // "Turned" in Danish as "er (lige) blevet"; Romance "de" before the fond "aninhos"/"añitos".
    ['Hej, jeg er Nanna og er lige blevet 19 i sommer', [19]],
    ['Morena carinhosa de 23 aninhos, em Odense', [23]],
    ['Rubia de 22 añitos, muy dulce', [22]],
  ])('reads %j', (text, expected) => {
    expect(ages(text)).toEqual(expected);
  });
  it.each([
    // A span after "aged", a filled calendar, "the 25 years" in Danish, "more than 20 years".
    'We have 6 handsome boys aged 21–35 ready for you',
    'Age: 25-30, all verified',
    'Kalenderen er fyldt 24/7',
    'Jeg har boet her i de 25 år',
    'Trabajo hace más de 20 años en esto',
    // A price that has become lower, not an age reached.
    'Timeprisen er blevet 20 kr billigere',
  ])('reads no age in %j', (text) => {
    expect(ages(text)).toEqual([]);
  });
});

describe('findAges: Swedish, Norwegian and German ads', () => {
  it.each([
    // A trans woman's word for herself before her age.
    ['Latina trans, 24. Aarhus C.', [24]],
    ['Mogen, varm och rolig kvinna, 52. Jag tar emot i Helsingør.', [52]],
    ['Jag heter Andreea, rumänsk tjej, 23. Vesterbro.', [23]],
    ['Naturlig, blid norsk jente på 35 med ekte former.', [35]],
    ['Danish domme-switch, 37, Odense C.', [37]],
    ['Mandy, 29 Jahre jung, freut sich.', [29]],
    // A menu item before "69", a distance in minutes.
    ['Jag heter Alva, 26. Kyssar, 69, massage, GFE.', [26]],
    ['Ich bin Tanja, 37, und empfange in Sønderborg, 20 Minuten von der Grenze.', [37]],
  ])('%s', (text, want) => {
    expect(ages(text)).toEqual(want);
  });
});

describe('findAges: an open span and a partner’s age', () => {
  it.each([
    // "50+" is "fifty or more", as "18+" in the age field.
    ['Jeg er 50+, blød og rar. Ring mellem 10 og 16.', []],
    ['Moden dame 45 +, Randers', []],
    // Her man's age is his: "min mand på 48", "my husband, 52".
    ['Jeg er Bodil, 44. Min mand på 48 ser gerne på.', [44]],
    ['I am Karen, 39. My husband, 52, may join for a threesome.', [39]],
  ])('%s', (text, want) => {
    expect(ages(text)).toEqual(want);
  });
});

describe('findAges: years lived in a town, the "for" left out', () => {
  it.each([
    // The town before the number reads like a name ("Mia 20"): the years after it are a stay.
    ['Filipina Rosa 47, living in Vejle 15 years, I speak Danish.', [47]],
    ['Nida 44, har boet i Esbjerg 18 år og elsker byen.', [44]],
    ['Stay Denmark 12 year, Lan 39 from Vietnam.', [39]],
    ['Living in Horsens 19 years, Mali 50 from Thailand.', [50]],
    // Her age after the town: "old", or the present "bor".
    ['Sød pige, living in Odense 23 years old.', [23]],
    ['Jeg bor i Aarhus 22 år, skriv til mig.', [22]],
  ])('%s', (text, want) => {
    expect(ages(text)).toEqual(want);
  });
});

describe('findAges: a Spanish or Portuguese span of ages', () => {
  it.each([
    ['Temos garotas de 19 a 24 anos, venha conhecer.', []],
    ['Chicas de 21 a 26 años en Odense.', []],
    // Her height, then her age: "e" joins no span.
    ['Morena, 1,68 e 27 anos, Aarhus.', [27]],
    ['Soy Ana, tengo 30 años.', [30]],
  ])('%s', (text, want) => {
    expect(ages(text)).toEqual(want);
  });
});

describe('findAges: the name Max', () => {
  it.each([
    ['Hej! Max, 29, tysk fyr fra Hamburg.', [29]],
    ['Pris: max, 20 min ekstra.', []],
    ['MAX 30 min, derefter 1 time.', []],
  ])('%s', (text, want) => {
    expect(ages(text)).toEqual(want);
  });
});

describe('findAges: two women of one age', () => {
  it.each([
    ['Anna and Lisa, both 23, sweet friends.', [23]],
    ['Vi er to veninder, begge 27 år.', [27]],
    ['Sisters Ana & Ema, both 31 🌸 call us.', [31]],
  ])('reads %j', (text, expected) => {
    expect(ages(text)).toEqual(expected);
  });
  it.each([
    ['Massage: begge 45 min og 60 min.', []],
    ['Vi tilbyder begge 30 minutter og en time.', []],
    ['Prices for both 30 ⏰ and 60 min on request.', []],
  ])('reads no age in %j', (text, expected) => {
    expect(ages(text)).toEqual(expected);
  });
});

describe("a couple's ad: her age of the pair marked hers and his", () => {
  it.each([
    ['Helt almindeligt par, hun 41 og han 44, fra Vejle.', 41],
    ['Par (han 44, hun 41) søger en herre', 41],
    ['Pretty couple (she 29, he 31) looking for a gentleman', 29],
    // Two women, or no mark of whose, give none.
    ['To veninder, hun 24 og hun 26', null],
    ['Mia 25 og Lea 28, duo', null],
  ])('%s', (text, expected) => {
    expect(herAgeInPair(text)).toBe(expected);
  });

  it('takes hers when both ages are read and marked', () => {
    const text = 'Swedish couple, she is Elin 30 and he is Johan 34.';
    expect(herAgeInCouple(text, findAges(text, []))).toBe(30);
    const two = 'Vi er Mia 25 og Lea 28.';
    expect(herAgeInCouple(two, findAges(two, []))).toBeNull();
  });
});
