import { describe, expect, it } from 'vitest';
import { loadScoringConfig } from '../indicators/scoring-config.js';
import { detectTextIndicators } from '../indicators/engine.js';
import { adKind } from './ad-kind.js';
import { detailsOf, postKindOf, prepareAd } from './index.js';

const config = loadScoringConfig();

describe('adKind', () => {
  it.each([
    [
      'Herre 62 søger diskret massøse',
      'Pensioneret ingeniør fra Vejle søger en sød kvinde til massage hjemme hos mig.',
    ],
    ['', 'Mand, 48, gift, søger ung pige til faste møder i Odense. Hun skal være slank og ny i branchen.'],
    [
      'Business traveller seeks companion',
      'Dutch businessman, 55, in Copenhagen next week. Looking for a sweet girl for dinner.',
    ],
    [
      'Kvinde 52 søger yngre mand',
      'Kvinde, 52, fra Roskilde. Søger en ung mand til hyggelige aftener. Jeg betaler gerne for din tid.',
    ],
    [
      'Tre venner søger pige til fødselsdag',
      'Vi er tre gutter fra Kolding. Vi søger en pige til en fræk aften.',
    ],
    ['Man seeking woman', 'I pay well. Looking for a mature woman in Aarhus, discretion guaranteed.'],
    // A greeting ending its sentence before the author; "no agencies" is turned away, not the author.
    ['Søger veninde', 'Hej. Stille fyr fra Randers søger en rar kvinde til kaffe og mere. Ingen bureauer.'],
    // The first person singular of a search in visitors' languages, and a woman sought by her origin.
    ['Busco compañía en Aarhus', 'Hola, busco una mujer cariñosa para cenas los viernes. Agencias no.'],
    ['Suche Begleitung in Odense', 'Ich bin auf Montage in Odense und suche eine nette Frau für Abende.'],
    ['Caut prietenă în Vejle', 'Bună, caut o femeie drăguță pentru întâlniri, plătesc bine.'],
    ['Szukam kobiety – Aalborg', 'Cześć, szukam miłej Ukrainki na spotkania w weekendy.'],
    ['Ищу подругу', 'Привет, ищу девушку для встреч в Копенгагене раз в неделю.'],
    ['Need massage Friday', 'Hi, I look for a thai lady for home massage in Kolding.'],
  ])('reads a client seeking someone: %s', (title, text) => {
    expect(adKind({ title, text })).toBe('client');
    // Nothing a client writes about whom he wants is flagged ("ung pige", "ny i branchen").
    expect(detectTextIndicators(prepareAd({ id: 'c', title, text }), config)).toEqual([]);
  });

  it.each([
    ['Gratis sundhedstjek', 'Vi tilbyder gratis test for sexarbejdere hver torsdag. Døgnåben telefon 24/7.'],
    [
      'Need to talk?',
      'Free and anonymous counselling for people who sell sex. Forced to work? Call us 24/7.',
    ],
    ['Gratis sundhedstjek for sexarbejdere', 'Test for HIV og klamydia, og gratis kondomer.'],
    ['Vi kommer forbi med kaffe', 'Vores opsøgende team besøger klinikker i Odense, vi tilbyder en snak.'],
    ['Brug for en snak?', 'Vi er en skadesreducerende tjeneste. Bruger du kokain? Vi tilbyder rent udstyr.'],
    ['Moms og skat for escorts?', 'Vi er et gratis rådgivningsprojekt, og vi tilbyder hjælp med CVR.'],
    // The audience listed, or named first in the title; volunteers naming themselves.
    ['Brug for en snak?', 'Gratis støtte for kvinder og transpersoner der sælger sex. Vi taler thai.'],
    ['Til jer der sælger sex: gratis test', 'Hver onsdag på Nørrebro, vi har også kaffe.'],
    ['Need help?', 'We are a volunteer group for Filipino women in Denmark. Call us, we speak Tagalog.'],
  ])('reads a support service: %s', (title, text) => {
    expect(adKind({ title, text })).toBe('support');
    expect(detectTextIndicators(prepareAd({ id: 's', title, text }), config)).toEqual([]);
  });

  it.each([
    [
      'ADVARSEL: falsk chauffør i Odense',
      'En mand kalder sig chauffør og tilbyder at køre nye piger. Han tager halvdelen.',
    ],
    ['Warning ladies – fake client', 'He wants it without condom and leaves without paying. Stay safe!'],
    ['My pictures are stolen!', 'Fake profiles say I am new in town, 24/7. Not me, my only number is below.'],
    ['Pas på tyv i Vejle', 'En kunde tog mine penge fra bordet mens jeg var på badeværelset.'],
    ['Pas på: voldelig kunde i Aalborg', 'Han siger han hedder Lars og vil ikke betale.'],
    ['Aarhus girls be careful – bad client', 'He refuses to pay and wants it without condom.'],
    ['Advarsel til alle piger i Vejle', 'En mand ringer fra skjult nummer og vil have det uden kondom.'],
    ['Piger: pas på "agenturet" på Telegram', 'De lover mange kunder, men de tager jeres pas.'],
  ])('reads a warning by a worker: %s', (title, text) => {
    expect(adKind({ title, text })).toBe('warning');
    expect(detectTextIndicators(prepareAd({ id: 'w', title, text }), config)).toEqual([]);
  });

  it.each([
    ['WARNING: very naughty girl', 'New in town, call me!'],
    ['Pas på – jeg er frække end du tror', 'Ny i byen, ring nu.'],
    ['Er du en mand, der søger en sød pige?', 'Så ring til mig, Sofie 24, ny i byen.'],
    ['Klinik Jasmin søger nye piger', 'Vi søger søde piger til vores klinik. Høj indtjening.'],
    ['Thai girls wanted', 'Studio in Aarhus looking for girls, we pay 50 %.'],
    [
      'Par søger en mand til trekant',
      'Vi er et par fra Næstved og søger en kvinde eller mand. 1 time 1.800 kr for os begge.',
    ],
    ['Ny pige søger gavmilde herrer', 'Mia, 23, søger gentlemen der kan lide at blive forkælet.'],
    ['Massage', 'Jeg søger altid at give dig den bedste oplevelse. Ring til Lene.'],
    ['OBS! Kun seriøse kunder', 'Sofia 25, ny i byen. Ring 22 33 44 55.'],
    ['OBS nyt nummer', 'Maria er tilbage i Odense, samme adresse.'],
    // Recruiters write the plural; a worker seeking a man is no client.
    ['Buscamos chicas', 'Buscamos chicas para piso en Odense, alojamiento incluido.'],
    ['Wir suchen Damen', 'Wir suchen nette Damen für unser Haus in Tønder.'],
    ['Caut domn generos', 'Bună, sunt Ana, 28, caut un domn generos în Aarhus.'],
    ['Til dig der sælger sex', 'Ledigt værelse i klinik på Vesterbro, 2500 kr om ugen.'],
    ['Pas på – farlige kurver 😉', 'Lækker latina, 29, privat i Vejle.'],
    ['Beware: dangerous curves', 'Sweet Colombian girl in Aarhus, call me.'],
    ['Advarsel til alle mænd 🔥', 'Sofia 25 er vanedannende. Ring nu.'],
    ['Nye piger – OBS kun seriøse kunder', 'Mia og Lina i Odense, ring 22 33 44 55.'],
    ['OBS til alle piger i Kbh', 'Vi har ledige værelser på vores klinik.'],
    ['Stolen photos! Real Sofia here', 'Fake profiles use my pictures. The real me: 1 time 1.200 kr.'],
  ])('reads an offer: %s', (title, text) => {
    expect(adKind({ title, text }, /\d\.\d{3} kr/.test(text))).toBe('offer');
  });

  it("leaves a client's sum out of the hourly price", () => {
    const text = 'Mand 66 søger massøse. Jeg kan betale 500 kr for en time hjemme hos mig.';
    expect(prepareAd({ id: 'p', text }).facts.hourly_price_dkk).toBeNull();
  });

  it.each([
    ['Mand 52 søger ung pige', 'Søger en ung pige til faste møder. Jeg betaler godt.', 'client'],
    [
      'Par søger en mand til trekant',
      'Vi er et par og søger en mand. 1 time 1.800 kr for os begge.',
      'offer',
    ],
    [
      'Stolen photos! Real Sofia here',
      'Fake profiles use my pictures. The real me: 1 time 1.200 kr.',
      'offer',
    ],
    ['Warning ladies – fake client', 'He leaves without paying. Stay safe!', 'warning'],
    ['Gratis sundhedstjek', 'Gratis test for sexarbejdere hver torsdag.', 'support'],
    ['Sofia 25, ny i byen', 'Ring 22 33 44 55.', 'offer'],
    // An outreach team named by a woman with a price of her own: her visitor, not the author.
    ['Ana 40, Odense', 'Det opsøgende team kigger forbi med kondomer. 1 time 1200 kr.', 'offer'],
    ['Vi kommer forbi', 'Vores opsøgende team besøger lejligheder i Odense.', 'support'],
  ])('postKindOf, for the list and exports, reads a post as scoring does: %s', (title, text, kind) => {
    const ad = { id: 'k', title, text };
    expect(postKindOf(ad)).toBe(kind);
    expect(postKindOf(ad)).toBe(detailsOf(prepareAd(ad)).kind);
  });
});
