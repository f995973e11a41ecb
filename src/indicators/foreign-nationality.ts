import type { Evidence } from '../shared/types.js';
import { spanEvidence } from '../extract/evidence.js';
import { findNationalities, isForeignOrigin } from '../extract/nationality.js';
import { defineIndicator, type PreparedAd } from './define.js';
import { compileTerms } from './text/match.js';
import { detectWithRules, type TextRule } from './text/rules.js';

const TEXT_FIELDS = new Set(['title', 'text', 'nationality']);

/**
 * Persons presented as foreign without a country: "danske og udenlandske piger", "foreign ladies".
 * Only a word for persons after it: "udenlandske kunder/gæster" are the clients.
 */
const foreignPersons: TextRule[] = [
  {
    pattern: compileTerms([
      '(?:udenlandske?|foreign) (?:\\p{L}+ )?(?:piger|pige|damer|dame|kvinder|kvinde|massøser|massøse|girls?|ladies|lady|women|woman|masseuses?|escorts?)',
      // An origin that names a people or a region, not a country: "arabic girl", "arabisk pige",
      // "kurdisk kvinde", "Middle Eastern lady" (not "arabiske rødder", her parents' origin).
      '(?:arabisk|arabiske|arabic|arab|arabian|kurdisk|kurdiske|kurdish|middle eastern|mellemøstlig|mellemøstlige) (?:\\p{L}+ )?(?:piger|pige|damer|dame|kvinder|kvinde|massøser|massøse|girls?|ladies|lady|women|woman|masseuses?|escorts?|beauty|beauties|skønhed|princess|prinsesse)',
    ]),
    fields: (f) => TEXT_FIELDS.has(f.path),
  },
];

function detect(ad: PreparedAd): Evidence[] {
  const out: Evidence[] = [];
  for (const f of ad.fields) {
    if (f.source !== 'ad' || !TEXT_FIELDS.has(f.path)) continue;
    for (const m of findNationalities(f.text, f.path === 'nationality')) {
      if (isForeignOrigin(m.code)) out.push(spanEvidence(f, m.start, m.end));
    }
  }
  return out.length > 0 ? out : detectWithRules(ad, 'ad', foreignPersons);
}

export const indicator = defineIndicator({
  id: 'foreign-nationality',
  kind: 'text',
  labels: { da: 'Udenlandsk oprindelse', en: 'Foreign nationality' },
  descriptions: {
    da: 'Personen præsenteres med en ikke-dansk nationalitet eller oprindelse. Massagestile som "thaimassage" tæller ikke.',
    en: 'The person is presented with a non-Danish nationality or origin. Massage styles such as "thai massage" do not count.',
  },
  defaultWeight: 1,
  languages: ['da', 'en'],
  detect,
  examples: {
    positive: [
      { text: 'Velkommen til fransk Chloé, 29 år.' },
      { text: 'Kumasi girl in Vejle, call me.' },
      { text: 'Camille, 27, congolaise de Kinshasa, à Vejle.' },
      { text: 'Polsk? Ja, og stolt af det.' },
      { text: 'Chloé, fransk 💋 29 år, Aarhus.' },
      { text: 'Italian girl in Vejle, I cook dinner for you.' },
      { text: 'Rumænsk pige Ramona i Horsens, 1 time 1200 kr.' },
      { text: 'Hi loves! I am Lina, 29, from Brazil. GFE and massage.' },
      { text: 'Latina girl in Aalborg, I speak English and Spanish.' },
      { title: 'Ukrainian girl Oksana 24 Odense' },
      { text: 'Massage og GFE i Odense.', nationality: 'Rumænien' },
      { text: 'Precious 25 from Lagos, new in Aalborg.' },
      { text: 'Thai lady Siri, living in Helsingør for 12 years.' },
      { text: 'Hallo! Ich bin Anke aus Flensburg, diskret und sauber. Padborg.' },
      { text: 'Klinik i Vejle med danske og udenlandske damer, ring for tid.' },
      { text: 'Escort service: foreign girls visit your hotel.' },
      { text: 'Ivy, 36, born in Hong Kong, now in Vejle.' },
      { text: 'Emi, 31, fra Sapporo, nu i Aalborg.' },
      { text: 'Jeg er fransk, opvokset i Lille. Kys m/tunge og massage.' },
      { text: 'Sød arabisk pige Noor tager imod i Kolding.' },
      { text: 'Kurdish lady Rojin, 31, massage and GFE.' },
      { text: 'Rojin, 29, fra Duhok, nu i Aarhus.' },
    ],
    negative: [
      { text: 'Dansk Mette, UK size 14, tager imod i Odense.' },
      { text: 'Maria, 44, dansk. Altid kondom, også til fransk.' },
      { text: 'Hi, I am Lise, 30, from Aalborg. Massage, classic, french.' },
      { text: 'Født og opvokset i Randers, min far er fra Marokko.' },
      { text: 'Danish girl with a Somali mum, born in Aarhus.' },
      { text: 'Sofie, 30, dansk med eritreiske rødder.' },
      { text: 'Jeg er Sara fra Odense. Tysk? lidt, engelsk? ja.' },
      { text: 'Lise, dansk, 40. Fransk altid med kondom.' },
      { text: 'Mette, 52, dansk. Kondom er et must, også ved fransk.' },
      { title: 'Fransk & græsk 💋 Hanne 45' },
      { text: 'Birthe, 50. Kæresteoplevelse (GFE), fransk m/kondom, samleje m/kondom.' },
      { text: 'Tove, 46, dansk. Samleje kun med kondom, men fransk kan du få uden.' },
      { text: 'Dansk pige, 30. Jeg laver gerne italiensk mad til dig.' },
      { text: 'Traditionel thaimassage ved uddannet massør Lotte, dansk.' },
      { text: 'Anne her, 44 år, dansk og glad.', nationality: 'Dansk' },
      { text: 'I am Danish and I speak English, German and Spanish.' },
      { text: 'Services: GFE, massage, french kiss, shower together.' },
      { text: 'On tour in Denmark, now in Copenhagen.', nationality: 'Danmark' },
      { text: 'Ungdommelig energi? Nej, men erfaren og rolig.' },
      { text: 'Jeg er Lone, dansk, 47. Udenlandske kunder er også velkomne.' },
      { text: 'Kun danske piger her, ingen udenlandske piger.' },
      { text: 'Jeg er Hanne, dansk, og taler arabisk. Pige med glimt i øjet.' },
      { text: 'Dansk kvinde med kurdiske rødder, født i Holstebro.' },
      { text: 'Tyrkisk bad og skrubning hos Hanne i Aarhus, dansk.' },
      { text: 'Mette, 41. Turkish bath, hammam and oil massage.' },
      { text: 'Susanne, 49, dansk. Dengang læste jeg fransk; i dag bruger jeg det til menukort.' },
      {
        text: 'Dansk Mette, 44: jeg elsker koreansk kultur og laver massage inspireret af japansk shiatsu.',
      },
      {
        text: 'Jeg er Sarah, 36, og har besøgt Thailand, backpacket gennem Vietnam og Laos, og jeg elsker pad thai. Næste mål er Japan.',
      },
    ],
  },
});
