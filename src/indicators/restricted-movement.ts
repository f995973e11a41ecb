import { defineIndicator } from './define.js';
import { clauseStart, compileTerms, isNegated } from './text/match.js';
import { before, detectWithRules, type MatchContext, type TextRule } from './text/rules.js';
import { aShareOfHers, recruitingTerms, recruitsWomen, shareOfEarnings } from './text/recruiting.js';

/** Someone other than the person: manager, boyfriend, driver, boss. */
// A bodyguard who brings her and takes the money is a driver by another name ("My bodyguard
// brings me to your door and collects the payment").
// "bf" is how short mobile ads write "boyfriend" ("my bf drives me", "pay my bf"); Nigerian Pidgin
// "oga" is the boss ("my oga dey handle booking", "pay my oga").
const CONTROLLER_EN =
  '(?:manager|boss|oga|boyfriend|bf|husband|agent|driver|bodyguard|friend|daddy|papa|mamasan|mama ?san|mama|mamma|aunty|auntie|secretary|assistant|brother|cousin|uncle|coordinator|booker|dispatcher|operator)';
// "min kontaktperson Kim": the one the client deals with instead of her ("Forudbetaling til min kontaktperson").
const CONTROLLER_DA =
  '(?:manager|chef|kæreste|mand|agent|chauffør|driver|livvagt|bodyguard|ven|fætter|bror|onkel|sekretær|assistent|boss|koordinator|booker|kontaktperson)';

/**
 * Who the money may go to: not "mama", "papa" or "daddy" of CONTROLLER_EN, since a worker sends
 * money home to her mother ("I send money to my mama in Manila").
 */
const PAYEE_EN =
  '(?:contact person|manager|administrator|boss|boyfriend|bf|husband|agent|driver|bodyguard|friend|secretary|assistant|brother|cousin|uncle|booker|coordinator|dispatcher|operator|mamasan|mama ?san)';

/**
 * The same, but not "friend"/"ven": after "her"/"their" a friend is as often a duo partner ("book
 * with her friend Anna") as a controller.
 */
const CONTROLLER_EN_HER =
  '(?:manager|boss|boyfriend|bf|husband|agent|driver|daddy|papa|mamasan|mama ?san|mama|mamma|aunty|auntie|secretary|assistant|owner)';
// "Hendes ejer bestemmer": a submissive offered by her owner is offered by someone else.
const CONTROLLER_DA_HER = '(?:manager|chef|kæreste|mand|agent|chauffør|driver|sekretær|assistent|boss|ejer)';

/**
 * An amount between the money word and whom it goes to: "deposit 300kr to my madam", "Depositum på
 * 500 kr. til min chauffør", "a deposit of 50 euro to my manager".
 */
const AMOUNT = '(?:(?: of| på| af)? \\d{2,5}(?:[.,]\\d{3})? ?(?:kr\\.?|dkk|kroner|euro|eur|€)?)?';

/**
 * A desk that takes bookings or money for the person; also the house's guard at the door:
 * "Betaling sker til vagten ved indgangen", "payment to the doorman at the entrance".
 */
// Also the counter and the woman at the till ("betaling ved disken", "kontant til kassedamen") and
// the venue's own manager ("payment on arrival to the studio manager").
const DESK =
  '(?:reception|receptionist|front desk|desk|office|kontoret|kontor|receptionen|receptionisten|skranken|disken|the bar|bar|baren|kassen|kassedamen|the cashier|bureauet|agency|agenturet|arrangøren|organizer|organiser|hostess|værtinden|vagten|dørvagten|dørmanden|doorman|bouncer|security guard|(?:studio|house|club|salon|clinic) manager)';

/** "I cannot leave him alone overnight" (her cat): leaving someone, not the place. */
const NOT_AN_OBJECT = '(?! (?:him|her|them|it|my|mine|the (?:kids|children|cat|dog)))';

/** Explicit control only: booking by someone else, a driver bringing her, no going out, paying someone else. */
const terms = compileTerms([
  // booking through someone else
  `(?:booking|bookings|bookinger|appointments?|aftaler|reservations?|book)(?: \\p{L}+){0,3} (?:through|via|by|with|gennem|hos|med|thru) (?:my |min |mit |our |vores |the |a )?${CONTROLLER_EN}`,
  `(?:booking|bookinger|aftaler)(?: \\p{L}+){0,3} (?:gennem|via|hos|med) (?:min |mit |vores )?${CONTROLLER_DA}`,
  // The house's controller in the definite form: "Booking kun gennem manageren", "bookinger via
  // chaufføren" (not "manden": "aftaler med manden" is as often her client or husband at home).
  '(?:booking|bookinger|aftaler)(?: \\p{L}+){0,3} (?:gennem|via|hos) (?:manageren|chefen|chaufføren|agenten|bookeren|sekretæren|assistenten|koordinatoren|kontaktpersonen)',
  // A third-party ad names her controller: "Booking through her manager", "Call her manager to book".
  // Also sent to him: "Booking only by SMS to her manager", "bookinger kun på sms til hendes chauffør".
  `(?:booking|bookings|bookinger|appointments?|aftaler|reservations?|book)(?: \\p{L}+){0,3} (?:through|via|by|with|gennem|hos|med|thru|to|til) (?:her|their|hendes|deres) (?:${CONTROLLER_EN_HER}|${CONTROLLER_DA_HER})`,
  // A male escort's the same way: "All bookings go through his manager", "booking via hans chauffør"
  // (a narrower list: "his friend", "hans mand" are as often a duo's partner).
  `(?:booking|bookings|bookinger|appointments?|aftaler|reservations?|book)(?: \\p{L}+){0,3} (?:through|via|by|with|gennem|hos|med|thru|to|til) (?:his|hans) (?:manager|boss|agent|driver|secretary|assistant|booker|chauffør|chef|sekretær|assistent)(?![\\p{L}])`,
  // Money to someone other than the person: "Payment to her driver when you arrive", "betaling til hendes chauffør".
  `(?:betaling|betalingen|payment|the payment) (?:\\p{L}+ )?(?:til|to) (?:her|their|hendes|deres) (?:${CONTROLLER_EN_HER}|${CONTROLLER_DA_HER})`,
  // The same in Dutch, German and Swedish, where the article stands for "her": "betaling aan de
  // chauffeur", "Bezahlung an den Fahrer", "betalning till chauffören" (a taxi of hers is not, see
  // notHerTaxi).
  '(?:betaling|betalen|het geld) (?:\\p{L}+ )?aan (?:de|haar|onze) (?:chauffeur|manager|baas|bestuurder|vriend)',
  '(?:bezahlung|bezahlt wird|das geld|zahlung) (?:\\p{L}+ )?an (?:den|ihren|unseren) (?:fahrer|chauffeur|manager|chef|freund)',
  '(?:betalning|betalningen|pengarna) (?:\\p{L}+ )?till (?:chauffören|föraren|hennes (?:chaufför|förare|manager|pojkvän))',
  // Sent to him by message, the article left out as in broken English: "Booking only by sms to
  // manager, he sends you the address" (not "by sms to me").
  `(?:booking|bookings|book)(?: \\p{L}+){0,2} (?:by|via|on|per) (?:sms|text|phone|whatsapp|call|message)s? (?:only )?to (?:the |our )?${CONTROLLER_EN}`,
  // A house's mamasan needs no "her": "Payment to mamasan at the door", "betaling til mamasan".
  '(?:betaling|betalingen|payment|the payment|pay) (?:\\p{L}+ )?(?:til|to) (?:the |our |vores )?(?:mamasan|mama ?san)',
  // Also with "he"/"she" after a comma, as broken English repeats the subject: "Marius is her
  // manager, he arrange all bookings".
  `(?:(?:her|their) )${CONTROLLER_EN_HER}(?:,? (?:he|she))? (?:arranges?|books?|handles?|takes care of|manages?|answers?|will answer|sends?|decides?|brings?|drives?|collects?|will contact you|will call you|takes? (?:the |her |all )?money|keeps? (?:the |her )?money)`,
  `(?:hendes|deres) ${CONTROLLER_DA_HER} (?:arrangerer|booker|står for|tager sig af|svarer|sender|kører|bringer|henter|bestemmer|styrer|tager pengene|får pengene|tager telefonen|tager imod pengene|aftaler)`,
  // Also "message"/"email" as the verb: "For booking message her manager on WhatsApp".
  `(?:contact|call|text|sms|write|whatsapp|message|msg|email|e-mail|kontakt|ring til|skriv til|sms til) (?:her|their|hendes|deres) (?:manager|boss|agent|chef|boyfriend|kæreste|driver|chauffør|sekretær|secretary|assistant|assistent)`,
  // Broken English drops "up" and the verb's s: "My manager pick the phone and give you the adress".
  `(?:(?:my|our|the) )?${CONTROLLER_EN}(?: \\p{L}+)? (?:arranges?|arranging|confirms? (?:your |the |all )?(?:bookings?|appointments?|dates?|time)|will confirm (?:your |the |all )?(?:bookings?|appointments?|dates?|time)|takes? the phone|answers? the phone|take the phone|books?|booking|handles?|takes care of|manages?|answers?|will answer|will send|sends?|organi[sz]es?|decides?|brings?|bring|drives?|takes? me|will bring|collects?|picks? me|will contact you|contacts you|will call you|calls you|will text you|texts you|takes? (?:the |my |all )?money|keeps? (?:the |my )?money|takes? (?:all |the |my |all the |all my )?(?:bookings?|appointments?|payments?)|makes? (?:the |an? |your |all |all the |my |every )?(?:appointments?|bookings?|dates?)|tells? you (?:the |my )?(?:address|adress|adresse)|gives? you (?:the |my )?(?:address|adress|adresse)|picks? (?:up )?(?:the |my )?(?:phone|calls?)|speaks? (?:english|engelsk|danish|dansk)|writes? (?:the |my |all )?(?:sms|messages?|texts?)(?: for me)?|walks? me (?:to|up|in)|accompanies me|escorts me)`,
  // Her messages read by him: "my boss read sms and make booking", "her manager reads the texts"
  // (not the client's: "if your husband reads your texts").
  `(?:my|our|her) ${CONTROLLER_EN} (?:reads?|checks?) (?:the |my |all |your |her )?(?:sms|messages?|texts?)`,
  // The same in visitors' languages: Romanian "Prietenul meu răspunde la telefon", Polish "Mój
  // chłopak odbiera telefon", Spanish "Mi novio contesta y hace las citas", Portuguese "O meu
  // namorado atende", German "Mein Freund geht ans Telefon".
  '(?:prietenul|iubitul|soțul|sotul|șeful|seful|managerul|șoferul|soferul) meu (?:răspunde|raspunde|face programările|face programarile|se ocupă de|se ocupa de|ia banii)',
  '(?:mój|moj) (?:chłopak|chlopak|mąż|maz|szef|menadżer|menedżer|manager|kierowca|kolega) (?:odbiera|umawia|załatwia|zalatwia|bierze pieniądze|bierze pieniadze)',
  // Also a relative who runs it all: "Mi primo organiza todo – escríbele a él", "mi hermano lo organiza todo".
  // Also "maneja mis citas" (runs my bookings): "Mi novio maneja mis citas, escríbele a él".
  '(?:mi|mí) (?:novio|marido|jefe|manager|mánager|chófer|chofer|amigo|primo|hermano|tío|tio) (?:contesta|responde|atiende|hace las citas|organiza las citas|organiza todo|lo organiza todo|cobra|(?:maneja|lleva|organiza|hace) mis citas|lo maneja todo|maneja todo)',
  // Lithuanian: her manager arranges it all and is paid, "viską tvarko mano vadybininkas, jam ir
  // mokate", "mokėjimas vairuotojui" (payment to the driver).
  '(?:viską|susitikimus|rezervacijas) tvarko mano (?:vadybininkas|vaikinas|draugas|vairuotojas|vyras|šefas|sefas)',
  '(?:mokėjimas|mokejimas|mokate|mokama|pinigai)(?: \\p{L}+){0,2} (?:vadybininkui|vairuotojui|vaikinui|šefui|sefui)(?![\\p{L}])',
  '(?:o )?meu (?:namorado|marido|chefe|manager|gerente|motorista|amigo) (?:atende|responde|faz as marcações|faz as marcacoes|marca|recebe o dinheiro|organiza)',
  // Booked through him, money to him, in Portuguese and Spanish: "Reservas só pelo nosso gerente,
  // pagamento adiantado para ele", "reservas solo con nuestro gerente"; he confirms or gives the
  // address: "él me confirma y te mando la dirección", "ele passa o endereço".
  // Also the house's man by his role: "Reservas solo con el encargado", "Reservas por WhatsApp con su
  // representante".
  '(?:reservas|marcações|marcacoes|encontros|citas)(?: \\p{L}+){0,2} (?:pelo|pela|com o|através do|con|a través de|por) (?:meu|nosso|seu|mi|nuestro|nuestra|su|el|la) (?:gerente|namorado|chefe|manager|motorista|novio|jefe|jefa|chofer|chófer|encargado|encargada|representante)(?![\\p{L}])',
  // He drives her to the client, said of her in Spanish and Portuguese: "él la lleva a tu hotel",
  // "su chofer las trae", "ele a leva até você" (not "me lleva", which may be a taxi or a friend).
  '(?:él|su chofer|su chófer|el chofer|el chófer|su representante|ele|o motorista) (?:la|las|a|as) (?:lleva|trae|recoge|leva|traz|busca)(?![\\p{L}])',
  '(?:pagamento|o dinheiro|el pago|el dinero)(?: \\p{L}+){0,2} (?:para|a) (?:ele|él|o gerente|el gerente|o motorista|el chofer)(?![\\p{L}])',
  // Also his taking the bookings: "Pregunta por Marco, él hace las reservas", "ele faz as marcações".
  '(?:él|ele) (?:me |te )?(?:confirma|passa o endereço|passa o endereco|te da la dirección|te manda la dirección|cobra|recebe o dinheiro|hace las reservas|hace las citas|lleva las reservas|faz as reservas|faz as marcações|faz as marcacoes)',
  'mein (?:freund|mann|chef|manager|fahrer) (?:geht ans telefon|nimmt ab|antwortet|macht die termine|vereinbart die termine|kassiert|bringt mich|fährt mich|holt mich)',
  // Money to him: "Bezahlung bitte direkt beim Fahrer".
  // Also the money itself: "Geld bitte an meinen Chef geben".
  '(?:bezahlung|zahlung|bezahlen|bezahlt wird|geld)(?: \\p{L}+){0,3} (?:beim|an den|an meinen|an ihren|an unseren) (?:fahrer|manager|chef|freund)',
  // The word order with the object first: "Termin macht mein Freund", "Die Termine vereinbart ihr
  // Manager".
  '(?:termin|termine|buchung|buchungen) (?:macht|machen|vereinbart|organisiert|bucht|regelt) (?:mein|ihr|unser) (?:freund|mann|chef|manager|fahrer)',
  // German "Termine nur über ihren Fahrer", Swedish "Ring hennes kompis för bokning", "Han sköter
  // bokningen och tar betalt", "Jag får inte gå ut ensam", Norwegian "Kjæresten min ordner alt det
  // praktiske", Polish "Rezerwacja wyłącznie przez menedżera", "do rąk menedżera", "kierowca mnie
  // przywozi", "nie wychodzę sama", Spanish "Las citas las maneja mi representante", "Le pagas a él".
  '(?:termine|buchung|buchungen)(?: \\p{L}+){0,2} (?:über|bei|durch) (?:ihren|ihrem|meinen|meinem|unseren|den|dem) (?:fahrer|manager|chef|freund|zuhälter)',
  '(?:ihr|ihre) (?:fahrer|manager|chef|freund|zuhälter) (?:bringt|fährt|holt|macht|vereinbart|kassiert|nimmt)',
  '(?:ring|kontakta|sms:a|skriv till) (?:hennes|min|mitt) (?:kompis|vän|pojkvän|chef|manager|chaufför|förare)',
  // Also her manager or driver: "Min manager sköter alla bokningar", "min chaufför kör mig".
  '(?:han|min (?:pojkvän|chef|manager|chaufför|förare)|pojkvännen|chefen|managern|chauffören|föraren) (?:sköter|tar hand om|bokar|tar betalt|tar pengarna|kör mig|kör oss|bestämmer)',
  // "Kan tyvärr inte lämna lägenheten" (sorry, cannot leave the flat).
  '(?:får|kan) (?:(?:tyvärr|dessvärre) )?(?:inte|ej) (?:gå ut|lämna)',
  // The house's driver in Norwegian too: "Sjåføren vår kjører dem", "vår sjåfør henter henne".
  '(?:kjæresten min|min kjæreste|sjåføren min|min sjåfør|sjåføren vår|vår sjåfør|sjefen min|min sjef) (?:ordner|fikser|booker|tar|kjører|henter|bestemmer|styrer)',
  // The booking through him, in Swedish and Norwegian: "All bokning går via min pojkvän", "booking
  // gjennom kjæresten min", "bokningar sker genom vår chaufför".
  '(?:bokning|bokningar|bokningen|bokningarna|booking|bookingen|bookinger|avtaler|avtalene)(?: \\p{L}+){0,3} (?:via|genom|gjennom|hos) (?:min |mitt |vår |våra |hennes |hennar )?(?:pojkvän|pojkvännen|chef|chefen|manager|managern|chaufför|chauffören|förare|föraren|kjæreste|kjæresten|sjef|sjefen|sjåfør|sjåføren)(?![\\p{L}])',
  '(?:rezerwacja|rezerwacje|umawianie)(?: \\p{L}+){0,2} przez (?:menedżera|menadżera|managera|szefa|kierowcę|chłopaka)',
  '(?:do rąk|dla) (?:menedżera|menadżera|managera|szefa|kierowcy)',
  'kierowca (?:mnie |ją |je )?(?:przywozi|odbiera|zawozi|przywiezie|odwozi)',
  // Romanian: he brings her or them, "șoferul le aduce la tine" (booked through him: `visitorTerms`).
  '(?:șoferul|soferul)(?: (?:nostru|meu|ei|lor))? (?:o |le |mă |ma |te )?(?:aduce|duce|conduce|ia)(?![\\p{L}])',
  // Hungarian: "Sofőr hozza és viszi" (a driver brings and takes her), "a sofőröm visz" (my driver
  // takes me).
  '(?:a )?(?:sofőr|sofőröm|sofőrje|sofor) (?:hozza|hoz|viszi|visz|szállítja|szállít|elviszi)',
  // Spanish and Portuguese: the ad says she does not answer herself, "ella no contesta el
  // teléfono", "ela não atende o telefone" (the booking goes through someone else).
  '(?:ella|ela) (?:no|não|nao) (?:contesta|responde|atiende|atende) (?:el |al |o |ao )?(?:teléfono|telefono|telefone|llamadas|chamadas|mensajes|mensagens|whatsapp)',
  // Serbo-Croatian, in Latin and Cyrillic letters: the money to the driver or manager ("Novac se
  // plaća vozaču", "plaćanje menadžeru", "паре се дају возачу") and the booking through him ("Za
  // rezervaciju zovite menadžera", "rezervacije preko šefa").
  '(?:novac|novci|pare|plaćanje|placanje|uplata|новац|паре|плаћање)(?: \\p{L}+){0,2} (?:vozaču|vozacu|menadžeru|menadzeru|šefu|sefu|dečku|decku|возачу|менаџеру|шефу)(?![\\p{L}])',
  '(?:za rezervaciju|rezervacije|rezervacija|за резервацију|резервације)(?: \\p{L}+){0,2} (?:zovite|zovi|pozovite|pozovi|javite se|preko|kod|зовите|зови|преко|код) (?:našeg |njenog |njezinog |mog |нашег |њеног )?(?:menadžera|menadzera|šefa|sefa|vozača|vozaca|dečka|decka|менаџера|шефа|возача)(?![\\p{L}])',
  // Romanian and Russian, the money or the booking through someone else: "Plata se face la șofer",
  // "banii la manager", "Запись и оплата через администратора", "оплата водителю".
  '(?:plata|banii|plătiți|platiti|achitarea)(?: \\p{L}+){0,3} (?:la|către|catre) (?:șofer|şofer|sofer|șoferul|şoferul|soferul|manager|managerul|șeful|şeful|seful)(?![\\p{L}])',
  '(?:запись|оплата|бронирование|бронь)(?: \\p{L}+){0,3} (?:через|у) (?:администратора|менеджера|водителя|шофёра|шофера|сутенёра|сутенера)(?![\\p{L}])',
  // Also the accusative and Ukrainian: "Оплату передавати її менеджеру", "гроші водію".
  '(?:оплата|оплату|деньги|гроші)(?: \\p{L}+){0,2} (?:водителю|водію|водієві|менеджеру|администратору|адміністратору|шофёру|шоферу)(?![\\p{L}])',
  'nie (?:wychodzę|wychodze|mogę wychodzić|moge wychodzic) sama',
  'las citas las (?:maneja|lleva|hace|organiza) (?:mi|su) (?:representante|manager|mánager|novio|jefe|chofer|chófer)',
  '(?:reservas|citas|reservaciones) (?:con|a través de|por medio de|via) (?:mi|su) (?:representante|manager|mánager|novio|jefe|chofer|chófer)',
  // Nigerian Pidgin: "I no fit go out, my oga no gree" (I cannot go out, my boss does not allow it).
  'i no fit (?:go out|comot|leave)',
  'my oga no (?:gree|allow)',
  // Any of them who does not let her out: "my boyfriend no gree me comot", "my madam no allow, I no
  // fit outcall" (not "my boyfriend no gree me smoke").
  `(?:my|our|her) (?:madam|${CONTROLLER_EN}) no (?:gree|allow)(?= (?:me|her|us) (?:comot|commot|go|leave|waka)|\\s*[.,!;]|$)`,
  'no (?:gree|allow|let) (?:me|her|us) (?:comot|commot|go out|go outside|leave|waka)',
  '(?:le )?pagas a él',
  // The business drives them: "Vi kører dem selv til og fra klinikken", "we drive the girls to you".
  '(?:vi|we) (?:kører|henter|bringer|drive|bring|pick up) (?:dem|hende|pigerne|them|her|the girls)(?: selv)? (?:til og fra|to and from|til dig|to you|hjem|home)',
  // The driver in Danish word order: "kører min faste chauffør mig ud".
  `(?:kører|henter|bringer) (?:min|mit) (?:\\p{L}+ )?(?:chauffør|driver|kæreste|ven|bror|fætter) (?:mig|os)`,
  // Handled by someone else: "All bookings are handled by my personal assistant Mette", "My agency handles all bookings".
  // Also with two words before the role: "all enquiries are handled by my personal booking assistant".
  `(?:handled|arranged|made|managed|taken care of) by (?:my|our|her) (?:\\p{L}+ ){0,2}${CONTROLLER_EN}`,
  '(?:my|min|mit) (?:agency|bureau) (?:handles|arranges|makes|manages|takes care of|takes|står for|tager sig af|booker)',
  `(?:min|mit|vores) (?:\\p{L}+ )?${CONTROLLER_DA} (?:arrangerer|booker|står for|tager sig af|svarer|sender|kører|bringer|henter|afleverer|bestemmer|styrer|klarer|tager pengene|får pengene|sørger for alt|ordner alt|følger mig (?:til|ud|hen|op|derhen|hjem)|ledsager mig)`,
  // Also a helper named by office: "sms my assistant for time and address", "skriv til min kontaktperson";
  // and spoken to: "For booking please talk to my manager", "speak with our manager".
  `(?:contact|call|text|sms|write|write to|whatsapp|message|msg|email|e-mail|talk to|talk with|speak to|speak with|kontakt|ring til|skriv til) (?:my|our|min|mit|vores) (?:manager|boss|agent|chef|kæreste|boyfriend|husband|mand|driver|chauffør|assistant|assistent|secretary|sekretær|contact person|kontaktperson)`,
  // the contact given is someone else's: "Tel 60 27 48 15 (manager)", "manager's number"
  `\\((?:my |min |her |hendes )?(?:manager|boss|agent|boyfriend|kæreste|chef|driver|chauffør|mamasan|mama ?san)\\)`,
  `(?:${CONTROLLER_EN}|${CONTROLLER_DA})(?:'s|s|ens|en)? (?:phone|number|tel|tlf|telefon|nummer|whatsapp|mobil)`,
  // someone speaks for her: "write me and I translate for her", "jeg oversætter for hende"
  '(?:i|jeg|we|vi) (?:will |can |kan |vil )?(?:translate|oversætter|oversætte|tolker|speak|talk|answer|svarer|taler) for (?:her|hende)',
  // The client writes to the writer, who passes it on: "text me and I tell her", "sms mig, så
  // siger jeg det til hende", "call us and we inform her".
  "(?:me|us),? (?:and|then) (?:i|we) (?:will |can |'ll )?(?:tell|inform|ask|message|text|call) her",
  '(?:mig|os),? (?:og|så) (?:siger|spørger|fortæller|giver) (?:jeg|vi) (?:det til |besked til )?hende',
  // Someone else speaks or books for her: "my big sister speak for me", "call my sister for booking",
  // "bookings and payments go through our manager", "please do not pay the lady directly".
  '(?:my |her )?(?:big |little |older )?(?:sister|auntie|aunty|aunt|cousin|friend|boyfriend|husband|manager|boss) (?:speak|speaks|talk|talks|answer|answers) for (?:me|her)',
  // Also in an ad about her, and her brother or uncle: "Call her cousin Ardit for booking", "ring til hendes bror for tid".
  '(?:call|contact|text|sms|whatsapp|write to|ring til|kontakt|skriv til|skrive til|sms til) (?:my|min|her|hendes) (?:big |little |older )?(?:sister|søster|auntie|aunty|aunt|tante|cousin|kusine|fætter|friend|ven|veninde|brother|bror|uncle|onkel)(?: \\p{L}+)? (?:for|to|om) (?:booking|book|booke|tid|an appointment|aftale|en aftale|adresse|address|the address|pris|price)',
  // The booking first, then whom to call: "For booking call my sister on WhatsApp", "For booking: text
  // my cousin", "For tid ring til min bror".
  '(?:for|til) (?:booking|bookings|book|booke|tid|en tid|an appointment|appointments|aftale|aftaler)[:,]? (?:please )?(?:call|contact|text|sms|whatsapp|message|write to|ring til|ring|kontakt|skriv til|sms til) (?:my|min) (?:big |little |older |younger )?(?:sister|søster|storesøster|auntie|aunty|aunt|tante|cousin|kusine|fætter|friend|ven|veninde|brother|bror|uncle|onkel)(?![\\p{L}])',
  // Paying or calling a number said to be someone else's: "MobilePay til 26 04 93 17 (min søsters nummer)".
  "\\((?:min|my|hendes|her) (?:søsters|brors|kærestes|mands|fætters|venindes|vens|chefs|managers|sister's|brother's|boyfriend's|husband's|friend's|manager's|boss's) (?:nummer|number|mobilepay|telefon|phone)\\)",
  "(?:do not|don't|dont|never|ikke) (?:pay|betale|betal) (?:the (?:lady|girl)|her|hende|pigen|damen) (?:directly|direkte|yourself)",
  // Her friend for the booking, in an ad about her: "Du kan ringe til hendes ven for booking".
  '(?:ring|ringe|call|contact|kontakt|skriv|text|sms)(?: til)? (?:her|hendes) (?:friend|ven) (?:for|to|om) (?:booking|book|booke|tid|en tid|an appointment|aftale)',
  // Her owner takes the contact: "Kontakt ejeren på …", "contact her owner".
  '(?:contact|call|text|write to|kontakt|ring til|skriv til) (?:the |her |hendes )?(?:owner|ejeren|ejer)',
  // Czech and Slovak: "Termín dohodne jej manažér", "schůzku domluví její manažer".
  '(?:dohodne|domluví|domluvi|vybaví|zariadi|zařídí|odpovedá|odpovídá|berie|bere)(?: \\p{L}+){0,2} (?:jej|její|jeji|môj|můj|muj|náš|nas) (?:manažér|manažer|manazer|manager|šéf|sef|priateľ|přítel|vodič|řidič|šofér)',
  '(?:jej|její|jeji|môj|můj|muj) (?:manažér|manažer|manazer|manager|šéf|sef|priateľ|přítel|vodič|řidič|šofér) (?:dohodne|domluví|domluvi|vybaví|zariadi|zařídí|odpovedá|odpovídá|berie|bere)',
  // Booking through a house manager named by role: "Call mamasan for booking", "ring til manageren for at booke".
  '(?:call|contact|text|sms|write to|ring til|kontakt|skriv til) (?:the )?(?:mamasan|mama ?san|manager|manageren|boss|chefen|agent|agenten)(?: \\p{L}+){0,3} (?:booking|book|bookings|booke|appointments?|aftaler|aftale)',
  // A house role in the definite form answers for her, in Danish: "Mamasan tager telefonen",
  // "Manageren svarer telefonen og giver dig tid", "Chefen tager imod pengene".
  '(?:mamasan|mama-san|manageren|chefen|chaufføren|bookeren|madammen) (?:tager|svarer|passer|modtager|tager imod|står for) (?:telefonen|opkaldene|opkald|bookingen|bookingerne|aftalerne|pengene|betalingen)',
  // A man named as the one who does all her bookings, sent to by name: "ring til Sam, der tager sig
  // af alle bookinger", "call Marco, who handles all bookings" (not a friend named as one: "ring til
  // min veninde Sara, der hjælper med booking").
  '(?:call|contact|text|sms|write to|ring til|kontakt|skriv til|sms til) (?!(?:me|mig|us|os|her|hende|him|ham)(?![\\p{L}]))\\p{L}+,? (?:der|som|who) (?:tager sig af|står for|styrer|ordner|handles|takes care of|manages|does) (?:alle|all|all the|hendes|her|all her) (?:bookinger|bookingerne|bookings|aftaler|aftalerne|appointments)',
]);
/**
 * The rest of the explicit terms, apart: one alternation of all of them grew past the size V8
 * compiles to native code, and the interpreted pattern cost ~90 µs an ad (bench/profile-analyze).
 */
const moreTerms = compileTerms([
  // The house keeps them in: "The girls stay inside", "pigerne bliver indenfor".
  '(?:the girls|girls|pigerne|she|hun) (?:stay|stays|must stay|bliver|skal blive) (?:inside|indoors|indenfor|inde)',
  // a driver
  'driver (?:brings?|bring|takes?|drives?|will bring|drop|drops) (?:me|us|the girls?|her)',
  // Also spelt as the French word: "always with our chauffeur".
  'with (?:my|a|our|her|the) (?:driver|chauffeur)',
  // "you pay our driver when he brings her"
  'driver (?:\\p{L}+ ){1,3}(?:brings?|drives?|drops?) (?:me|us|the girls?|her)',
  'chauffør(?:en)? (?:kører|bringer|henter|afleverer) (?:mig|os|hende|pigerne|dem)',
  // Norwegian and Swedish: "sjåføren kjører meg", "chauffören hämtar henne".
  '(?:sjåfør|sjåføren|chaufför|chauffören|föraren) (?:kjører|henter|kör|hämtar|skjutsar) (?:meg|mig|oss|henne|dem|dom|jentene|tjejerna)',
  // The same said of her: "Hun bliver kørt af vores chauffør", "She is brought by our driver".
  // Also the s-passive and "egen": "Pigerne køres ud af vores egen chauffør", "hun hentes af sin kæreste".
  '(?:(?:bliver|blir) (?:altid )?(?:kørt|bragt|hentet|afleveret)|køres|bringes|hentes|afleveres) (?:altid )?(?:ud |hjem )?af (?:vores |hendes |min |sin |en |deres )?(?:egen |faste )?(?:chauffør|chaufføren|driver|kæreste|kæresten|manager|manageren)',
  '(?:is|are|gets|get) (?:always )?(?:driven|brought|dropped off) by (?:our |her |my |a |the |their )?(?:driver|boyfriend|manager|boss)',
  // The driver waits and takes the money: "Chaufføren venter udenfor og tager imod betalingen".
  '(?:chaufføren|driveren|manageren|chefen) (?:\\p{L}+ ){1,3}og (?:tager imod|modtager|tager) (?:pengene|betalingen)',
  'kører mig ud til dig',
  // Driven out by the business, the driver unsaid: "modellen bliver kørt ud til dig og hentet igen",
  // "the lady is driven to your hotel" (said of her, not "I drive to you").
  '(?:modellen|pigen|damen|pigerne|damerne|modellerne|hun|she|the girls?|the models?|the lady|the ladies|our (?:models|girls|ladies|companions)) (?:bliver|blir|is|are|will be|gets|get) (?:\\p{L}+ )?(?:kørt|bragt|driven|brought) (?:ud |over )?(?:til dig|til din|til jer|to you|to your)',
  // A driver who waits for her: "Driver waiting outside", "our driver waits in the car", "chaufføren
  // venter nede i bilen" (her own taxi that she pays is turned away by notHerTaxi).
  '(?:driver|chauffeur|chauffør|chaufføren|driveren)(?: is| will be| will)? (?:waiting|waits|wait|venter)(?: for (?:her|you|me)| på (?:hende|dig|mig))? (?:outside|downstairs|in the car|by the car|udenfor|uden for|nedenfor|i bilen|nede i bilen|ved bilen)',
  // Russian and Ukrainian: the driver brings her ("с нашим водителем", "водій привезе і забере її"),
  // the money goes to him ("Оплата водію на місці", "Деньги отдаёте ему на месте").
  '(?:с|з) (?:нашим|моим|моїм|нашим|её|ее|її) (?:водителем|водієм)',
  '(?:водитель|водій) (?:\\p{L}+ )?(?:привезёт|привезет|привезе|привозит|привозить|отвезёт|отвезет|заберёт|заберет|забере)',
  '(?:оплата|оплату|деньги|гроші) (?:\\p{L}+ )?(?:водителю|водію|менеджеру|администратору|адміністратору)',
  '(?:деньги|гроші|оплату) (?:отдаёте|отдаете|платите|віддаєте|передаёте|передаете) (?:ему|йому)',
  // The same in Latin letters: "moy drug otvechaet na telefon i beret oplatu".
  '(?:moy|moi|moj|mii) (?:drug|paren|muzh|menedzher|voditel) (?:otvechaet|beret|zabiraet|vidpovidaye|bere|vozit)',
  // The money or the booking through him in Latin letters: "Oplata voditelyu pri vstreche", "den'gi
  // administratoru", "Zapis' tol'ko cherez menedzhera" (the soft sign's apostrophe inside a word).
  "(?:oplata|oplatu|den'?gi)(?: (?:\\p{L}|')+){0,2} (?:voditelyu|voditelju|menedzheru|administratoru|shoferu)(?![\\p{L}])",
  "(?:zapis'?|bronirovanie|bron'?)(?: (?:\\p{L}|')+){0,2} (?:cherez|u) (?:administratora|admina|menedzhera|voditelya)(?![\\p{L}])",
  // no going out; texted "ikk" too: "jeg kan ikk gå ud".
  `(?:can't|cant|cannot|can not|not allowed(?: to)?|am not allowed(?: to)?|unable to|kan ikke?|må ikke?|kan jeg ikke|må jeg ikke) (?:go out|go outside|come out|leave${NOT_AN_OBJECT}|gå ud|forlade|komme ud|gå udenfor)`,
  // German: "ich kann nicht raus gehen", "darf die Wohnung nicht verlassen", "kann nicht allein raus"
  // (not a habit: "ich gehe nie raus ohne Lippenstift").
  '(?:kann|darf) (?:ich )?nicht (?:allein |alleine )?(?:raus ?gehen|raus|hinaus ?gehen|weggehen)(?![\\p{L}])(?! ohne(?![\\p{L}]))',
  '(?:darf|kann) (?:ich )?(?:die wohnung|das haus) nicht verlassen',
  // "Tage ud" is doing outcalls, which an independent may decline for herself ("jeg kan ikke tage ud
  // om natten"); said of her or the girls, someone else decides it.
  '(?:pigerne|hun|pigen|damerne|damen|massøserne|de) (?:kan|må) ikke tage ud',
  // The same as a habit told by someone else: "Meeting only in her apartment, she don't go out",
  // "pigerne går ikke ud". Not her own "I don't go out" (an independent's incall), nor a place
  // after ("she doesn't go out to hotels" is no outcall, "går ikke ud på restaurant").
  // Also with where they live between: "Pigerne bor her og går ikke ud", "the girls live here and never go out";
  // broken English without the auxiliary: "only incall, they not go out", "girls no go out".
  "(?:she|they|the girls|girls|pigerne|pigen|hun)(?: (?:bor|lives?|sover|sleeps?|stays?) (?:her|here|i huset|in the house|på stedet)(?: og| and))? (?:don't|dont|doesn't|doesnt|does not|do not|never|not|no|går ikke|går aldrig) (?:go |goes )?(?:out|ud)(?! (?:to|for|on|with|til|på|med|at|i)(?![\\p{L}]))",
  // Spanish and Portuguese: "las chicas no salen", "elas não saem".
  '(?:las chicas|ellas|elas|as meninas) (?:no|não|nunca) (?:salen|saem)(?! (?:a|con|com|para|de)(?![\\p{L}]))',
  // The house says it of them: "De tager kun imod hos os og kan ikke tage ud".
  'hos os,? og (?:kan|må) ikke (?:tage ud|gå ud)',
  'never (?:go|leave) (?:out|the apartment|the house)',
  // Where they live and never leave: "They live in the apartment and do not leave", "pigerne bor i
  // lejligheden og går ikke ud" (not "leave you": "do not leave you waiting").
  // Also "can't go out" after it: "Pigerne bor i lejligheden og kan ikke tage ud", "the girls live in the
  // flat and cannot go out".
  "(?:she|they|the girls|the ladies|pigerne|damerne|hun|de) (?:live|lives|bor|stay|stays) (?:in|i|på) (?:the |our |vores )?(?:apartment|flat|house|lejligheden|huset|stedet) (?:and|og) (?:do not|does not|don't|doesn't|never|går ikke|går aldrig|cannot|can not|can't|kan ikke|må ikke) (?:leave|go out|ud|tage ud|gå ud|komme ud)(?! (?:you|dig|him|her|them|it|to|til|på|for|on|with|med)(?![\\p{L}]))",
  // The writer manages her or them: "I am the manager of Sofia … Write to me for booking", "I manage 3 girls".
  "(?:i am|i'm|jeg er) (?:the |her |their |hendes |deres )?(?:manager|agent|booker|boss|chef) (?:of|for|til|af)",
  // Also without "of", the person named by "her": "I am her manager, write to me", "jeg er hendes
  // manager"; a house mother too: "I am her mamasan and I make all booking".
  "(?:i am|i'm|jeg er) (?:her|their|hendes|deres) (?:manager|agent|booker|boss|mamasan|mama-san|mama san)(?![\\p{L}])",
  '(?:i|jeg) (?:manage|handle|styrer|passer på) (?:\\p{L}+ ){0,2}(?:girls|ladies|piger|damer)',
  // The writer books for her: "write to me, I translate and make the booking for her", "jeg laver
  // aftalerne for hende", "we book for them". Not "for you" (the client's booking).
  // Also the time she is booked for: "call me and I book the time for her", "we arrange the times for them".
  '(?:i|we) (?:\\p{L}+ and )?(?:make|do|handle|arrange|take care of|book) (?:(?:the |all |all the |her |their )?(?:bookings?|appointments?|dates)|(?:the|her|their) times?) for (?:her|them|the girls?)(?![\\p{L}])',
  '(?:i|we) (?:\\p{L}+ and )?(?:book|translate) for (?:her|them|the girls?)(?![\\p{L}])',
  // Also the bare singular of broken Danish: "jeg laver aftale for hende".
  '(?:jeg|vi) (?:\\p{L}+ og )?(?:laver|arrangerer|står for|tager mig af|tager os af|ordner) (?:alle )?(?:aftalerne|aftaler|aftale|en aftale|bookingen|bookingerne|bookinger) for (?:hende|dem|pigerne)(?![\\p{L}])',
  '(?:jeg|vi) (?:\\p{L}+ og )?(?:booker|oversætter) for (?:hende|dem|pigerne)(?![\\p{L}])',
  'aldrig (?:gå ud|forlade)',
  // Leaving said impossible: "not possible for me to leave the apartment", "det er ikke muligt for
  // mig at forlade lejligheden" (not "outcall ikke muligt", her own choice of incall, nor a place
  // she goes to: "not possible to go out for dinner").
  '(?:not possible|impossible|ikke muligt|umuligt) (?:for (?:me|her|us|the girls) |for (?:mig|hende|os|pigerne) )?(?:to |at )?(?:leave (?:the |my |this |our )?(?:apartment|flat|house|place|room|building|studio)|forlade (?:lejligheden|huset|stedet|værelset|klinikken|studiet)|go out(?:side)?(?! (?:to|for|on|with|at)(?![\\p{L}]))|gå ud(?! (?:til|på|med|at|i)(?![\\p{L}])))',
  `cannot leave${NOT_AN_OBJECT}`,
  'not free to leave',
  // papers or debts held by someone else
  '(?:my|min|mit) (?:passport|pas|papers|papirer|id) (?:is |er |are )?(?:with|hos|kept by|held by|taken)',
  'pay back (?:my |the )?(?:trip|travel|debt|ticket|journey)',
  // A debt to a man who brought her: "he arrange the room and I pay him back from the work", "jeg
  // betaler ham tilbage" (not "he pays me back").
  '(?:i|jeg|she|hun) (?:must |have to |need to |skal |må )?(?:pay|pays|betale|betaler) (?:him|ham) (?:back|tilbage)',
  // Broken English: "My sponsor keep my papers", "boss have my passport", "I must pay back for
  // ticket and house", "I no can go out" ("boss say no outcall" is bossSaysNo).
  `(?:my |the |our )?(?:sponsor|${CONTROLLER_EN}) (?:keep|keeps|kept|has|have|hold|holds|took|take|takes) (?:my|our|the girls'?|her) (?:papers|passport|passports|documents|id|pas|papirer)`,
  '(?:must|have to|need to|skal|må) (?:pay|betale) (?:back|tilbage) (?:for )?(?:my |the |min |mit )?(?:trip|travel|debt|ticket|flight|journey|house|rejse|gæld|billet|fly)',
  '(?:i|we) no can (?:go out|go outside|come out|leave|do outcall)',
  'betale (?:min |mit )?(?:rejse|gæld|billet)(?:n)? tilbage',
  // paying someone other than the person
  `pay (?:to )?(?:him|(?:my|the|our|her) ${CONTROLLER_EN}|my friend|the man|the guy)`,
  // The money handed to him: "you give the money to him before we start", "giv pengene til ham".
  '(?:give|gives|hand|giv|giver|aflever|afleverer)(?: \\p{L}+){0,2} (?:money|cash|payment|pengene|betalingen|kontanterne) (?:to|til) (?:him|ham)',
  // Also the fee by its name: "honoraret afleveres til ham i lobbyen", "the fee is handed to him".
  '(?:money|cash|payment|pengene|betalingen|honoraret|honorar|the fee|fee)(?: \\p{L}+){0,2} (?:to|til) (?:him|ham)(?![\\p{L}])',
  // Settled with him: "pengene afregnes med ham", "betalingen klarer du med ham", "you settle the
  // payment with him".
  '(?:money|payment|the payment|pengene|betalingen|betaling)(?: \\p{L}+){0,2} (?:afregnes|afregner|klares|klarer|ordnes|ordner|settles?|settled) (?:du |you )?(?:med|with) (?:him|ham)(?![\\p{L}])',
  // An amount handed to him: "you give him 300 kr for the room", "giv ham 500 kr ved døren".
  '(?:give|gives|hand|hands|giv|giver|aflever|afleverer) (?:him|ham) (?:the |\\d{2,5} ?)?(?:money|cash|payment|kr|dkk|kroner|euro|eur|pengene|betalingen|kontanterne)(?![\\p{L}])',
  // "give money to her, not to me": the writer says the money goes to someone else.
  '(?:to|til) (?:him|her|ham|hende),? (?:not|ikke) (?:to |til )?(?:me|mig)',
  // A manager's rule: "Kunden betaler til mig, ikke til pigen".
  '(?:to|til) (?:me|mig),? (?:not|ikke) (?:to |til )?(?:the girl|her|pigen|hende|damen|the lady)',
  // A house rule: "Al betaling går til bestyreren, ikke til pigerne", "payment goes to the manager,
  // not to the girls".
  // Also when the payee's words run longer: "Payment to the administrator before the meeting, not to the girl".
  '(?:betaling|betalingen|pengene|payment|the payment|the money)(?: \\p{L}+)? (?:går til|goes to|is made to|til|to) (?:\\p{L}+ ){0,4}\\p{L}+,? (?:not|ikke) (?:to |til )?(?:the girls?|the ladies|the lady|pigen|pigerne|damerne|damen|massøserne|hende|her|them|dem)(?![\\p{L}])',
  // Their phones kept from them: "Pigerne må ikke have deres egne telefoner på vagten", "the girls
  // may not keep their phones".
  "(?:pigerne|damerne|massøserne|the girls|the ladies) (?:må ikke|får ikke lov til at|may not|are not allowed to|can't|cannot) (?:have|keep|bruge|use|beholde) (?:deres|their) (?:egne |own )?(?:telefoner|telefon|mobiler|mobil|phones?|mobiles?)",
  // "You pay to the owner of the flat when you come, not to me".
  '(?:to|til) (?:the )?(?:owner|ejeren|udlejeren|landlord)[^.!?;]{0,40},? (?:not|ikke) (?:to |til )?(?:me|mig)',
  // The persons never answer themselves: "the girls do not take calls", "pigerne tager ikke telefonen".
  "(?:the )?girls (?:do not|don't|dont|never) (?:take|answer) (?:calls|the phone|phone|messages)",
  // Said of her or them by name, "herself"/"themselves" after: "Nadia does not answer the phone
  // herself", "she does not reply to messages herself", "the models do not handle enquiries
  // themselves" (the writer's own "I don't answer calls myself" is not about someone else).
  "(?:does not|doesn't|doesnt|do not|don't|dont|never|will not|won't) (?:answer|take|handle|reply to|respond to|read) (?:the phone|her phone|phone|calls|messages|enquiries|inquiries|sms|texts|bookings)(?: or (?:calls|messages|texts|sms|e-?mails))? (?:herself|themselves)",
  // Also that she never speaks on the phone: "Hun taler ikke selv i telefon", "she does not talk on
  // the phone herself".
  '(?:hun|pigen|damen|modellen|pigerne|damerne|modellerne) (?:tager|svarer|besvarer) ikke selv (?:telefonen|opkald|beskeder|på beskeder|på sms|henvendelser)',
  '(?:hun|pigen|damen|modellen|pigerne|damerne|modellerne) (?:taler|snakker) ikke selv (?:i|på) (?:telefon|telefonen|mobilen)',
  "(?:she|the girls?|the lady|the ladies) (?:does not|doesn't|doesnt|do not|don't|dont|never) (?:speak|talk) on the phone (?:herself|themselves)",
  '(?:pigerne|damerne|massøserne) (?:tager|svarer) ikke (?:telefonen|opkald|selv)',
  // The agency takes the money and pays her a share: "The agency handles screening and payment: you
  // settle the full fee with us", "clients pay Crown Companions, and Sofie receives her share".
  '(?:the )?(?:agency|bureau|bureauet|office|kontoret) (?:handles|takes care of|manages|collects|takes|står for|tager sig af|modtager) (?:\\p{L}+ (?:and |og )?){0,2}(?:payment|payments|the payment|the money|the fee|fees|betalingen|betaling|pengene)',
  '(?:settle|pay) (?:the )?(?:full )?(?:fee|payment|amount) (?:with|to) us',
  // The rest of the money settled with the agency: "the balance is settled with the agency",
  // "restbeløbet afregnes med bureauet".
  '(?:balance|the rest|remainder|rest|fee|restbeløbet|resten|beløbet)(?: \\p{L}+){0,2} (?:settled|paid|payable|afregnes|betales) (?:with|to|med|til) (?:the |our )?(?:agency|agenturet|bureauet)',
  // A deposit to the agency's company: "the deposit is paid by bank transfer to Velvet Models ApS"
  // (not her own: "to my company Sofie Escort ApS", nor with her own named after it: "MobilePay til
  // Hyggestuen ApS, som er mit eget firma", "to Rosa Wellness ApS (my own company)").
  '(?:deposit|depositum|forudbetaling|payment|betaling|betalingen)(?: [\\p{L}\\d%]+(?:[.,]\\d+)?){0,10} (?:to|til) (?!(?:my|min|mit) )(?:\\p{L}[\\p{L}&-]* ){1,3}(?:aps|a/s|ivs|ltd)(?![\\p{L}])(?!,? ?\\(?(?:(?:som|der|which|that) (?:er|is) )?(?:mit|min|my) (?:eget |egen |own )?(?:firma|selskab|virksomhed|company|business|firm)(?![\\p{L}]))',
  '(?:receives?|gets?|får|modtager) (?:her|sin|hendes|my|min) (?:share|cut|part|percentage|andel|del|procentdel)',
  // A woman friend or relative takes her calls and makes her appointments: "Min veninde svarer
  // telefonen og laver aftalerne for mig" (not "min veninde og jeg", a duo).
  '(?:min|mit) (?:\\p{L}+ )?(?:veninde|søster|kusine|tante) (?:svarer|tager) (?:telefonen|mine opkald|opkaldene)',
  // The same in English, of her or of the writer: "her sister answer your message and tell you the
  // time", "my cousin answers all messages" (not "my sister answers the door").
  '(?:my|her) (?:big |little |older |younger )?(?:sister|cousin|aunt|auntie|aunty) (?:answers?|will answer|reads?|takes?) (?:your |the |all |all the |my |her )?(?:messages?|sms|texts?|calls|phone)(?![\\p{L}])',
  // A relative who arranges it all, as "my boyfriend arranges": "I stay with my aunt, she arranges
  // everything for me", "my uncle organises everything" (not "my aunt arranges flowers").
  '(?:my|her) (?:big |little |older |younger )?(?:sister|cousin|aunt|auntie|aunty|uncle|brother)(?:,? (?:she|he))? (?:arranges?|organi[sz]es?|handles?|takes care of) (?:everything|it all|all of it|all)(?![\\p{L}])',
  '(?:min|mit) (?:\\p{L}+ )?(?:veninde|søster|kusine|tante)(?: \\p{L}+){0,4} (?:laver|arrangerer|booker|står for) (?:aftalerne|mine aftaler|bookingen|bookingerne|tiderne)',
  "(?:the )?(?:girls|ladies) (?:do not|don't|dont|never) (?:take|handle|receive) (?:the )?(?:money|payment|cash)",
  // The writer sends her: "så sender jeg hende til dig", "I send her to you".
  '(?:sender|sende|kører|bringer|send|bring|drive) (?:jeg |i )?(?:hende|her) (?:til dig|to you|ud til dig|over til dig|to your)',
  // Also an advance, as visitors name it in English: "Avans 200 kr to the driver before the meeting".
  `(?:payments?|money|pengene|betaling|betalinger|deposits?|depositum|forudbetaling|avans|advance|prepayment)${AMOUNT}(?: \\p{L}+){0,2} (?:to|til|goes to|går til) (?:my|the|min|mit) ${PAYEE_EN}`,
  // A woman relative who takes the payment: "Payment is given to my sister at the door", "the deposit
  // goes to her cousin" (not "money": "I send money to my sister in Manila" is her family at home).
  '(?:payments?|the payment|deposits?|the deposit|prepayment|depositum)(?: \\p{L}+){0,2} (?:to|goes to) (?:my|her) (?:big |little |older |younger )?(?:sister|cousin|aunt|auntie|aunty)(?![\\p{L}\\u0027\\u2019])',
  // Broken English drops the article: "Payment to manager when you arrive", "money goes to driver".
  `(?:payments?|money|cash|deposits?)${AMOUNT}(?: \\p{L}+){0,2} (?:to|goes to) (?:manager|boss|driver|agent|mamasan)(?![\\p{L}])`,
  // The same in Danish: "Betaling ved ankomst til manager", "pengene går til chauffør".
  `(?:betaling|betalingen|betales|pengene|depositum|forudbetaling)${AMOUNT}(?: \\p{L}+){0,2} (?:til|går til) (?:manager|chef|chauffør|driver|agent|mamasan)(?![\\p{L}])`,
  // A share of her money to an agency: "halvdelen af pengene går til dem" (the bureau), "half the money goes to the agency".
  '(?:halvdelen af|en del af|half of|half|part of) (?:pengene|the money|betalingen|indtjeningen|my earnings)(?: \\p{L}+){0,2} (?:går til|goes to|går videre til|to) (?:dem|them|ham|him|bureauet|agenturet|the agency|the boss|chefen)',
  // Also the definite form of the controller: "Betales til manageren inden massagen".
  `(?:betal|betales|betaling)(?: \\p{L}+){0,2} (?:til |hos )?(?:ham|min (?:${CONTROLLER_DA}|veninde|søster|tante)|chaufføren|manden|manageren|chefen|bookeren|mamasan|madammen)`,
  // The persons booked through a house mother or manager: "Ring til Mama Noi for at booke pigerne",
  // "Contact mamasan to book the girls" (not "Madame Lola", a domina booking herself).
  '(?:ring til|kontakt|sms til|skriv til|call|contact|text) (?:mama|mamasan|mama-san|mama san|manageren|the manager)(?: \\p{L}+)? (?:for at booke|to book|for booking)',
  // A desk between client and person: "Book her through our reception. Payment is made to the
  // receptionist", "betaling sker til receptionen". Booking a time at a clinic's reception books
  // no person and pays no one, so only her booking or a payment counts. The client's verb too:
  // "Du betaler i receptionen", "the client pays at the front desk".
  `(?:book|booke|bestil|reserve) (?:her|them|the girls?|hende|dem|pigerne)(?: \\p{L}+){0,2} (?:through|via|at|with|thru|gennem|i|hos|ved) (?:our |the |vores )?${DESK}`,
  `(?:payment|payments|pay|pays|paid|betaler|money|cash|kontant|kontanter|deposit|deposits|depositum|forudbetaling|betaling|betalingen|betales|betal|pengene)(?: \\p{L}+){0,3} (?:to|at|til|i|hos|ved|gennem|through|via) (?:our |the |vores )?${DESK}`,
  // The desk as the one who takes the money: "Receptionen tager imod booking og betaling", "the
  // reception takes the payment" (not "tager telefonen og booker din tid": no money).
  `(?:the )?${DESK} (?:tager imod|modtager|tager sig af|står for|håndterer|takes|receives|collects|handles)(?! (?:ikke|not|never|aldrig)(?![\\p{L}]))(?: \\p{L}+){0,2} (?:betaling|betalingen|pengene|payment|payments|the payment|the money)`,
  // Paid to the house itself: "Betaling forud til huset", "payment goes to the house" (not "pay me
  // directly, not the house": negated).
  '(?:payment|payments|pay|paid|betaling|betalingen|betales|betal|pengene|the money)(?: \\p{L}+){0,2} (?:to|til|går til|goes to) (?:the house|huset)(?![\\p{L}])',
  // Her pay cut by the house: "husleje trækkes af deres andel", "rent is deducted from her share".
  '(?:trækkes|fratrækkes|deducted|taken) (?:af|fra|from|out of) (?:deres|hendes|their|her) (?:andel|share|cut|løn|indtjening|earnings)(?![\\p{L}])',
  // Booked only through him or them, said with the pronoun: "please book through him only", "you
  // book me through them" (not "book through my website").
  '(?:book|booke|booking|bookings) (?:me |mig |her |hende )?(?:only |kun )?(?:through|via|gennem|thru) (?:him|them|ham|dem)(?![\\p{L}])',
  // He comes for the money: "han henter pengene hver aften", "he collects the money every night".
  '(?:han|he) (?:henter|samler|collects|picks up|comes for) (?:alle |all )?(?:pengene|the money|my money|mine penge)(?![\\p{L}])',
  // Paid into his account: "Payment first to his Revolut", "betal til hans MobilePay".
  '(?:payment|payments|pay|paid|money|deposit|betaling|betalingen|forudbetaling|depositum|betal|betales|pengene)(?: \\p{L}+){0,2} (?:to|til|into|ind på) (?:his|hans) (?:revolut|mobilepay|paypal|account|bank account|konto|bankkonto|number|nummer)',
  // Paid to the agency, never to her: "Al betaling går til bureauet", "betaling sker til agenturets
  // konto" (the definite forms; "the agency" is PAYEE_EN above).
  '(?:betaling|betalingen|pengene|al betaling)(?: \\p{L}+){0,2} (?:til|går til) (?:bureauet|agenturet|bureauets konto|agenturets konto)',
  // All contact through the agency or a manager: "Al kontakt går gennem agenturet".
  '(?:al kontakt|all contact|all communication)(?: \\p{L}+){0,2} (?:går gennem|går via|goes through|is through|via|through|gennem) (?:agenturet|bureauet|the agency|our agency|manageren|the manager|her manager|hendes manager)',
  // Her bookings approved by a man: "han skal godkende alle aftaler", "my boyfriend must approve
  // every booking" (catalogue: "my boyfriend arranges").
  '(?:han|he|min kæreste|min herre|my boyfriend|my master) (?:skal|må|must|has to|needs to) (?:godkende|approve|accept|sige ja til) (?:alle |all |every |hver |mine |my )?(?:aftaler|aftalerne|aftale|bookinger|bookings?|appointments?|dates|kunder|clients)',
  // Driven by her master as by a boyfriend (CONTROLLER_DA and _EN): "Min Herre kører mig".
  '(?:min|my) (?:herre|master) (?:kører|bringer|henter|afleverer|drives|brings|takes|drops) (?:mig|me)(?! (?:ikke|not|never|aldrig))',
  // Her boyfriend or manager takes her calls or makes her appointments, said without "he": "Min
  // kæreste tager telefonen og laver aftalerne", "my manager answers the phone" (catalogue: "my
  // boyfriend arranges", "booking through manager").
  // Also as broken English writes the verb, and the money with the bookings: "My manager take the
  // bookings and the payment", "my boyfriend handle the money".
  // Also as a cleft: "det er min kæreste der tager telefonen", "it is my manager who takes the bookings".
  '(?:min|my) (?:kæreste|boyfriend|manager|chef|boss|chauffør|driver) (?:der |som |who |that )?(?:tager|svarer|passer|takes|take|answers|answer|handles|handle) (?:telefonen|the phone|my phone|mine opkald|my calls|bookingen|bookingerne|bookings|the bookings?|all bookings|aftalerne|the appointments|the payment|the money|betalingen|pengene)',
  '(?:min|my) (?:kæreste|boyfriend|manager|chef|boss) (?:der |som |who |that )?(?:laver|booker|arrangerer|makes|books|arranges) (?:aftalerne|mine aftaler|the appointments|my appointments|my bookings|bookingerne)',
  // "Takes care of" them, also "my man" for her boyfriend and the bare verb of broken English: "My
  // man take care of appointments, call him", "my boyfriend takes care of all bookings".
  '(?:my) (?:man|boyfriend|bf|manager|boss) (?:who |that )?(?:takes?|is taking) care of (?:all |the |my |every )?(?:appointments?|bookings?|booking|dates)',
  // Contact through a man of hers: "skriv til min ven", "call my boyfriend for booking" (not "min
  // veninde", who may be the other of a duo).
  '(?:ring til|skriv til|sms til|kontakt|call|text|write to|contact) (?:min|my) (?:ven|kæreste|manager|chef|boss|chauffør|driver|boyfriend)(?![\\p{L}])',
  // Living where she works: "Jeg bor på klinikken", "the girls live in the salon". A home studio
  // is her own place ("I work from my flat"), so only the venue words count.
  '(?:i|jeg|she|hun|we|vi|they|de|the girls|pigerne|girls|ladies|pige|pigen|girl|lady|dame|damen|damerne) (?:also )?(?:live|lives|living|bor|sleep|sleeps|sover|stay|stays|staying) (?:også )?(?:at|in|på|i) (?:the |our |vores )?(?:klinikken|salonen|klubben|massagestedet|massageklinikken|clinic|salon|club|massage (?:place|parlou?r|shop|clinic)|parlou?r|workplace|arbejdspladsen)',
]);

/**
 * Driven by him, paid to him, kept in, in Spanish and Portuguese: "Mi novio me lleva a los hoteles y
 * espera abajo", "o motorista me leva", "Pagamento ao motorista na chegada", "el pago al chofer",
 * "não posso sair – o dono não deixa", "no puedo salir". A pattern of its own, and each begins at
 * its noun or verb, not at "mi", "o" or "el": word starts that common would have the whole list of
 * terms tried at most words of a Danish text.
 */
const iberian = compileTerms([
  '(?:novio|marido|jefe|manager|mánager|chófer|chofer|amigo|representante) (?:me lleva|me trae|me recoge|me deja|me acompaña)',
  '(?:namorado|marido|chefe|manager|motorista|amigo) (?:me leva|me traz|me busca|me acompanha)',
  '(?:chófer|chofer|motorista) (?:me|la|las|a|as|nos) (?:lleva|trae|leva|traz)',
  '(?:pagos?|pagamento)(?: \\p{L}+){0,2} (?:al|ao|a la|à|para o|para el|a mi|ao meu) (?:motorista|chófer|chofer|novio|namorado|jefe|chefe|manager|mánager|representante|dono|dueño)',
  // Also said of her or them: "ella no puede salir del piso", "elas não podem sair".
  '(?:puedo|puede|pueden|posso|pode|podem) (?:salir|sair)(?! (?:de (?:noche|madrugada)|à noite|a noite))',
  '(?:dueño|jefe|dono|chefe|novio|namorado) (?:no me deja|não deixa|nao deixa|não me deixa)',
  // A sponsor who paid the journey, a debt still owed, the payment for someone else: "mi sponsor me
  // pagó el pasaje … todavía le debo, por eso el pago es para ella, no para mí".
  '(?:sponsor|patrocinador|patrocinadora|madrina) (?:me )?(?:pagó|pagou|compró|comprou|trajo|trouxe|arregló|arrumou)',
  '(?:todavía|todavia|aún|aun|ainda) (?:le |lhe |les )?(?:debo|devo)',
  // "a él le pagas en la puerta": the money to him, the object first (not "él paga", he pays).
  'él le (?:pagas|pagan|das el dinero|entregas el dinero)(?![\\p{L}])',
  '(?:pago|pagamento|dinero|dinheiro) (?:es|é|va|vai) (?:para|pra) (?:ella|él|ela|ele|mi jefe|el jefe|o chefe|mi sponsor|la señora|a senhora)',
]);
/** "no puedo salir", "ella no puede salir": the verb's own negation is the statement. */
const IBERIAN_NO_BEFORE = /(?<![\p{L}])(?:no|não|nao)\s+$/iu;

function iberianTerm(ctx: MatchContext): boolean {
  if (/^(?:puedo|puede|pueden|posso|pode|podem)/iu.test(ctx.matched))
    return IBERIAN_NO_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 6), ctx.start));
  return !isNegated(ctx.text, ctx.start, ctx.end) && notHerTaxi(ctx);
}

/**
 * Booked through him, paid to him, kept in, in the languages of houses that advertise in Denmark:
 * Romanian "Rezervări doar prin managerul ei", "Sunați la șeful pentru programare", "Plata se face
 * la el"; Russian "Запись только через администратора", "девушки не выходят без сопровождения",
 * "она не может выходить"; Bulgarian "шофьорът ги кара", "парите са на шофьора"; Czech and Slovak
 * "Rezervace jen přes šéfa"; German "Termine vereinbart unser Chef". A list of its own, each term
 * beginning at its noun or verb.
 */
const visitorTerms = compileTerms([
  '(?:programări|programari|programările|programarile|rezervări|rezervari|rezervările|rezervarile|rezervarea|programare|rezervare)(?: \\p{L}+){0,2} (?:prin|la|cu) (?:prietenul|iubitul|soțul|sotul|managerul|manager|șeful|seful|șefa|sefa|șoferul|soferul|administratorul)(?![\\p{L}])',
  '(?:sunați|sunati|sună|suna|scrieți|scrieti|contactați|contactati) (?:la |pe )?(?:managerul|manager|șeful|seful|șefa|sefa|șoferul|soferul|prietenul ei|iubitul ei)(?![\\p{L}])',
  '(?:plata|banii)(?: se face| se dau| se plătește| se plateste)? (?:la|către|catre) (?:el|managerul|manager|șoferul|soferul|șefa|sefa|șeful|seful)(?![\\p{L}])',
  '(?:бронирование|бронь|запись|заказ|заказы)(?: \\p{L}+){0,2} (?:через|у) (?:администратора|админа|менеджера|водителя|хозяина|хозяйки|мамочки)(?![\\p{L}])',
  'не (?:может|могут|можем) (?:выходить|выйти|уходить|уйти)(?![\\p{L}])',
  'не (?:выходят|выходит|выходим) без (?:сопровождения|разрешения)',
  // Ukrainian "вона не може виходити", and the place first in either language: "виходити з квартири
  // вона не може", "выходить из квартиры она не может" (said of her; "выйти не могу" alone is her
  // own incall).
  'не (?:може|можуть) (?:виходити|вийти|йти)(?![\\p{L}])',
  '(?:выходить|выйти|виходити|вийти) (?:из|з) (?:квартиры|квартири|дома|дому|апартаментов|апартаментів)(?: \\p{L}+)? не (?:может|могут|може|можуть)(?![\\p{L}])',
  '(?:бронювання|запис)(?: \\p{L}+){0,2} (?:через|у) (?:адміністратора|менеджера|водія)(?![\\p{L}])',
  // Hungarian: booked or paid through her manager: "Foglalás csak a menedzserén keresztül", "a
  // fizetés a sofőrnek".
  '(?:foglalás|foglalni|időpontfoglalás|bejelentkezés)(?: \\p{L}+){0,3} (?:menedzser\\p{L}*|sofőr\\p{L}*|főnök\\p{L}*) (?:keresztül|által|útján)(?![\\p{L}])',
  '(?:fizetés|fizetni|a pénzt|pénz)(?: \\p{L}+){0,2} (?:menedzsernek|menedzserének|sofőrnek|sofőrjének|főnöknek)(?![\\p{L}])',
  '(?:шофьорът|шофьора|мениджърът|мениджъра) (?:ги|я|ни|ме) (?:кара|вози|докарва|води)(?![\\p{L}])',
  '(?:плащането|парите)(?: \\p{L}+){0,2} (?:на|към|при) (?:шофьора|мениджъра|шефа)(?![\\p{L}])',
  '(?:резервации|резервацията|записване)(?: \\p{L}+){0,2} (?:чрез|през|при) (?:мениджъра|шефа|шофьора)(?![\\p{L}])',
  '(?:objednávky|objednávka|rezervace|rezervácie|rezervácia|termíny)(?: \\p{L}+){0,2} (?:přes|cez|u) (?:šéfa|sefa|manažera|manažéra|řidiče|vodiča|přítele|priateľa)(?![\\p{L}])',
  '(?:termine|buchungen|buchung)(?: \\p{L}+){0,2} (?:macht|machen|vereinbart|organisiert|nimmt) (?:unser|ihr|mein) (?:chef|manager|fahrer|freund)(?![\\p{L}])',
]);

/**
 * He is named as hers, then what he does: "Laszlo er min kæreste, han tager telefonen … og laver
 * aftalerne", "my boyfriend answers – he keeps my phone when I work"; broken Danish leaves out the
 * article and the comma: "Min kæreste han tager telefon og laver tid". A pattern of its own: its
 * words ("ven", "mand", "har", "has") begin many words of any ad, and the whole list of terms would
 * be tried at each.
 */
const heDoes = compileTerms([
  `(?:${CONTROLLER_DA}|${CONTROLLER_EN})[,;:–—-]? (?:han|he) (?:\\p{L}+ )?(?:tager telefon(?:en)?|laver aftalerne|booker|svarer|skriver med jer|giver adressen|sender adressen|takes the phone|answers the phone|makes the appointments|books|keeps my phone|has my phone|holds my phone|gives you the address|sends the address)`,
  '(?:keeps|keep|holds|beholder) (?:my|min) (?:phone|telefon|mobil) (?:when|while|mens|når)',
  // Broken English, a clause about him between and the verb's s dropped: "my boyfriend he speak
  // good english, he answer the phone and make the time for you" (not "my boyfriend lives in
  // Spain, he calls me every day").
  `(?:my|our|her) (?:${CONTROLLER_EN})(?: \\p{L}+){1,4}, (?:he|han) (?:answers?|takes?|picks? up) (?:the |my )?(?:phone|telefon|telefonen)`,
  // Someone of hers, described, does the booking: "My friend who rent the apartment take care of
  // appointments", "my cousin who lives here makes the bookings".
  `(?:my|our|her) (?:${CONTROLLER_EN}) (?:who|that) (?:\\p{L}+ ){1,4}(?:takes? care of|makes?|handles?|arranges?) (?:the |my |all |all the |her )?(?:appointments?|bookings?|booking)(?![\\p{L}])`,
  // A sister or aunt, said in brackets whose shop it is, takes the bookings or the money: "Big sister
  // (she own the shop) take the booking and the money".
  '(?:sister|søster|auntie|aunty|aunt|tante|cousin|kusine) \\([^)]{1,40}\\) (?:takes?|handles?|collects?|tager) (?:the |all |my |all the )?(?:bookings?|booking|money|payments?|cash|pengene|bookingen)(?![\\p{L}])',
  // "my cousin helps me with the phone – write to him", "min kæreste hjælper mig med bookingerne".
  `(?:${CONTROLLER_DA}|${CONTROLLER_EN}) (?:helps|help|hjælper) (?:me|mig) (?:with|med) (?:the |my |min )?(?:phone|telefon|telefonen|booking|bookings|bookingerne|appointments|aftalerne)`,
]);

/**
 * Her papers held by someone else, or travel to be paid off: "Madam keeps my passport until i
 * finish pay for the travel", "han har mit pas". A list of its own: "har", "has" and "pas" begin
 * many words.
 */
/**
 * A submissive offered by her owner, who books her and takes the money: "Aftaler laves kun med ham",
 * "Betalingen gives til min ejer, ikke til mig".
 */
const ownerBooks = compileTerms([
  '(?:aftaler|aftalen|bookinger|booking|appointments) (?:laves|aftales|træffes|are made|is made) (?:kun |only )?(?:med|with|gennem|through) (?:ham|him|min ejer|my owner|my master)',
  '(?:betalingen|pengene|payment|the payment|the money) (?:gives|går|betales|goes|is given|is paid) (?:kun |only )?(?:til|to) (?:min|my|hendes|her) (?:ejer|owner|master|herre)',
  // The owner approves or takes her bookings: "Min Ejer godkender alle mine aftaler", "Master takes
  // every booking personally", "my owner handles all my appointments".
  '(?:min ejer|ejeren|min herre|my owner|my master|master) (?:godkender|approves|tager|takes|handles|makes|laver|står for) (?:alle |all |every |all the |the |mine |my |alle mine )?(?:aftaler|aftalerne|bookinger|bookingerne|bookings?|appointments?)',
  // The deposit or the money sent to him: "Depositum på 500 kr sendes til ham", "you pay Master when
  // you arrive", "the deposit goes to my owner".
  '(?:depositum|depositummet|deposit|the deposit|betalingen|pengene|payment|the payment|the money)(?: [\\p{L}\\d]+){0,4} (?:sendes|overføres|betales|gives|går|is sent|is paid|is given|goes|are sent) (?:kun |only |først |first )?(?:til|to) (?:ham|him|min ejer|my owner|my master|master)(?![\\p{L}])',
  '(?:you )?pay (?:to )?(?:my )?(?:master|owner)(?![\\p{L}])',
  // He keeps her phone: "he keeps my phone", "min ejer har min telefon".
  '(?:he|han|master|my owner|my master|min ejer|min herre) (?:keeps|has|holds|takes|beholder|har|tager) (?:my|min) (?:phone|telefon|mobil|mobile)',
]);

/**
 * "Master" without "my" may be a male dominant naming himself ("Master takes all bookings by SMS"):
 * it counts only where the ad shows him as someone else's ("Master's pet", "Master presents 3
 * girls").
 */
const ANOTHERS_MASTER =
  /(?<![\p{L}])(?:master['’]s|my master|min herre|min ejer|my owner|master (?:presents|offers|has|tilbyder|har))(?![\p{L}])/iu;

function ownerIsAnother(ctx: MatchContext): boolean {
  if (!/master/iu.test(ctx.matched) || /my master/iu.test(ctx.matched)) return true;
  return ANOTHERS_MASTER.test(ctx.text);
}

const papersHeld = compileTerms([
  '(?:keeps|keep|kept|has|have|holds|hold|took|takes|take|tager|tog|har|beholder|holder|beholdt) (?:my|min|mit|mine|her|hendes|our|vores) (?:passport|passports|pas|papers|papirer|documents|dokumenter|id card|id-kort)',
  '(?:pay|pays|paying|paid|betale|betaler|betalt) (?:back |off |af på )?(?:for )?(?:the|my|her|min|mit|hendes) (?:travel|trip|ticket|flight|journey|debt|rejse|rejsen|billet|billetten|gæld|gælden)',
  // Her money handed on in halves: "I give her half for the apartment", "jeg giver ham halvdelen"
  // (not "half an hour"). Here, not in `moreTerms`, whose "I pay him" is the writer's own hire.
  '(?:give|gives|giver|pay|pays|betaler) (?:her|him|them|hende|ham|dem) (?:half|halvdelen|50 ?%)(?! (?:an? |en )?(?:hour|time|times|min)(?![\\p{L}]))',
]);

/**
 * A madam who books or takes the money: "For booking contact Madam", "payment to madam". "Madame"
 * is also a domina's title for herself ("Contact Madame Lola", "tributes are paid to Madame"), so
 * not before a name nor in a domina's ad.
 */
const madam = compileTerms([
  '(?:booking|book|bookings|appointments?|aftaler?)[:,]? (?:please )?(?:call|contact|text|sms|whatsapp|write to|ring til|kontakt|skriv til) (?:the )?(?:madam|madame)',
  '(?:call|contact|text|sms|whatsapp|write to|ring til|kontakt|skriv til) (?:the )?(?:madam|madame)(?: \\p{L}+){0,3} (?:booking|book|bookings|booke|appointments?|aftaler?)',
  `(?:payments?|money|pengene|betaling|betalingen|betales|pay|paid|cash|deposits?|depositum)${AMOUNT}(?: \\p{L}+){0,2} (?:to|til|goes to|går til) (?:the |my |our |min |vores )?(?:madam|madame)`,
  '(?:the )?(?:madam|madame)(?: (?:dey|don|go|will|does|always))? (?:collects?|takes?|gets?|keeps?|tager|får) (?:the |all |my |our )?(?:money|cash|payment|pengene)',
  // Paid at the door, and booked through her, "true" as Pidgin says "through": "pay madam at door",
  // "Booking only true madam on WhatsApp", "book through the madam".
  'pay (?:the |my |our )?(?:madam|madame)(?! (?:for|a) )',
  '(?:booking|book|bookings|appointments?)(?: \\p{L}+){0,2} (?:through|thru|true|via|with) (?:the |my |our )?(?:madam|madame)',
  // Broken English: "My madam take care of booking so call her".
  // Also without the article, and the money with the booking: "Madam take the booking & payment".
  // Also with "she" after a comma: "I stay with my madam, she take care of booking and money".
  '(?:(?:my|our|the) )?(?:madam|madame)(?:,? she)? (?:take|takes|taking|do|does|make|makes|handle|handles) (?:care of )?(?:the |my |all )?(?:booking|bookings|appointments?|payments?)',
  // She answers the client for her or sets her time, the verb's s often dropped: "my madam will
  // answer you and give you the address", "madam arrange my time" (a booking through a manager).
  '(?:my|our|the) (?:madam|madame) (?:will |can |dey |go )?(?:answers?|replies|reply|gives? you (?:the |my )?(?:address|adress|adresse)|tells? you (?:the |my )?(?:address|adress|adresse))',
  '(?:madam|madame) (?:will )?(?:arranges?|sets?|plans?|decides?) (?:all )?my (?:time|times|dates|appointments|bookings|schedule)',
]);
const DOMINA_AD =
  /(?<![\p{L}])(?:domina|dominatrix|mistress|elskerinde|bdsm|femdom|slave|slaven|tribute|sub)(?![\p{L}])/iu;
const MADAM_NAMED = /^[Mm]adame? \p{Lu}/u;

function madamNotDomina(ctx: MatchContext): boolean {
  const at = ctx.matched.toLowerCase().search(/madame?(?![\p{L}])/u);
  if (at >= 0 && MADAM_NAMED.test(ctx.text.slice(ctx.start + at, ctx.start + at + 12))) return false;
  return !ctx.ad.fields.some((f) => f.source === 'ad' && DOMINA_AD.test(f.text));
}

/**
 * A named someone else who takes the bookings or the money: "Booking on WhatsApp, ask for Georgi",
 * "Call her friend Marius … you pay to Marius". The name must be no one the ad presents: not in the
 * title or name field, not introduced ("I'm Lena", "jeg hedder Lena") nor given an age ("Lena, 24").
 */
const namedPayee = compileTerms([
  // "payment first by MobilePay to Marek": up to three words between.
  '(?:pay|paid|payment|payments|money|betal|betaling|betalingen|pengene)(?: \\p{L}+){0,3} (?:to|til) \\p{L}+',
  // The bookings or the money app go to him: "Alle bookinger og MobilePay går til Jens", "all
  // bookings go to Marek".
  '(?:bookinger|bookings|mobilepay)(?: \\p{L}+){0,3} (?:går til|goes to|go to) \\p{L}+',
  '(?:ask for|asking for|spørg efter) \\p{L}+',
]);
/** A named someone else to call for a time: "Ring til Søren for tid", "Call Marius for booking". */
const namedBooker = compileTerms([
  // Also for the address or the price: "Contact Tony for address and price".
  // Also with his number between: "ring til Ole på 20 31 45 67 for tid".
  '(?:ring til|ring|call|contact|kontakt|sms|sms til|skriv til|text|write to) \\p{L}+(?= (?:(?:på|on|at) (?:\\d{8}|\\d{2}(?: \\d{2}){3}) )?(?:for|to|om) (?:tid|en tid|booking|book|booke|bookinger|an appointment|appointments|aftale|aftaler|address|the address|adresse|adressen|price|prices|the price|pris|prisen|priser)(?![\\p{L}]))',
  // "Ring til Lek, hun laver aftalen", "Call Mike, he books".
  '(?:ring til|call|contact|kontakt|sms til|skriv til|text|write to) \\p{L}+(?=,? (?:hun|han|she|he) (?:laver aftalen|laver aftalerne|booker|tager telefonen|makes the appointments?|books|arranges|takes the calls)(?![\\p{L}]))',
]);
/**
 * Bookings through a named man: "booking only through Tomas, he gives you time and address",
 * "Aftaler kun gennem Kim, han sender adressen". "He" must follow, so a booking site or an agency's
 * name ("booking via Telegram", "booking through Crown Companions") does not count.
 */
const bookedThroughHim = compileTerms([
  // Also with the verb: "Al booking går gennem Brian, han henter dig", "bookings go through Tomas, he …".
  '(?:booking|bookings|bookinger|aftaler|appointments?|reservations?)(?: går| goes| go| sker| foregår)?(?: only| kun| udelukkende| just)? (?:through|via|thru|gennem|hos|with|med) \\p{L}+(?=[,;:–—-]? (?:he|han)(?![\\p{L}]))',
]);
/**
 * Bookings through a woman named by a kinship or house title: "For booking text Ate Marites",
 * "Booking: call Auntie Grace", Tagalog "Text lang kay Ate Marites para sa booking". The title says
 * the booker is someone else; the name must be no one the ad presents.
 */
const titledBooker = compileTerms([
  '(?:booking|bookings|appointments?|aftaler?|tidsbestilling)[:,]? (?:please )?(?:call|contact|text|sms|whatsapp|message|write to|ring til|kontakt|skriv til|sms til) (?:ate|tita|kuya|auntie|aunty|aunt|tante|mama|mamma|madam|sister|søster|storesøster) \\p{L}+',
  '(?:text|call|tawag|tawagan|i-text|message)(?: lang| po)? kay (?:ate |tita |kuya |mama |madam )?\\p{L}+(?= para sa (?:booking|appointment|schedule))',
  // A man by his title: "Call Mr Lee for time", "ring til Mr. Wang for booking".
  '(?:call|contact|text|sms|whatsapp|write to|ring til|ring|kontakt|skriv til|sms til) (?:mr\\.?|mister) \\p{L}+(?= (?:for|to|om) (?:time|tid|en tid|booking|book|booke|an appointment|appointments?|aftale|aftaler|address|adresse|price|pris)(?![\\p{L}]))',
  // The women booked through a named man, the booking first: "To book the girls call Mr. Andrei",
  // "For at booke hende, ring til Jonas" (not "To book her call me").
  '(?:to book|for booking|for at booke) (?:the girls|the ladies|her|them|pigerne|damerne|hende|dem),? (?:please )?(?:call|contact|text|sms|write to|ring til|kontakt|skriv til|sms til) (?:mr\\.? |mister |hr\\.? )?\\p{L}+',
]);
/** Capitalised words after "pay to" / "ask for" that are no person. */
const NOT_PERSONS = new Set(
  'mobilepay paypal revolut swish vipps bitcoin cash kontant telegram viber signal whatsapp sms mail email messenger snapchat wechat skype phone telefon website hjemmesiden reception receptionen office kontoret anal duo gfe massage extra extras price prices pris priser details info more pics photos rates discount rabat address adresse me mig her hende him ham madam madame mistress lady anytime now today direct directly only nu'.split(
    ' ',
  ),
);
const BOOKING_CUE = /(?:booking|book|call|ring|sms|whatsapp|telegram|viber|phone|telefon|tlf)/iu;

/** A company's name after "pay to", which the company rule (ApS, A/S) reads: "to Nordic Touch ApS". */
const COMPANY_AFTER = /^(?:\s+\p{L}[\p{L}&-]*){0,2}\s+(?:aps|a\/s|ivs|ltd)(?![\p{L}])/iu;

function someoneElseNamed(ctx: MatchContext): boolean {
  if (COMPANY_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 40))) return false;
  return isSomeoneElse(ctx, /(\p{L}+)$/u.exec(ctx.matched)![1]!);
}

/** The named booker in an ad about her or them: the writer does not book for herself by name. */
// "them" as a house writes it: "Pigerne taler kun thai, ring til Ole for tid".
const ABOUT_THEM = /(?<![\p{L}])(?:pigerne|damerne|the girls|the ladies)(?![\p{L}])/iu;

function bookerNamed(ctx: MatchContext): boolean {
  return (
    ctx.ad.fields.some((f) => f.source === 'ad' && (ABOUT_HER.test(f.text) || ABOUT_THEM.test(f.text))) &&
    isSomeoneElse(ctx, /(\p{L}+)$/u.exec(ctx.matched)![1]!)
  );
}

/** A role before a name: "værten Nico", "the host Nico", "chaufføren Ali", "our manager Piotr". */
// Also her partner by name, who may stand in the title beside her: "Nadia & Jens … hendes kæreste
// Jens … MobilePay går til Jens".
const ROLE =
  '(?:værten|vært|the host|host|manageren|manager|chaufføren|chauffør|driver|bookeren|booker|sekretæren|secretary|bodyguard|livvagten|kæresten|kæreste|boyfriend|husband)';
const ROLE_BEFORE = new RegExp(`(?<![\\p{L}])${ROLE}\\s+\\p{Lu}`, 'iu');

function roleNames(text: string, name: string): boolean {
  return ROLE_BEFORE.test(text) && new RegExp(`(?<![\\p{L}])${ROLE}\\s+${name}(?![\\p{L}])`, 'iu').test(text);
}

/** The title's "book with Andrei", "booking hos Jonas": he is the one booked through, not she. */
function bookedWith(text: string, name: string): boolean {
  return (
    text.includes(name) &&
    new RegExp(
      `(?<![\\p{L}])(?:book|booking|bookings|booke) (?:with|via|through|hos|gennem|med) ${name}(?![\\p{L}])`,
      'iu',
    ).test(text)
  );
}

/**
 * A man presented beside her who is there to guard her: "Alina (24) and Vlad (27) … Vlad is there
 * for safety … Money to Vlad", "Dorin er med for hendes sikkerhed". He is her minder, so the money
 * to him goes to someone else, though the ad names him with an age.
 */
function guardNamed(text: string, name: string): boolean {
  return (
    SAFETY.test(text) &&
    new RegExp(
      `(?<![\\p{L}])${name} (?:is|er) (?:always |altid )?(?:there|here|present|with her|der|her|med|til stede|hos hende) (?:for|af hensyn til) (?:her |hendes )?(?:safety|security|protection|sikkerhed|sikkerheden|beskyttelse)(?![\\p{L}])`,
      'u',
    ).test(text)
  );
}
const SAFETY = /(?:safety|security|protection|sikkerhed|beskyttelse)/iu;

function isSomeoneElse(ctx: MatchContext, name: string): boolean {
  const written = ctx.text.slice(ctx.end - name.length, ctx.end);
  if (!/^\p{Lu}\p{Ll}+$/u.test(written) || NOT_PERSONS.has(name.toLowerCase())) return false;
  if (/^(?:ask|asking|spørg)/iu.test(ctx.matched)) {
    const sentence =
      ctx.text
        .slice(Math.max(0, ctx.start - 80), ctx.start)
        .split(/[.!?\n]/u)
        .pop() ?? '';
    if (!BOOKING_CUE.test(sentence)) return false;
    // In a post that recruits, whom to ask for is the applicants' contact: "Klinik søger sød pige …
    // ring 31 47 62 08 (spørg efter Lotte)".
    if (ctx.ad.fields.some((f) => f.source === 'ad' && recruitsWomen(f.text))) return false;
  }
  if (ctx.ad.ad.name?.trim().toLowerCase() === name.toLowerCase()) return false;
  // Named by his role, he is someone else even where a title names him ("Party hos Nico …
  // Kontakt værten Nico … Betaling til Nico").
  if (
    ctx.ad.fields.some(
      (f) =>
        f.source === 'ad' &&
        (roleNames(f.text, written) || guardNamed(f.text, written) || bookedWith(f.text, written)),
    )
  )
    return true;
  // Also described as the one who serves: "Mei har mange års erfaring", "Mei taler kun lidt
  // engelsk", "Anna speaks Thai": the masseuse the client asks for, not a booker.
  const presented = new RegExp(
    `(?<![\\p{L}])(?:(?:i'm|i am|my name is|jeg hedder|jeg er|this is|dette er|name:?|navn:?) ${written}|${written},? \\(?\\d{2}(?!\\d)|${written} (?:taler|speaks|(?:har|has) (?:\\p{L}+ ){0,2}(?:erfaring|experience)))`,
    'iu',
  );
  return !ctx.ad.fields.some(
    (f) => f.source === 'ad' && (f.path === 'title' ? f.text.includes(written) : presented.test(f.text)),
  );
}

/**
 * Write or pay him, when the ad names who he is: "my manager gives the times, please write him on
 * Telegram", "Du betaler mig først" in an ad about her ("Hun er i Slagelse…"): the contact or the
 * money goes to someone other than the person.
 */
const toHim = compileTerms([
  '(?:write|text|call|sms|contact|message|skriv til|ring til|kontakt|sms til) (?:to )?(?:him|ham)',
  // He does it, as a cleft: "det er ham der passer telefonen og aftaler tid", "it is him who
  // answers the phone".
  "(?:det er|it is|it's) (?:ham|him),? (?:der|som|who|that) (?:passer telefonen|tager telefonen|tager (?:imod )?pengene|svarer|booker|aftaler|laver aftale(?:rne|r)?|bestemmer|takes the (?:phone|calls|money|bookings)|answers|books|makes the appointments|handles|decides)(?![\\p{L}])",
]);
// The roles only: "ven", "mand" and "friend" are in too many ads to say who "him" is.
const NAMES_A_CONTROLLER =
  /(?<![\p{L}])(?:manager|managers|boss|boyfriend|bf|husband|agent|driver|coordinator|booker|dispatcher|mamasan|chauffør|chaufføren|kæreste|kæresten|chef|chefen|sekretær|secretary|assistant|assistent)(?![\p{L}])/iu;
// Not "Ring til mig for at booke hende": the writer who books her is her voice (third-party-voice),
// not yet control (development corpus fx-b50).
const payMe = compileTerms([
  '(?:betaler|betal|betale|pay|pays|paid) (?:mig|me)',
  // The writer takes the money or runs her calendar: "Jeg tager imod 500 kr pr. mand ved døren og
  // styrer det hele", "Ring til mig, jeg styrer kalenderen", "I run her calendar".
  '(?:jeg|i) (?:tager imod|modtager|collect|receive) (?:\\d{2,5} ?(?:kr|dkk|kroner|euro|eur|€)|pengene|betalingen|betaling|the money|the payment|payment)',
  // Also all her bookings: "I handle all bookings and payment".
  '(?:jeg|i) (?:styrer|står for|run|manage|keep|handle) (?:det hele|alt|kalenderen|hendes kalender|aftalerne|alle aftaler|bookingerne|alle bookinger|the calendar|her calendar|her diary|her schedule|the bookings|all bookings|all the bookings|all her bookings|her bookings)(?![\\p{L}])',
  // All contact goes through the writer: "Contact only through me", "al kontakt går gennem mig".
  '(?:contact|kontakt)(?: (?:is|goes|går|sker))?(?: only| kun| udelukkende)? (?:through|via|gennem) (?:me|mig)(?![\\p{L}])',
  // The sum to the writer: "pay the full amount to me (the secretary)", "som du giver til mig".
  // Also right after the verb, as broken English writes it: "You pay to me before".
  '(?:betaler|betal|betale|pay|pays|paid)(?: (?!to |til )\\p{L}+){0,3} (?:to|til) (?:mig|me)(?![\\p{L}])',
  '(?:giver|giv|give|gives|hand|hands) (?:\\p{L}+ )?(?:til|to) (?:mig|me)(?![\\p{L}])',
  '(?:betalingen|pengene|the payment|the money) (?:går til|goes to) (?:mig|me)',
  // Without the verb, as a house rule: "Betaling til mig ved døren", "payment to me before".
  '(?:betaling|betalingen|pengene|payment|the payment|the money) (?:til|to) (?:mig|me)(?![\\p{L}])',
  // The writer arranges her appointments: "jeg aftaler tid og adresse", "så aftaler jeg tid og pris".
  // Also the meeting: "Jeg arrangerer mødet hjemme hos os", "I arrange the meeting".
  '(?:jeg|i) (?:aftaler|arrangerer|booker|arrange|book|make|set up) (?:tid|tiden|aftalen|aftalerne|mødet|møderne|the time|time and (?:address|place)|the appointments?|appointments|the dates?|the meetings?)',
  // Not the time agreed "with her", a writer who only books her ("så aftaler jeg tid med hende", as
  // "Ring til mig for at booke hende").
  '(?:aftaler|arrangerer|booker) (?:jeg|vi) (?:tid|tiden|aftalen|aftalerne)(?! med hende(?![\\p{L}]))',
  // The writer stays and takes the money: "sidder jeg i stuen under hele besøget, og betalingen
  // klarer du med mig", "I wait in the next room and you settle with me".
  '(?:sidder|venter) (?:jeg )?(?:i stuen|i køkkenet|i rummet ved siden af|i naborummet|udenfor døren|i lejligheden)',
  '(?:wait|sit|stay) (?:in the next room|in the living room|in the kitchen)',
  '(?:betalingen|pengene|payment|the money) (?:klarer|ordner|afregner|settle|sort out) (?:du |you )?(?:med|with) (?:mig|me)',
  // The writer who offers her takes the bookings and the money: "Aftale og betaling kun gennem mig".
  '(?:aftale|aftaler|booking|bookings) (?:og|and) (?:betaling|payment) (?:kun |only )?(?:gennem|through|via|hos|med|with) (?:mig|me)',
  // Everything about her is settled with the writer: "Alt aftales med mig", "all bookings go through me".
  '(?:alt|alting|alle aftaler|aftaler|aftalen|bookinger|bookingen) (?:aftales|laves|klares|foregår|går) (?:kun |udelukkende )?(?:med|gennem|via) (?:mig)',
  '(?:everything|all bookings|bookings|all appointments|appointments) (?:is|are|goes|go) (?:arranged |made |booked )?(?:only )?(?:with|through|via) (?:me)',
  // "1t 1400, betaling til mig ved døren", "payment to me at the door".
  // Also the money itself: "money to me before", "cash to me at the door", "pengene til mig først";
  // Romanian "plata la mine" (payment to me), "banii la mine" (the money to me).
  '(?:betaling|betalingen|payment|the payment|money|the money|cash|pengene|kontanterne) (?:\\p{L}+ )?(?:til|to) (?:mig|me)(?![\\p{L}])',
  '(?:plata|banii|bani) (?:\\p{L}+ )?(?:la|către|catre) mine(?![\\p{L}])',
  // The writer keeps her phone and her bookings: "det er mig, der tager telefonen og laver
  // aftalerne for hende", "I take the calls for her".
  // Also with who he is between: "det er mig, hendes mand, der tager telefonen og laver aftalerne".
  'mig,? (?:(?:hendes|her) (?:mand|kæreste|ven|bror|fætter|husband|boyfriend|friend|brother),? )?der (?:tager telefonen|laver aftalerne|laver aftaler|booker)',
  '(?:tager telefonen|laver aftalerne|laver aftaler|booker tiderne|answer the phone|make the appointments|take the calls|do the bookings) for (?:hende|her)',
]);
/**
 * The client books her with the writer, who says he is her husband or boyfriend: "please SMS me
 * (Peter) for booking, I am her husband". Without his tie to her it is her voice only (see
 * `payMe`: "Ring til mig for at booke hende").
 */
const bookMe = compileTerms([
  '(?:sms|text|call|write to|contact|message|whatsapp|ring til|skriv til|sms til) (?:me|mig)(?: \\(\\p{L}+\\))?(?:,? \\p{L}+,?)? (?:for|til|om) (?:booking|book|booke|an appointment|appointments|tid|en tid|aftale)(?![\\p{L}])',
]);

/**
 * He answers and books in a clause of his own, in an ad that names him as her man: "Ewa og hendes
 * mand tager imod … Han tager telefonen og aftaler alle tider".
 */
const heBooks = compileTerms([
  '(?:han|he) (?:tager telefonen|passer telefonen|svarer telefonen|aftaler (?:alle )?(?:tider|tiderne|tid|aftaler|aftalerne)|laver (?:alle )?aftalerne|takes the phone|answers the phone|takes the calls|makes (?:all )?the appointments)(?![\\p{L}])',
]);
const HER_MAN =
  /(?<![\p{L}])(?:hendes|her) (?:mand|ægtemand|kæreste|husband|boyfriend|manager|chauffør|driver)(?![\p{L}])/iu;

/**
 * The writer is there and takes the money himself: "Jeg er altid i lejligheden for hendes
 * sikkerhed og tager imod betalingen", "I am always in the flat and collect the payment". Only in
 * an ad about her (see `writerTakesMoney` in the rules), where "jeg er …" is not her introducing
 * herself.
 */
const writerTakesMoney = compileTerms([
  '(?:jeg|i)(?: (?!hun |she |selv |myself )\\p{L}+){1,10} (?:og|and) (?:tager imod|modtager|collect|receive|take) (?:betalingen|pengene|the payment|the money)',
]);
/** She introduces herself by name: "Jeg hedder Mette", "my name is Anna". */
const OWN_NAME =
  /(?<![\p{L}])(?:jeg hedder|mit navn er|my name is|i book myself|jeg booker selv)(?![\p{L}])/iu;
/** The ad speaks of her in the third person: "hun er", "she is", "sender hende". */
const ABOUT_HER = /(?<![\p{L}])(?:hun|she|hende)(?![\p{L}])/iu;
/** The writer introduces herself: then "me" is the person ("Jeg er Mette … ring til mig"). */
// Also her own bookings: "I book myself and you pay me", "jeg booker selv".
// Not the writer who says whose he is: "I am her husband", "jeg er hendes kæreste".
// Nor where the writer is: "når jeg er hjemme", "I am at home", "jeg er til stede" (her husband who
// is there while she receives).
const SELF_INTRODUCED =
  /(?<![\p{L}])(?:jeg er|jeg hedder|i am|i'm|my name is|mit navn er|i book myself|jeg booker selv|jeg tager selv telefonen|i answer myself)(?![\p{L}])(?! (?:her|hendes|their|deres|hjemme|at home|home|til stede|present)(?![\p{L}]))/iu;
/** … with a verb or her name, not only a "she" in passing: "Hun hedder Pim", "She is 24". */
// Also negated, as broken English writes it: "She not speak English or Danish".
// Also what she does: "She does OWO".
const THIRD_PERSON_AD =
  /(?<![\p{L}])(?:hun|she) (?:(?:not|no|ikke) )?(?:speak|hedder|er|is|har|has|kommer|comes|taler|speaks|kan|can|bor|lives|giver|gives|tilbyder|offers|tager|takes|svarer|answers|venter|waits|modtager|receives|does)(?![\p{L}])/iu;
/**
 * The writer's wife as the one offered, with no "hun" at all: "Min thailandske kone er 38 og
 * tilbyder …", "my wife Ana offers massage" (a wife only: "kæreste" may be her own boyfriend).
 */
// Also named or given an age before what she does: "My wife Sabine (45) likes to meet …", "til min
// kone (33)", "Min kone Jeanette og hendes veninde …".
const WIFE_OFFERED =
  /(?<![\p{L}])[Mm](?:in|y) (?:\p{L}+ ){0,2}(?:kone|hustru|wife)(?:(?: \p{Lu}\p{Ll}+)?(?: \(\d{2}\))?,? (?:er|tilbyder|giver|is|offers|gives|likes|loves|wants|elsker|tager imod|receives|meets)| \p{Lu}\p{Ll}+| \(\d{2}\))(?![\p{L}])/u;
/**
 * The writer presents girls he has: "I have two beautiful girls for you", "Jeg har to søde piger
 * klar" (not her daughters: the offer follows).
 */
// Also texted and counted, the women named after: "I hv 2 beautiful african ladies, Blessing n Favour".
const HAS_GIRLS =
  /(?<![\p{L}])(?:i have|i hv|i've got|jeg har) (?:\d )?(?:\p{L}+ ){0,2}(?:girls|ladies|ladys|piger|damer)(?: (?:for you|til dig|til jer|klar|ready|waiting|venter)|, \p{Lu}\p{Ll}+ (?:and|n|&|og) \p{Lu}\p{Ll}+)(?![\p{L}])/iu;
/** The writer says whose he is: "I am her husband", "Jeg (hendes mand) er vært". */
const WRITER_IS_HERS =
  /(?<![\p{L}])(?:(?:i am|i'm|jeg er) (?:her|hendes)|(?:jeg|i) \((?:hendes|her)) (?:husband|boyfriend|mand|ægtemand|kæreste)(?![\p{L}])/iu;

/**
 * Someone else handles what is hers, said in the third person: "Tony takes care of my bookings",
 * "min søster tager mine opkald". Not the writer's own ("jeg står for mine aftaler").
 */
const othersHandleMine = compileTerms([
  '(?:takes care of|handles|manages|arranges|makes|answers) (?:all (?:of )?)?my (?:bookings|appointments|calls|phone)',
  '(?:står for|tager sig af|klarer|laver|tager) (?:alle )?mine (?:aftaler|bookinger|opkald)',
]);
const WRITER_BEFORE = /(?<![\p{L}])(?:i|jeg|vi|we|selv|myself)\s+$/iu;

/**
 * She never touches the money, so someone else takes it: "I no touch money", "jeg rører aldrig
 * pengene". Its "no" is the statement, so it is not negatable.
 */
/**
 * The house says the persons need not handle money, so it takes it: "pigerne skal ikke tænke på
 * penge", "the girls never have to touch money". Its "not" is the statement.
 */
const girlsNoMoney = compileTerms([
  "(?:pigerne|damerne|massøserne|the girls|the ladies) (?:skal ikke|behøver ikke|skal aldrig|don't have to|do not have to|never have to|never need to) (?:tænke på|røre|håndtere|røre ved|think about|touch|handle) (?:penge|pengene|money|the money|cash)(?![\\p{L}])",
]);
const neverTouchesMoney = compileTerms([
  "(?:i|we) (?:no|don't|dont|do not|never) touch (?:the |any )?money",
  'jeg rører (?:aldrig|ikke) (?:selv )?(?:ved )?pengene',
]);
/** Not when the money still goes to her, by card or app: "I never touch money, pay me by MobilePay". */
const PAID_TO_HER =
  /(?<![\p{L}])(?:to me|til mig|pay me|betaler mig|betal mig|my own mobilepay|min egen mobilepay)(?![\p{L}])/iu;

/**
 * Someone else's rule about where she may go: "Sorry no outcall, boss say no outcall", "manager
 * says I can only do incall". Its own "no" is part of it, so it is not negatable.
 */
const bossSaysNo = compileTerms([
  // The rule after the refusal: "I cannot do outcall, my boss say no".
  `(?:outcall|go out|go outside|leave)(?: \\p{L}+)?,? (?:my |the |our )?(?:sponsor|${CONTROLLER_EN}) (?:say|says|said|tell|tells) no`,
  `(?:my |the |our )?(?:sponsor|${CONTROLLER_EN}) (?:say|says|said|tell|tells|told|want|wants|decide|decides) (?:no|not|i|me|we|us|only) (?:\\p{L}+ )?(?:outcall|go out|go outside|can|must|only|incall)`,
]);

/**
 * "My driver brings me – by that I mean the taxi company, which I book and pay myself": a driver she
 * hires and pays herself, not one who controls her ("driver bring me, pay driver pls … inc taxi" is).
 */
const DRIVER = /(?:driver|chauffør|chauffeur|fahrer|kierowca|bodyguard|livvagt)/iu;
/** The driver named with an article, not as hers ("aan de chauffeur", "an den Fahrer"). */
const THE_DRIVER = /(?:aan de|an den|till chauffören|till föraren)/iu;
const TAXI_NEAR = /(?<![\p{L}])(?:taxi|taxa|taxaselskab|taxi company|uber|cab|minicab)(?![\p{L}])/iu;

const SELF_PAID =
  /(?<![\p{L}])(?:myself|my own|jeg selv|selv betaler|betaler selv|booker selv|i book|i pay)(?![\p{L}])/iu;

/** A driver she employs: "Min faste chauffør kører mig til dig: han er ansat af mig, jeg betaler ham". */
const EMPLOYED_BY_HER =
  /(?<![\p{L}])(?:ansat af mig|employed by me|my employee|min ansatte|jeg betaler ham|i pay him|jeg har ansat|i employ)(?![\p{L}])/iu;

/**
 * An agency's own booking desk at work: "Our booker answers in English", "our dispatcher takes the
 * phone and confirms your booking". The agency books on its own number: third-party-voice only (as
 * earlier sets label it), not booking through someone of hers ("my booker answers", "our friend
 * answers and gives the address" still count, and so does a desk that takes the money).
 */
const AGENCY_DESK =
  /^our (?:booker|dispatcher|operator|coordinator|secretary|assistant|receptionist)(?: \p{L}+)? (?:answers?|will answer|takes? the phone|take the phone|takes? (?:all |the )?bookings?|speaks?|confirms?|will confirm|books?|booking|makes?|will (?:contact|call|text) you|contacts you|calls you|texts you)(?![\p{L}])/iu;

/**
 * The writer pays him herself ("I hire and pay him myself", "jeg ansætter og betaler ham"): the
 * client's money does not go to him.
 */
const WRITER_PAYS_BEFORE = /(?:^|[^\p{L}])(?:i|jeg)\s+(?:\p{L}+\s+(?:and|og)\s+)?(?:also\s+|også\s+)?$/iu;

/**
 * An assistant or secretary who only keeps the mail or the calendar, when the writer confirms every
 * booking herself or takes the money only herself: "My assistant answers e-mails … I always call you
 * myself to confirm", "min sekretær svarer på mails, men du betaler kun til mig".
 */
const OFFICE_HELP = /(?<![\p{L}])(?:assistant|secretary|assistent|sekretær)(?![\p{L}])/iu;
const WRITER_CONFIRMS =
  /(?<![\p{L}])(?:(?:i|jeg) (?:always |altid |personally |personligt )?(?:call|text|ring|ringer|confirm|bekræfter)(?: (?:you|dig|til dig))?(?: (?:myself|personally|selv))(?: to confirm| for at bekræfte)?|(?:pay|betaler|betal) (?:only |kun )?(?:me|mig)(?: (?:only|alone|alene|selv))?[ ,–—-]+(?:nobody else|no one else|ikke andre|ingen andre)|(?:pay|betaler) (?:only |kun )(?:me|mig|til mig))(?![\p{L}])/iu;

function notHerTaxi(ctx: MatchContext): boolean {
  if (AGENCY_DESK.test(ctx.matched)) return false;
  if (/^(?:pay|betal|give|giv|hand|aflever)/iu.test(ctx.matched) && WRITER_PAYS_BEFORE.test(before(ctx, 24)))
    return false;
  if (OFFICE_HELP.test(ctx.matched) && WRITER_CONFIRMS.test(ctx.text)) return false;
  if (!DRIVER.test(ctx.matched)) return true;
  const around = ctx.text.slice(Math.max(0, ctx.start - 60), ctx.end + 100);
  if (EMPLOYED_BY_HER.test(around)) return false;
  // "the driver" is anyone's near a taxi: "Taxi: betaling aan de chauffeur op jouw kosten".
  if (THE_DRIVER.test(ctx.matched) && TAXI_NEAR.test(around)) return false;
  return !(TAXI_NEAR.test(around) && SELF_PAID.test(around));
}

/**
 * The money handed to someone of hers: "Betaling kontant ved døren til min assistent", "Deposit
 * 200 kr to MobilePay of my friend Vasyl", "payment at the door to my manager". Begins at the money
 * word, not at "my"/"min", which begin too many words.
 */
const moneyToHers = compileTerms([
  `(?:betaling|betalingen|pengene|kontanter|depositum|forudbetaling|payment|money|cash|deposit)${AMOUNT}(?: \\p{L}+){0,4} (?:to|til) (?:my|min|mit|vores|our) ${PAYEE_EN}`,
  `(?:betaling|betalingen|pengene|kontanter|depositum|forudbetaling)${AMOUNT}(?: \\p{L}+){0,4} (?:til) (?:min|mit|vores) ${CONTROLLER_DA}`,
  // The money is for him, as short ads write it: "Money for my friend at the door", "cash for my driver".
  `(?:money|cash|payment|the money|the payment) for (?:my|our) ${PAYEE_EN}(?![\\p{L}\\u0027\\u2019])`,
  // The money service is his: "MobilePay of my friend", "min vens MobilePay".
  `(?:mobilepay|revolut|paypal|account|konto) (?:of|to|for) (?:my|our) ${PAYEE_EN}`,
  // Also his bank account and the curly apostrophe: "paid to my agent's bank account", "my manager’s IBAN".
  "(?:my|min|mit) (?:(?:friend|manager|boyfriend|husband|driver|assistant|agent|boss|secretary|booker)'s|vens|venindes|kærestes|mands|chaufførs|assistents|managers|agents|sekretærs) (?:mobilepay|revolut|paypal|bank account|account|bankkonto|konto|iban)",
]);

/**
 * Someone of hers takes the money, an act or two later: "My friend will open the door and take the
 * money", "min ven åbner døren og tager pengene". Begins at the role; "my", "our", "min" or
 * "vores" must stand before it (see `HERS_BEFORE`), so "a friend" or "the driver" of a story is not
 * read as hers.
 */
const hersTakesMoney = compileTerms([
  // The acts between are his: not "my friend said I should take the money" ("I"/"me" in between).
  `${PAYEE_EN}(?: (?!i |me |jeg |mig )\\p{L}+){0,5} (?:take|takes|collect|collects|receive|receives|gets) (?:the |all |your |my )?(?:money|cash|payment)`,
  `${CONTROLLER_DA}(?: (?!jeg |mig )\\p{L}+){0,5} (?:tager|modtager|får|tager imod|samler) (?:pengene|betalingen|kontanterne)`,
]);
const HERS_BEFORE = /(?<![\p{L}])(?:my|our|min|mit|vores) $/iu;

/**
 * A man named for the booking, the booking first: "For appointment call Florin: +40 763 …",
 * "For booking text Ion on 22 …". The number must follow his name, and the name must be no one the
 * ad presents (see `isSomeoneElse`).
 */
const forBookingCallHim = compileTerms([
  '(?:appointment|appointments|booking|bookings|tidsbestilling|aftale|aftaler|tid) (?:call|contact|text|sms|whatsapp|write to|ring til|ring|kontakt|skriv til|sms til) \\p{L}+(?=[:,]? ?(?:\\+|\\d|on |at |på ))',
]);

/**
 * Her backup is someone of hers: "Hvis jeg ikke svarer, skriv til min veninde Ioana", "If I don't
 * answer, call my manager". The "not" is the condition, so the rule is not negatable; it needs the
 * "ikke"/"not"/"don't" in the clause before (see `NO_ANSWER_BEFORE`).
 */
const backupContact = compileTerms([
  `(?:svarer|answer|reply|respond)[,]? (?:så |then |please )?(?:skriv|ring|sms|write|call|text|contact|kontakt|message)(?: til| to)? (?:min|mit|my|our|vores) (?:veninde|søster|${CONTROLLER_DA}|sister|${CONTROLLER_EN})`,
]);
const NO_ANSWER_BEFORE = /(?<![\p{L}])(?:ikke|not|don't|dont|do not|can't|cannot|kan ikke)(?: \p{L}+)?\s*$/iu;

/**
 * He acts in a clause of his own after a comma: "I dont go out, manager answer the phone", "No
 * outcall, my boyfriend takes the bookings". A negation before the comma is of her clause, not of
 * his, unless that clause names a controller too ("never a manager, boyfriend take my money" is a
 * list that shares it).
 */
// Also her relative: "She can't speak english, her sister answer your message".
const ACTOR_FIRST = new RegExp(
  `^(?:(?:my|our|the|her|min|mit|vores|hendes) )?(?:(?:big|little|older|younger) )?(?:${CONTROLLER_EN}|${CONTROLLER_DA}|sister|søster|aunt|veninde|kusine|tante)(?![\\p{L}])`,
  'iu',
);
const NAMES_CONTROLLER = new RegExp(`(?<![\\p{L}])(?:${CONTROLLER_EN}|${CONTROLLER_DA})(?![\\p{L}])`, 'iu');

/**
 * The term says its own "not": "No outcall, she cannot leave the apartment", "Ingen udkald, hun kan
 * ikke gå ud". A "no" before a comma and her subject is of a clause of its own.
 */
const OWN_NOT =
  /^(?:can't|cant|cannot|can not|not allowed|am not allowed|unable|kan ikke?|må ikke?|kan jeg ikke|må jeg ikke)(?![\p{L}])/iu;
const SUBJECT_AFTER_COMMA = /^\s*(?:\p{L}+\s+)?$/u;

/**
 * A "not" that is the condition of a clause before, not of his act: "If I dont reply quick my madam
 * will answer you", "when I can't answer my manager takes the phone".
 */
const IF_NOT_BEFORE =
  /(?<![\p{L}])(?:if|when) (?:i|we) (?:don't|dont|do not|can't|cant|cannot|am not|are not|not|no)(?: \p{L}+){1,3},?\s*$/iu;

function conditionBefore(ctx: MatchContext): boolean {
  return IF_NOT_BEFORE.test(before(ctx, 48));
}

function negatedForHim(ctx: MatchContext): boolean {
  if (!isNegated(ctx.text, ctx.start, ctx.end)) return false;
  if (ACTOR_FIRST.test(ctx.matched) && conditionBefore(ctx)) return false;
  if (OWN_NOT.test(ctx.matched)) {
    const comma = ctx.text.lastIndexOf(',', ctx.start);
    if (
      comma < clauseStart(ctx.text, ctx.start) ||
      !SUBJECT_AFTER_COMMA.test(ctx.text.slice(comma + 1, ctx.start))
    )
      return true;
    return isNegated(ctx.text.slice(comma + 1), ctx.start - comma - 1, ctx.end - comma - 1);
  }
  if (!ACTOR_FIRST.test(ctx.matched)) return true;
  const from = clauseStart(ctx.text, ctx.start);
  const comma = ctx.text.lastIndexOf(',', ctx.start);
  if (comma < from || ctx.text.slice(comma + 1, ctx.start).trim() !== '') return true;
  if (NAMES_CONTROLLER.test(ctx.text.slice(from, comma))) return true;
  return isNegated(ctx.text.slice(comma + 1), ctx.start - comma - 1, ctx.end - comma - 1);
}

const controlTerm = (ctx: MatchContext): boolean => !negatedForHim(ctx) && notHerTaxi(ctx);

const rules: TextRule[] = [
  { pattern: terms, negatable: false, accept: controlTerm },
  { pattern: moreTerms, negatable: false, accept: controlTerm },
  { pattern: iberian, negatable: false, accept: iberianTerm },
  { pattern: visitorTerms, negatable: false, accept: controlTerm },
  { pattern: recruitingTerms },
  { pattern: shareOfEarnings, accept: (ctx) => aShareOfHers(ctx.text, ctx.start) },
  { pattern: heDoes, accept: notHerTaxi },
  { pattern: bossSaysNo, negatable: false },
  { pattern: othersHandleMine, accept: (ctx) => !WRITER_BEFORE.test(before(ctx, 10)) && controlTerm(ctx) },
  { pattern: neverTouchesMoney, negatable: false, accept: (ctx) => !PAID_TO_HER.test(ctx.text) },
  { pattern: girlsNoMoney, negatable: false },
  {
    pattern: toHim,
    accept: (ctx) => ctx.ad.fields.some((f) => f.source === 'ad' && NAMES_A_CONTROLLER.test(f.text)),
  },
  {
    pattern: payMe,
    accept: (ctx) =>
      ctx.ad.fields.some(
        (f) =>
          f.source === 'ad' &&
          ((ABOUT_HER.test(f.text) && THIRD_PERSON_AD.test(f.text)) ||
            WIFE_OFFERED.test(f.text) ||
            HAS_GIRLS.test(f.text) ||
            WRITER_IS_HERS.test(f.text)),
      ) && !ctx.ad.fields.some((f) => f.source === 'ad' && SELF_INTRODUCED.test(f.text)),
  },
  {
    pattern: bookMe,
    accept: (ctx) =>
      ctx.ad.fields.some((f) => f.source === 'ad' && WRITER_IS_HERS.test(f.text)) &&
      ctx.ad.fields.some((f) => f.source === 'ad' && ABOUT_HER.test(f.text)),
  },
  {
    pattern: heBooks,
    accept: (ctx) => ctx.ad.fields.some((f) => f.source === 'ad' && HER_MAN.test(f.text)),
  },
  {
    pattern: writerTakesMoney,
    accept: (ctx) =>
      ctx.ad.fields.some((f) => f.source === 'ad' && THIRD_PERSON_AD.test(f.text)) &&
      !ctx.ad.fields.some((f) => f.source === 'ad' && OWN_NAME.test(f.text)),
  },
  {
    pattern: madam,
    negatable: false,
    accept: (ctx) =>
      madamNotDomina(ctx) && (!isNegated(ctx.text, ctx.start, ctx.end) || conditionBefore(ctx)),
  },
  { pattern: papersHeld },
  { pattern: ownerBooks, accept: ownerIsAnother },
  { pattern: namedPayee, accept: someoneElseNamed },
  { pattern: namedBooker, accept: bookerNamed },
  { pattern: titledBooker, accept: someoneElseNamed },
  { pattern: bookedThroughHim, accept: someoneElseNamed },
  { pattern: moneyToHers, accept: notHerTaxi },
  {
    pattern: hersTakesMoney,
    accept: (ctx) => HERS_BEFORE.test(before(ctx, 6)) && notHerTaxi(ctx),
  },
  { pattern: forBookingCallHim, accept: someoneElseNamed },
  {
    pattern: backupContact,
    negatable: false,
    accept: (ctx) => NO_ANSWER_BEFORE.test(before(ctx, 30)),
  },
];

/** `restricted-movement`: text rules of catalogue v1, with literal examples (see docs/indicators.md). */
export const indicator = defineIndicator({
  id: 'restricted-movement',
  kind: 'text',
  labels: { da: 'Tegn på kontrol', en: 'Signs of control' },
  descriptions: {
    da: 'Annoncen viser, at en anden styrer: booking via manager eller kæreste, en chauffør, "kan ikke gå ud", eller betaling til en anden.',
    en: 'The ad shows someone else in control: booking through a manager or boyfriend, a driver, "can\'t go out", or payment to someone else.',
  },
  defaultWeight: 3,
  languages: ['da', 'en'],
  detect: (ad) => detectWithRules(ad, 'ad', rules),
  examples: {
    positive: [
      { text: 'Vores damer bor i huset og kan ikke gå ud, kom forbi.' },
      { text: 'Sweet Irina, 24. To book her, call Mr. Viktor on 22 11 33 44.' },
      { text: 'I am Lina, 20. I live with my uncle, he arranges everything, so message him.' },
      { text: 'Lotus Spa, tre massøser. Ejeren tager imod betaling ved disken.' },
      { text: 'Bar Venus: fem piger i aften. Kontant til kassedamen ved døren.' },
      { text: 'Four ladies in our studio. Payment on arrival to the club manager.' },
      { text: 'Thai hus i Vejle, 3 piger. Betaling forud til huset.' },
      { text: 'Pigerne bor gratis hos os; husleje trækkes fra deres andel.' },
      { text: 'I live with a friend who makes my bookings, and I give her half of what I earn.' },
      { text: 'Jeg skylder for billetten, og han henter pengene hver søndag.' },
      { text: 'My manager arranged the flat, so you book me through him only.' },
      { text: 'Vi har fire piger. Du betaler ved indgangen, pigerne skal ikke tænke på penge.' },
      { text: 'Hello sir. I hv 2 sweet ladies, Joy n Grace. Call me to book, pay to me at the door.' },
      { text: 'kun incall, jeg kan ikk gå ud desværre' },
      { text: 'Soy Daniela, colombiana. Mi marido maneja mis citas, escríbele por WhatsApp.' },
      { text: 'Sveiki, esu Rasa. Susitikimus tvarko mano vairuotojas, skambinkite jam.' },
      { text: 'Mokėjimas iš anksto vadybininkui, adresą gausite SMS.' },
      { text: 'Only incall, my man take care of all bookings, call him.' },
      {
        text: 'Jeg skriver for min kone Mette, 44. Hun tager imod når jeg er hjemme, og betalingen gives til mig.',
      },
      {
        text: 'Sweet Lana, 27, visits Odense. She speaks Russian only, so text me (Igor) for an appointment – I am her boyfriend.',
      },
      {
        text: 'Min kone (41) er klar til en aften med dig. Hun er nysgerrig. Jeg tager imod 800 kr ved døren.',
      },
      { text: 'Min kone Birthe tager imod i Kolding. Ring til mig, Ole, jeg styrer kalenderen.' },
      { text: 'My wife Elena (38) enjoys meeting generous men in Esbjerg. All contact only through me.' },
      {
        text: 'I have three lovely girls waiting in Odense, call me for time. Money to me before you see them.',
      },
      { text: 'Ny pige Mira 25 i Vejle. Al booking går gennem Tomas, han giver dig adressen.' },
      {
        text: 'Sara (29) og hendes kæreste Mikkel tager imod i Aalborg. Sara er fra Litauen. Alle bookinger går til Mikkel.',
      },
      { text: 'We are Ioana (23) and Radu (30). Radu is always there for her safety. Payment to Radu.' },
      {
        text: 'Lena (35) og hendes mand byder velkommen i Horsens. Han tager telefonen og laver alle aftalerne.',
      },
      { text: 'Mai er 38 fra Thailand. Ring til Sam, der tager sig af alle bookinger.' },
      { text: 'Hi, I am Blessing. If I no answer fast my madam will answer you and tell you the address.' },
      { text: 'Joy, 25. Madam arrange my time, so send sms first.' },
      { text: 'Weekend dates need a deposit, paid to my manager’s bank account before we meet.' },
      { text: 'Escort VIP Odense, outcall always with our chauffeur.' },
      { text: 'Outcall only. The chauffeur waits outside during the date.' },
      {
        text: 'Min kæreste Nina (29) tager imod i vores hus. Hun er sød, og jeg er der altid og tager imod pengene.',
      },
      { text: 'Hi, I am Grace. Payment goes to my older sister when you arrive.' },
      { text: 'Hi, I am Precious, 24. For booking call my cousin on WhatsApp, he gives you the address.' },
      { text: 'Hej, jeg er Lina. For tid ring til min bror på 22 33 44 55.' },
      { text: 'Klinik Jade: du betaler hos receptionisten, før du går ind til pigen.' },
      { text: 'Thai house Herning, incall only, the girls no go out.' },
      { text: 'Damerne køres ud af vores egen chauffør og hentes igen.' },
      { text: 'Soy Lucía, nueva. Mi hermano organiza todo, escríbele.' },
      { text: 'My uncle pay the flight and I pay him back from my work.' },
      { text: 'Three ladies live in the flat and never go out, call us.' },
      { text: 'Two Thai ladies. Payment to the hostess before the massage.' },
      { text: 'My husband he speak good english, he answer the phone for me.' },
      { text: 'My cousin who live in Odense make the bookings, write to him.' },
      { text: 'Auntie (she is the boss here) takes the money at the door.' },
      { text: 'Hi, I am Joy. My boss pick up the phone and give you the address.' },
      { text: 'Llama a Marco, él la lleva hasta tu apartamento.' },
      { text: 'Citas por Telegram con su representante, 24 horas.' },
      { text: 'Diana, 24. Advance 300 kr to the manager before you come.' },
      { text: 'Іра, 23. Оплату віддавати її водію на місці.' },
      { text: 'Лєна, 22. Вона не може виходити сама.' },
      { text: 'Катя, 20. Выходить из квартиры она не может, только у себя.' },
      { text: 'Zsófi, 25. Időpontfoglalás kizárólag a sofőrjén keresztül.' },
      { text: 'Réka, 30. A pénzt a menedzsernek kell adni.' },
      { text: 'Ana, 22. Programări doar prin managerul ei, pe WhatsApp.' },
      { text: 'Outcall: șoferul o aduce la hotelul tău în 20 de minute.' },
      { text: 'Banii se dau la șofer, la sosire.' },
      { text: 'Бронирование через менеджера, звоните.' },
      { text: 'Lucia e nouă în oraș. Rezervări doar prin managerul ei, plata se face la el.' },
      { text: 'Sunați la șeful pentru programare, el vă dă adresa.' },
      { text: 'Наши девушки не выходят без сопровождения. Запись только через администратора.' },
      { text: 'Даша очень милая, но она не может выходить.' },
      { text: 'Шофьорът я кара до хотела, парите са на шофьора.' },
      { text: 'Rezervace jen přes šéfa na WhatsAppu.' },
      { text: 'Termine vereinbart unser Chef per SMS.' },
      { text: 'Citas solo con la encargada por WhatsApp.' },
      { text: 'Pregunta por Marco, él hace las citas.' },
      { text: 'Solo incall, ella no puede salir de casa.' },
      { text: 'No outcall, she cannot leave the flat.' },
      { text: 'Pigerne taler kun kinesisk, ring til Ole på 20 31 45 67 for tid.' },
      { text: 'Dóra, 23, Odense. A sofőr hozza és viszi, csak outcall.' },
      { text: 'Camila es nueva en Aarhus. Ella no contesta el teléfono, escribe a su amigo.' },
      { text: 'Lan er 41 og fra Vietnam. Hun taler kun vietnamesisk, så jeg laver aftale for hende.' },
      { text: 'Mai er 30 og kommer fra Laos. Hun er rolig og sød. Betaling til mig når du kommer.' },
      { text: 'Nye damer i lejligheden. Damerne? Pigerne bor her og går aldrig ud.' },
      { text: 'Lejla, 23, from Tirana. Text her brother Dritan for booking.' },
      { text: 'Lin 30, Thai. Sms only, my manager reads the sms and gives you time.' },
      { text: 'Two Nigerian girls. Pay madam at the door before you go in.' },
      { text: 'Booking true madam only, WhatsApp.' },
      { text: 'Sweet girls from Lagos. Madam handle the booking, call now.' },
      { text: 'Two ladies in Vejle. Cash to manager at the door.' },
      { text: 'Mila je nova. Za rezervaciju zovite našeg menadžera na broj ispod.' },
      { text: 'Ivana, 24, outcall. Plaćanje se vrši vozaču na licu mesta.' },
      { text: 'Hi, I am her manager, write me for time. Maja 22.' },
      { text: 'Sweet Leyla, 24. To meet her, message her manager on Telegram.' },
      { text: 'Dates only by appointment: email my manager first, he confirms.' },
      { text: 'Mai speaks only Vietnamese. Text me in English, I translate and do the booking for her.' },
      { text: 'Hun taler kun polsk, så skriv til mig – jeg laver aftalerne for hende.' },
      { text: 'Ny klinik søger piger. Vi klarer alle bookinger og pengene, du får din del fredag.' },
      { text: 'Regler i huset: telefonen afleveres ved vagtens start.' },
      { text: 'We take care of everything: website, phone, clients.' },
      { text: 'Irina, 27. Det er min kæreste som svarer telefonen, skriv en sms.' },
      { text: 'It is my manager who makes the appointments, text only.' },
      { text: 'Betaling til den faste bestyrer inden mødet, ikke til pigerne.' },
      { text: 'Please send the payment to the administrator in advance.' },
      { text: 'Деньги отдаёте ему на месте, он ждёт внизу.' },
      { text: 'Выезд по городу с нашим водителем.' },
      { text: 'Оплата водію на місці, тільки готівка.' },
      { text: "Polina, 25, outcall v otel'. Oplata voditelyu na meste." },
      { text: "Zapis' tol'ko cherez administratora, Odense tsentr." },
      { text: 'Katya 24. Moy paren otvechaet na telefon.' },
      { text: 'My cousin Dina is here one week. She not speak Danish, you pay to me when you come.' },
      { text: 'O meu namorado organiza tudo, manda mensagem para ele.' },
      { text: 'Pick your lady from our gallery. Outcall only, our driver waits in the car.' },
      { text: 'Hun kommer ud til dig i Herning, chaufføren venter nedenfor.' },
      { text: 'Citas solo con nuestro gerente, el pago se le da a él.' },
      { text: 'Reservas pelo nosso gerente, pagamento para ele antes.' },
      { text: 'Our ladies live in the house; they do not go out.' },
      { text: 'Incall only, my husband no gree me comot.' },
      { text: 'Hun taler kun polsk, så det er mig, hendes kæreste, der tager telefonen.' },
      { text: 'Min veninde Lea er 30, hun er sød og rolig. Jeg arrangerer mødet i vores lejlighed.' },
      { text: 'She receives in a quiet flat in Vejle. Please pay the whole fee to me at the door.' },
      { text: 'Mia og Lea tager imod i Horsens. Ring til Kim, pengene afregnes med ham.' },
      { text: 'Room in a shared flat: you give him 200 kr for the room, the rest is for me.' },
      // Her own "not" before the comma; he acts in the clause after it.
      { text: 'Incall only, I not go out, my manager take the bookings. Maria, 30.' },
      { text: 'Jeg tager ikke ud, min kæreste svarer telefonen og giver adressen.' },
      { text: 'Outcall only. My bodyguard drives me and takes the money first.' },
      { text: 'Incall only in her flat – she never goes out.' },
      {
        title: 'Fest hos Bo',
        text: 'To søde piger klar i aften. Kontakt værten Bo på sms. Betaling til Bo.',
      },
      { text: 'Vores TS-piger kommer ud til dig. Hun bliver kørt af vores chauffør, som venter udenfor.' },
      { text: 'Onze dames komen naar je toe, de betaling aan de chauffeur bij aankomst.' },
      { text: 'Die Bezahlung erfolgt an den Fahrer, bar.' },
      { text: 'Nye damer hos os. De kan ikke tage ud, kun incall.' },
      { text: 'Pigerne tager kun imod hos os og må ikke tage ud.' },
      { text: 'Outcall only. Chaufføren venter udenfor og tager imod betalingen.' },
      { text: 'Sweet Lina visits your hotel, she is brought by our driver.' },
      { text: 'Kun incall. Min kæreste tager telefonen, så skriv sms.' },
      { text: 'Jeg kan ikke selv svare – skriv til min ven for at booke.' },
      { text: 'Sofia, 22, from Bulgaria. Bookings only by text to her boyfriend.' },
      { text: 'Nika er ny i byen. Betaling til hendes chauffør ved ankomst.' },
      { text: 'Forudbetaling til hans MobilePay, så får du adressen.' },
      { text: 'Booking hos os. Al betaling går til bureauet.' },
      { text: 'Custom videos from Lina. All contact goes through the agency.' },
      { text: 'Jeg er sub. Min kæreste skal godkende alle aftaler, før jeg siger ja.' },
      { text: 'Bondage sessions. My master drives me to the hotel.' },
      { text: 'Betaling går til bestyreren, ikke til pigerne.' },
      { text: 'The girls may not keep their phones during the shift.' },
      { text: 'My boyfriend waits outside – pay him at the door.' },
      { text: 'Mei, 33, kinesisk massøse. Kun kontant. Betales til manageren inden massagen.' },
      { text: 'Søde thai-piger i Herning. Ring til Mama Noi for at booke pigerne.' },
      {
        text: 'Ich bin Lara, 23. Mein Fahrer bringt mich zu dir und wartet draußen. Bezahlung bitte direkt beim Fahrer.',
      },
      { text: 'Booking only through manager: +380 67 412 88 03 (Viber/WhatsApp).' },
      { text: 'Booking is through my manager, he will send you the address.' },
      { text: 'Booking through my manager Alex on WhatsApp.' },
      { text: "Incall only, I can't go out. Massage, happy ending." },
      { text: 'Joy, outcall only Aalborg. My driver bring me to you.' },
      { text: 'Min chauffør kører mig ud til dig og venter udenfor.' },
      { text: 'My boyfriend arranges all my bookings, please pay him at the door.' },
      { text: 'Min kæreste står for alle aftaler.' },
      { text: 'She is Dasha, 20. Only incall. Tel 60 27 48 15 (manager)' },
      { text: 'She not speak english, write me and I translate for her.' },
      { text: 'Only incall. I not allowed leave the flat, the boss decide.' },
      {
        text: 'My cousin Irina is 23, she is sweet and slim. Call me to book, money to me before you meet her.',
      },
      { text: 'Prietena mea Ana, 25, she is new here. Sună-mă pentru programare, plata la mine.' },
      { text: 'Ring på managerens nummer: 22 33 44 55.' },
      { text: 'Call her manager on +45 71 36 92 84 to book.' },
      { text: 'Sweet Anna, 22. Booking through her manager.' },
      { text: 'Ring til hendes chef for at booke: 22 33 44 55.' },
      {
        text: 'Natalia is 26. Book her through our reception. Payment is made to the receptionist before the session.',
      },
      { text: 'Søde Mia, 24. Betaling sker til receptionen inden.' },
      { text: 'Fem damer på arbejde i aften. Du betaler ved dørmanden, før du vælger.' },
      { text: 'New girl Lily. Pay at the front desk when you arrive.' },
      { text: 'Book hende gennem kontoret på 22 33 44 55.' },
      { text: 'Thai massage og sex. Jeg bor på klinikken, så du kan komme når som helst.' },
      { text: 'All payments to my manager before the session.' },
      { text: 'Girls do not answer the phone. Deposit to the office first.' },
      { text: 'Sød thai pige bor i salonen og kan tage imod sent.' },
      { text: 'Call my husband to book, he takes care of everything.' },
      { text: 'Call mamasan for booking. The girls stay inside, no outcall.' },
      { text: 'my boyfriend make appointment for me, please write sms to him, he tell you address' },
      { text: 'Natasha 21, Olga 25. They speak only russian, manager speak english.' },
      { text: 'Sweet Asian girls. For booking contact Madam on WhatsApp, payment to madam.' },
      { text: 'African beauties in Vejle. Appointments only through Mama Grace.' },
      { text: 'I am Ola. My boyfriend makes all appointments, write to him.' },
      { text: 'Kristina 20 in Vejle. Booking on Telegram only, ask for Dimitri.' },
      { text: 'Kristina 20 in Vejle. Dimitri has a car. Booking on Telegram only, ask for Dimitri.' },
      { text: 'Sweet Lia, 21. Call her friend Andrei to book, you pay to Andrei at the door.' },
      { text: 'Irina, 22. My friend Olga takes the phone and makes all appointments for me.' },
      { text: 'Times are given by my manager, please write him on WhatsApp.' },
      {
        text: 'Hun hedder Sara og er i Vejle. Skriv til mig, så sender jeg hende til dig. Du betaler mig på MobilePay.',
      },
      { text: 'All bookings through our dispatcher – the girls do not take calls themselves.' },
      { text: 'My brother waits outside, you give the money to him first.' },
      { text: 'You pay at the door to him, not to me.' },
      { text: 'Af sikkerhedshensyn kører min faste chauffør mig ud og henter mig igen.' },
      { text: 'All bookings are handled by my personal assistant Lene – text her.' },
      { text: 'My agency handles all bookings, please contact them.' },
      { text: 'Regler fra manageren: Kunden betaler til mig, ikke til pigen.' },
      { text: 'I stay in the house, I cannot come out to you. Madam collect the money.' },
      { text: 'Sunt Ioana, 24 de ani. Prietenul meu răspunde la telefon și face programările.' },
      { text: 'Jestem Kasia. Mój chłopak odbiera telefon, pisz SMS.' },
      { text: 'Hola, soy Lucía. Mi novio contesta el teléfono y hace las citas.' },
      { text: 'Hallo, ich bin Nina. Mein Freund geht ans Telefon, bitte SMS.' },
      { text: 'Zsófi, new in Odense. She speaks only hungarian. You pay our driver when he brings her.' },
      { text: 'Jasmine, a sweet Filipina in Aalborg. She does outcall only, always with our driver.' },
      { text: 'Ny pige i Kolding. Hun snakker kun spansk. Du kan ringe til hendes ven for booking.' },
      { text: 'Underdanig slavinde tilbydes. Ingen grænser – hendes ejer bestemmer. Kontakt ejeren på sms.' },
      { text: 'Club Venus. Værelse ½ time 600 / 1 time 1.100 – betales i baren.' },
      { text: 'Thai pige Fon, 30 år. Hun taler kun thai. Ring til Søren for tid.' },
      { text: 'Nikola je Slovenka, má 22 rokov. Termín dohodne jej manažér.' },
      { text: 'Nong er 29 år. Hun taler kun thai. Hendes kæreste tager telefonen og aftaler tid.' },
      {
        text: 'Hello my darling, my name na Precious, 22. My sponsor keep my papers, so I work hard every day.',
      },
      { text: 'I am Gift, 25. I must pay back for ticket and house, so I work every day.' },
      { text: 'Hi my name Dao, Thai girl 31. Sorry no outcall, boss say no outcall, only you come to me.' },
      { text: 'Me Fah, Thai girl 26. I no can go out, only incall, sorry.' },
      { text: 'I am Lek, 21. I no speak English, my big sister speak for me. Call my sister for booking.' },
      {
        text: 'All bookings and payments go through our manager only – please do not pay the lady directly.',
      },
      { text: 'Termine nur über ihren Fahrer: +49 176 2938 4105.' },
      { text: 'Ring hennes kompis för bokning: 60 47 23 18.' },
      { text: 'Han sköter bokningen och tar betalt.' },
      { text: 'Linnea, 27. Bokningar sker via min pojkvän, sms:a honom.' },
      { text: 'Jag kan tyvärr inte lämna rummet, bara incall i Kolding.' },
      { text: 'Min chaufför kör mig till ditt hotell i hela Jylland.' },
      { text: 'To svenske jenter i Odense. Sjåføren vår henter dem etter besøket.' },
      { text: 'Outcall i Aalborg – sjåføren kjører meg til deg.' },
      { text: 'Rezerwacja wyłącznie przez menedżera.' },
      { text: 'Las citas las maneja mi representante. Le pagas a él antes de entrar.' },
      { text: 'Vi kører dem selv til og fra klinikken.' },
      { text: 'I am Joy from Lagos. My madam take care of booking so call her on whatsapp.' },
      { text: '3 piger på vagt. Kun incall – pigerne kan ikke tage ud.' },
      { text: 'Hello gentlemen, I am the manager of Sofia, 19 years. Write to me for booking.' },
      { text: 'I am Bianca, 20, from Romania. Only romanian, no english – my boyfriend write sms for me.' },
      {
        text: 'Diamond Escort. Al booking og betaling går gennem bureauet; damerne tager ikke selv imod penge.',
      },
      {
        text: 'Jeg hedder Fah, 36. Min veninde svarer telefonen og laver aftalerne for mig – ring til hende.',
      },
      {
        text: 'Crown Companions presents Sofie, 31. Clients pay Crown Companions, and Sofie receives her share after the date.',
      },
      {
        text: 'Choose between our companions. The agency handles screening and payment: you settle the full fee with us in advance.',
      },
      {
        text: 'Min kone Nok er 41 og kommer fra Thailand. Hun giver god thaimassage. Ring til mig, Henrik, for at bestille tid – jeg aftaler tid og adresse.',
      },
      { text: 'Min kone Sanne er 35. Hun er frisk på det meste. Skriv til mig, så aftaler jeg tid og pris.' },
      { text: 'Hej skat, jeg er Akosua fra Ghana. Ring til min tante for aftale og adresse: 20 58 93 16.' },
      { text: 'Soy Camila, chica trans de Colombia. Reservas con mi representante por WhatsApp.' },
      { text: 'Na me Joy, Naija babe for Odense. I no fit go out, my oga no gree.' },
      { text: 'Na Grace for Vejle. My oga go arrange everything, just call am.' },
      { text: 'Hej! Jeg hedder Desi, 29. Betaling sker til min veninde, som passer på pengene for mig.' },
      { text: 'outcall only hotels cph. driver bring me, pay driver pls. 1hr 1500 inc taxi. Alina 22.' },
      { text: 'Soy Rosa, dominicana. Mi novio me lleva a los hoteles y espera abajo en el carro.' },
      { text: 'A Bruna é nova na cidade! Pagamento ao motorista na chegada.' },
      { text: 'Oi! Sou a Jéssica. Só incall: não posso sair – o dono não deixa.' },
      { text: "I'm Austėja, 26. Booking only through Tomas, he gives you time and address." },
      { text: 'Jeg er Olga. Du kan skrive til min veninde Irina for tid og pris.' },
      { text: 'Hej. Betal med MobilePay til 26 04 93 17 (min søsters nummer).' },
      {
        text: 'Jeg er Réka, 28. Laszlo er min kæreste, han tager telefonen, mens jeg arbejder, og laver aftalerne.',
      },
      {
        text: "I am Ana, happy girl. If I don't answer, my boyfriend answers – he keeps my phone when I work.",
      },
      {
        text: 'Sofie her, 22. Min kæreste sørger for alt det praktiske – han skriver med jer og giver adressen.',
      },
      { text: 'I am independent girl!! For booking write to my manager Alex on Telegram.' },
      { text: 'Hello, I am Fon. I cannot do outcall, my boss say no. Only incall.' },
      {
        text: 'Min kæreste Stine (24) tilbyder massage. Hun er dansk. For hendes sikkerhed sidder jeg i stuen under hele besøget, og betalingen klarer du med mig.',
      },
      {
        text: 'Hej, jeg hedder Xiao Mei. Jeg lejer et værelse hos Mama Lin; hun tager imod bookinger og pengene, og jeg får min del om aftenen.',
      },
      { text: 'GANGBANG-AFTEN! Tilmelding hos arrangøren på sms – betaling ved døren til arrangøren.' },
      { text: 'Thai massage. Mamasan tager telefonen og giver dig tid.' },
      { text: 'Sweet Naija girl. Madam dey collect the money before you enter.' },
      { text: 'Hi po, I am Joy. For booking text Ate Marites, she arrange everything.' },
      { text: 'Escort København. Vælg mellem 6 piger. Chaufføren kører dem og venter i bilen.' },
      {
        text: 'I am Andra, 27. My english not good, so my cousin helps me with the phone – write to him on WhatsApp.',
      },
      {
        text: 'Book hende via mig, kun sms. Hun tager ikke selv telefonen. Lily 27. 1t 1400, betaling til mig ved døren.',
      },
      {
        text: 'Noi er 35 år. Hun taler kun thai, så det er mig, der tager telefonen og laver aftalerne for hende.',
      },
      { text: 'Madam keeps my passport until i finish pay for the travel, so i can not go outcall.' },
      {
        text: 'Min ejer bestemmer alt. Aftaler laves kun med ham på nummeret her. Betalingen gives til min ejer, ikke til mig.',
      },
      {
        text: 'Jeg er Ida, sub. Min ejer godkender mine bookinger, og depositum på 300 kr overføres til ham.',
      },
      { text: "I am my Master's toy. Master takes all the bookings and he keeps my phone." },
      { text: 'Ying new in Vejle. She shy, I am her mamasan, call me for time.' },
      {
        text: 'Jeg (M45) tilbyder min kone til diskrete herrer. Hun er 29. Aftale og betaling kun gennem mig.',
      },
      { text: 'Jeg er Ewa, 24. Betaling kontant ved døren til min assistent, han viser dig ind.' },
      {
        text: 'I am Vera, new in town. Deposit 300 kr to MobilePay of my friend Ivan before I send the address.',
      },
      { text: 'Hi, I am Leila. My friend will open the door and take the money, then we are alone.' },
      { text: 'Write me on WhatsApp. My manager will confirm your booking by SMS.' },
      { text: 'I am Ioana, 24, sweet brunette. For appointment call Marius: +40 722 118 409.' },
      { text: 'Hej, jeg er Ana. Hvis jeg ikke svarer, skriv til min veninde Elena på 22 33 44 55.' },
      { text: 'Kun udekald: min onkel kører mig til dig og venter i bilen.' },
      { text: 'Sød thai pige, ny i Danmark. Hun taler kun thai. Ring til Lek, hun laver aftalen.' },
      { text: 'Polish girl, new here. Payment first by MobilePay to Marek, then I send the address.' },
      { text: 'I am new in Aalborg, African queen. Pay to my madam at the door.' },
      { text: 'Joy, 24. First you send a deposit of 250kr to my madam, then I give you the address.' },
      { text: 'Kun udekald. Depositum på 400 kr. til min chauffør inden jeg kører.' },
      { text: 'Soy Yuli, 23, de Cali. Mi sponsor me pagó el viaje y todavía le debo, el pago es para ella.' },
      { text: 'Lena, 24, from Riga. My booker answers in English and gives you the address.' },
      { text: 'We pay your ticket to Denmark, you pay back from work. Driver provided.' },
      { text: 'Værelse til massøse i Kolding: 400 kr om dagen + 30 % af det du tjener.' },
      { text: 'Du får 50 %, resten går til klinikken. Vi laver aftalerne for dig.' },
      { text: 'Thai massage Odense. Please pay to mamasan before the massage.' },
      { text: 'Receptionen tager imod betalingen, før du går ind til damen.' },
      { text: 'My boss handle the money, I only do the massage.' },
      {
        text: 'Hi, I am Lotte, 33. Every date is arranged by my trusted personal assistant, who sends you the details.',
      },
      { text: 'Meet Irina, 27. Irina does not answer calls herself, so our office takes your wishes.' },
      { text: 'Daria, 30. Hun svarer ikke selv på beskeder, så skriv til receptionen.' },
      { text: 'Vi kører ikke selv. Damen bliver kørt ud til dig og hentet bagefter.' },
      { text: 'Our companions are always driven to your hotel by the agency.' },
      { text: 'Half is paid up front; the balance is settled with the agency after the evening.' },
      { text: 'A deposit of 800 kr is sent by bank transfer to Velvet Companions ApS before the date.' },
      { text: 'Betaling med MobilePay til Rosenhaven ApS, som ejer klinikken.' },
      { text: 'Sweet Lina 24 🚗 my bf drives me to ur hotel, 1h 1500.' },
      { text: 'Me and my bf arrange all dates, text him first.' },
      { text: 'Mig Lamai, 41, thai massage. Min mand han tager telefon og giver adresse.' },
      { text: 'Hi, I am Vera, 25. Niko takes care of my bookings and sends you the address.' },
      { text: 'Jeg hedder Dana. Min søster tager mine opkald og giver dig en tid.' },
      { text: 'Kun udekald. Min bror følger mig til døren og venter på trappen.' },
      { text: 'Outcall only, my cousin walks me to your door.' },
      { text: 'Only massage, sorry. Text my assistant for time and place.' },
      { text: 'Hello, I am Grace. My boss say only incall, no outcall.' },
      { text: 'Jeg skriver for min veninde Lise, 30. Hun er sød og rolig. Alt aftales med mig på sms.' },
      { text: 'Cash for my friend at the door please, then we relax.' },
      { text: 'Sweet Thai lady, I never touch money 🙈 1 hour 1000.' },
      { text: 'Forudbetaling til min kontaktperson inden du kommer.' },
      { text: 'She speak only Vietnamese. Call me and I ask her, then I send address.' },
      { text: 'Hun taler kun thai, så skriv til mig, så siger jeg det til hende.' },
      { text: 'New lady Mira in Vejle. Booking by whatsapp to manager, he tells you where.' },
      { text: 'Ayumi, 27, from Osaka. Not possible for me to leave the flat, only incall.' },
      { text: 'Maria er 30 og tager imod. Det er ikke muligt for hende at forlade lejligheden.' },
      { text: 'Linh is 29. She speak only Vietnamese, her sister answer your messages.' },
      { text: 'Thu, 31. She cannot write Danish, her older sister reads your messages.' },
      { text: 'Hi, I am Carla, 31. My agent takes the bookings and payments.' },
      { text: 'Soy Vale, 24. Mi primo abre la puerta y a él le pagas primero.' },
      { text: 'Jeg er Ilona, 20, og bor med min kæreste – det er ham, som svarer på sms.' },
      { text: 'Pretty Chloe, 26, she loves to cuddle. Text Marco for address and price.' },
      { text: 'Asian massage, 4 girls. Call Mr Chen for time.' },
      { text: 'Hi, I am Joy, 27, new here. To book, please speak with my manager on Telegram.' },
      { text: 'Lek is from Thailand and speaks only thai. Text me, I book the time for her.' },
      { text: 'Nur bei mir, ich darf nicht raus gehen. Termine vereinbart mein Manager.' },
      { text: 'Das Geld bitte an unseren Fahrer, er wartet vor der Tür.' },
      { text: 'Min russiske kone er 40 og tilbyder massage og mere. Du betaler til mig ved døren.' },
      { text: 'Anna is from Latvia, 26. Igor is her manager, he arrange all bookings on WhatsApp.' },
      { text: 'I am Grace. I live with my madam, she take care of booking and money.' },
      { text: 'Jeg er Mira. En vagt følger mig, og honoraret gives til ham ved døren.' },
      { text: "Hello, this is Daria's booker. Daria is 22 and she is shy. I handle all bookings, text me." },
      { text: 'Hun hedder Dorte og er 41. Hun taler ikke selv i telefonen, så skriv til hendes ven.' },
      { text: 'Mads, 31, fit and friendly. Bookings only via his manager on WhatsApp.' },
      { text: 'Søde piger i Vejle. Alle bookinger sker via chefen, sms 20 30 40 50.' },
      { text: 'Massage og mere i Esbjerg. Betaling ved døren til manager, kun kontant.' },
    ],
    negative: [
      { text: 'Jeg er min egen chef – booking direkte hos mig, ingen manager.' },
      { text: 'Betaling til mig ved ankomst, MobilePay eller kontant.' },
      { text: 'Na Grace for Vejle, no oga, no agency, I arrange everything myself.' },
      { text: 'Sweet Irina, 24. To book her call me directly, 22 11 33 44.' },
      { text: 'De bor i lejligheden og kan ikke tage ud til hoteller om natten.' },
      { text: 'My sister arranges flowers for the room every week.' },
      { text: 'Sofie, 33. Skriv til mig, så aftaler jeg tid med hende og sender adressen.' },
      { text: 'I give him half an hour extra when he is a regular.' },
      { text: 'I rent a room in a clinic, but you pay me, not the house.' },
      { text: 'Book through my website or text me.' },
      { text: 'Hun er sød og glad og skal ikke tænke på andet end dig.' },
      { text: 'I hv 2 days off, Mon n Tue. Pay to me at the door, I am Grace 25.' },
      { text: 'jeg kan ikk vente med at se dig, kun incall' },
      { text: 'Yo misma manejo mis citas, sin novio ni jefe.' },
      { text: 'Aš pati tvarkau viską, mano draugas tik fotografuoja.' },
      { text: 'My man takes care of the dog while I work, I book my clients myself.' },
      { text: 'Jeg er Mette, og min mand ved det godt. Jeg tager imod 1000 kr kontant.' },
      { text: 'Text me for booking. I am Sara, 30, and my husband knows nothing about it.' },
      { text: 'I have two girls at school, so I work only in the morning. Payment to me in cash.' },
      {
        text: 'We are Mia (26) and Jonas (29), a couple who love to play. Jonas is there for the fun. Payment to Jonas.',
      },
      { text: 'Jeg er Lise, 44. Min søn bor hjemme, og han tager telefonen hvis jeg er i bad.' },
      { text: 'Ring til min veninde Sara, der hjælper med booking.' },
      { text: 'Jeg er Nina, 40. Min kone er også massør. Du betaler til mig ved døren.' },
      { text: 'I am my own madam: I answer you myself and arrange my time.' },
      { text: 'Deposit to my own bank account, no agent and no manager.' },
      {
        text: 'Jeg hedder Mette. Jeg er alene i lejligheden og tager imod betalingen selv. Hun er min kat, hun er sky.',
      },
      { text: 'Jeg er selvstændig og tager imod betalingen ved døren.' },
      { text: 'Hi, I am Mia. Want to talk to me first? Call, and I will tell you my limits.' },
      { text: 'Ploy, 44, Thai massage. I make time for you, please book one day before.' },
      { text: 'Ingen chaufför, ingen manager – jag kör själv och sköter min bokning.' },
      { text: 'Booking via min hjemmeside eller sms, jeg svarer selv.' },
      { text: 'Hi, I am Lovely. I send money to my sister in Manila every month, I work alone.' },
      { text: 'For booking call me, not my sister – she only knows where I am for safety.' },
      { text: 'Jeg betaler selv for værelset i receptionen på hotellet, du betaler kun til mig.' },
      { text: 'Jeg har vagten i kiosken om dagen. Betaling til mig, kontant eller MobilePay.' },
      { text: 'Incall only, I no go outside, my own flat. Lin, 40.' },
      { text: 'Jeg kører selv ud, ingen chauffør. Hentes gerne ved stationen af dig.' },
      { text: 'Mi primo vive en Madrid, yo organizo todo sola.' },
      { text: 'He lent me money once and he pays me back every month, lol. Independent.' },
      { text: 'I live in the apartment and do not leave you waiting, always on time.' },
      { text: 'My boyfriend lives in Spain, he calls me every day. I book myself.' },
      { text: 'Hi, I am Joy. I always pick up the phone myself and give you the address.' },
      { text: 'Vivo sola; un taxi me lleva a tu hotel.' },
      { text: 'Mi hermana la lleva al colegio por la mañana, yo trabajo sola.' },
      { text: 'Advance 300 kr to my MobilePay, the rest when we meet.' },
      { text: 'Марина, 34. Принимаю у себя, выйти не могу, только incall.' },
      { text: 'Оплату передавати мені особисто, без посередників.' },
      { text: 'Foglalás csak nálam, telefonon vagy SMS-ben.' },
      { text: 'Rezervări direct la mine, fără manager. Vin singură cu taxiul.' },
      { text: 'Plata la sosire, cash sau card.' },
      { text: 'Оплата наличными, без предоплаты.' },
      { text: 'Lucrez singură, fără manager. Sunați-mă pentru programare.' },
      { text: 'Работаю одна, без администратора, запись у меня.' },
      { text: 'Rabotayu odna, oplata nalichnymi mne lichno, bez voditelya.' },
      { text: 'Ella no puede salir de noche, solo hasta las 22.' },
      { text: 'Pigerne er søde, ring til os på 20 31 45 67 for tid.' },
      { text: 'Outcall welcome – nobody says I cannot go out.' },
      { text: 'Kata vagyok, saját autóval jövök, nincs sofőr.' },
      { text: 'Soy Camila. Si no contesto el teléfono, mándame un mensaje.' },
      { text: 'Madame Sofia takes the bookings herself. Bondage and tease.' },
      { text: 'I am my own manager. Payment to me in cash, no agency.' },
      { text: 'Jeg er Sara, 35, og tager kun kontanter. Betaling til mig ved ankomst.' },
      { text: 'Jeg laver aftale for dig samme dag, skriv bare.' },
      { text: 'Jeg bor her i Vejle og går ikke ud om aftenen – kun incall.' },
      { text: 'Call her on WhatsApp for booking, she answers herself.' },
      { text: 'Booking by sms to me directly, no manager. Mira 30.' },
      { text: 'Master Erik, 45, dominant. Master takes all bookings by SMS and you pay Master on arrival.' },
      { text: 'Tonight you are the master – I take my own bookings and keep my own phone.' },
      { text: 'Discreet lady: if your husband reads your texts, no worry, I never write first.' },
      { text: 'Madam Rosa here, pay madam for a session of strict training, tributes first.' },
      { text: 'I read your sms myself and answer fast, no boss, no agency.' },
      { text: 'Bez menadžera i bez vozača, novac samo meni. Zovi me, Lana.' },
      { text: 'I am not her manager, she works alone. Just a friend helping with the photos.' },
      { text: 'Message me directly, no manager and no agency. Leyla, 31.' },
      { text: 'Text me your wishes and I make the booking for you, Lisa 33 from Vejle.' },
      { text: 'Vi er to veninder; jeg laver aftalerne for os begge, og vi bestemmer selv.' },
      { text: 'Vi er et par og klarer selv alle bookinger.' },
      { text: 'Salon søger sød massøse – ring 12 34 56 78 og spørg efter Birgit.' },
      { text: 'Text me and I tell you my address, I live alone.' },
      { text: 'Min kæreste der tager billederne synes jeg er smuk. Jeg booker selv.' },
      { text: 'The administrator of the site verified my photos. You pay me, nobody else.' },
      { text: 'Я сама за рулём, езжу без водителя.' },
      { text: 'Moy drug kupil mne tsvety.' },
      { text: "I'm Lidia, 30, no manager, she is my sister only in the photo. Money to me, nobody else." },
      { text: 'Sunt Maria, 35, lucrez singură, fără agenție. Plata la mine, cash.' },
      { text: "I'm Sara, 31, my own boss. You pay to me, nobody else, at the door." },
      { text: 'Eu mesma organizo tudo, pagamento direto para mim.' },
      { text: 'I come to you by taxi that I book and pay myself; the driver waits outside.' },
      { text: 'Jeg har min egen bil og kører selv – ingen venter udenfor.' },
      { text: 'We do not go out, incall only.' },
      { text: 'They do not go out to dinners with clients.' },
      { text: 'My boyfriend no gree me smoke, so no 420 here.' },
      { text: "I don't go out, incall only in my own flat." },
      { text: 'No pimp, no manager, no boyfriend answers my phone – only me.' },
      { text: 'My neighbour feeds my cat; I give him 100 kr a week for it.' },
      { text: 'Pengene afregnes med mig, ikke med ham.' },
      { text: 'For late outcalls I hire a bodyguard – he waits outside and I pay him myself.' },
      { title: 'Massage hos Bo', text: 'Jeg er Bo, 41, massør. Betaling til Bo på MobilePay.' },
      { text: 'I am Lena, I arrange the meeting myself – pay the full amount to me.' },
      { text: 'Taxi heen en terug: betaling aan de chauffeur, op jouw kosten. Ik ben Eva, 40.' },
      { text: 'Jeg tager imod hjemme og kan ikke tage ud om aftenen. Mette, 44.' },
      { text: 'Jeg kører selv i min egen bil og bliver aldrig kørt af nogen.' },
      { text: 'Jeg tager selv telefonen, min kæreste ved ikke noget om det her.' },
      { text: 'Mamasan Noi welcomes you. Payment to the masseuse after the massage.' },
      { text: 'Jeg er Lone, 45. Send din booking til mig på sms, jeg svarer selv.' },
      { text: 'Betal til min egen MobilePay, ingen mellemmænd.' },
      { text: 'Min herre kører mig ikke – jeg kommer selv i egen bil.' },
      { text: 'Jeg godkender selv alle aftaler.' },
      { text: 'All contact goes through me, no agency, no manager.' },
      { text: 'For late outcalls I book a bodyguard – I hire and pay him myself.' },
      { text: 'My secretary answers e-mails on weekdays; I always call you myself to confirm.' },
      { text: 'Betaling går direkte til mig, ikke til et bureau.' },
      { text: 'Ich bin Melanie, 39, und komme mit meinem eigenen Auto zu dir. Kein Zuhälter, kein Stress.' },
      { text: 'Ich fahre selbst. Bezahlung bitte direkt bei mir.' },
      { text: 'Incall only, in my own apartment in Vejle.' },
      { text: 'I have my own car and drive myself, so you only need to give me the address.' },
      { text: 'Independent escort. No agency, no pimp, I answer my phone myself.' },
      { text: 'Jeg er selvstændig og har ingen bagmand – alle penge går til mig selv.' },
      { text: 'Booking by phone 53 91 27 40.' },
      { text: 'Sexy Monica. Book her on WhatsApp. Hun er sød.' },
      { text: 'No manager, no driver – I book myself.' },
      { text: 'Tel 60 27 48 15 (my own phone, no manager)' },
      { text: 'Ring til mig for at booke hende, tlf 22 33 44 55.' },
      { text: 'Duo? Book with her friend Anna, she lives next door.' },
      { text: 'No manager, no boyfriend – she answers her own phone, call her directly.' },
      { text: 'Book through her website or call her on 22 33 44 55.' },
      { text: 'Book through my website or call me, Sara.' },
      { text: 'Thaimassage i hyggelige lokaler. Tidsbestilling i receptionen eller på telefon.' },
      { text: 'Velkommen til klinikken – vores reception har åbent 10-20.' },
      { text: 'I work from an office hotel, discreet entrance, payment to me in cash or MobilePay.' },
      { text: 'Jeg bor ikke på klinikken, jeg har min egen lejlighed og kommer kun på arbejde.' },
      { text: 'I live in Aarhus and work from my own massage studio.' },
      { text: 'Deposit by MobilePay to me for first meetings.' },
      { text: 'Deposit 300 kr to my own MobilePay, then I send the address.' },
      { text: 'Min mand ved ikke at jeg gør det her, så ring kun til mig.' },
      { text: 'Call me for booking, I am my own manager.' },
      { text: 'I am Mia, I love to meet you. My sister speaks Danish too, we live in Odense.' },
      { text: 'Jeg laver selv mine aftaler, ingen manager.' },
      { text: 'Dominatrix studio. Contact Madame Lola for booking, tributes are paid to Madame in advance.' },
      { text: 'Classy escort Madame Rose: for booking contact Madame Rose by SMS.' },
      { text: 'I make all my bookings myself, no boyfriend, no manager.' },
      { text: 'Jeg taler med min mama hver dag, hun bor i Manila.' },
      { text: "I'm Lena. Booking by SMS, ask for Lena when you call." },
      {
        text: 'Thaimassage i Ribe. Nok har mange års erfaring og taler lidt dansk. Ring og spørg efter Nok.',
      },
      { text: 'Anna, 29. Payment to Anna in cash or MobilePay.' },
      { text: 'Call me and ask for Extras. Payment to MobilePay.' },
      { text: 'Spørg efter Sofie i receptionen, hun er vores nye massøse.' },
      { text: 'I write all my messages myself, you can call me or text me.' },
      { text: 'Du betaler mig kontant eller på MobilePay. Jeg glæder mig til at se dig.' },
      { text: 'Male escort Mads, 35, for women. Call him on 22 33 44 55.' },
      { text: 'My husband knows and is fine with it. Call me only, I answer myself.' },
      { text: 'I drive myself, no driver, no agency. I handle all bookings myself.' },
      { text: 'Sunt Ioana. Răspund eu la telefon, fără manager. Prietenul meu nu știe.' },
      { text: 'Ich bin Nina. Mein Freund weiß Bescheid, ich gehe selbst ans Telefon.' },
      { text: 'Jeg hedder Mette, ring til mig for tid. Min ven Søren ved ikke noget om det.' },
      { text: 'Hi, I am Lina. Call Lina for booking, I answer myself.' },
      { text: 'I drive myself, no driver. My own flat in Aalborg.' },
      { text: 'Drinks at the bar are on you. I am Maja, 31, independent.' },
      { text: 'I keep my own papers and my own money. No boss, no sponsor.' },
      { text: 'My sister visits me sometimes, she speaks Danish better than me. I book my own dates.' },
      { text: 'Please pay me directly in cash at the start of our date.' },
      { text: 'Ich vereinbare meine Termine selbst, ohne Fahrer.' },
      { text: 'Jag bokar själv och tar emot i min lägenhet.' },
      { text: 'Kierowca? Nie, przyjeżdżam sama.' },
      { text: 'Vi kører ikke ud, kun incall.' },
      { text: 'Jeg er Mette. Jeg kan ikke tage ud om natten, kun incall.' },
      { text: 'Ring til mig for booking. Jeg er Mette, og min veninde siger hun er glad for mig.' },
      {
        text: 'Jeg er Mette, 44. Skriv til mig, så aftaler vi tid. Jeg aftaler tid med dig og sender adressen.',
      },
      { text: 'My only boss is my cat. I cannot leave him alone overnight, so I do not do overnights.' },
      {
        text: 'For outcall, my driver brings me – by that I mean the taxi company, which I book and pay myself.',
      },
      { text: "I'm Lena, 31, independent. Booking via Telegram, he who writes first gets the evening." },
      {
        text: 'Josefine, 36, escort. Min faste chauffør kører mig til dig: han er ansat af mig, jeg betaler ham, og du betaler kun til mig.',
      },
      {
        text: 'Beatriz, 28. I share the flat with my friend Maria – she has her own ad. I book myself and you pay me.',
      },
      { text: 'Jeg tager telefonen selv – ingen mamasan her.' },
      { text: 'My friend helped me with the photos for this ad. I answer the phone myself.' },
      { text: 'I am Anna, 30. Nobody keeps my passport, I work for myself and keep my own money.' },
      { text: 'For booking call Lena: 22 33 44 55. I am Lena, 28, independent.' },
      { text: 'For appointment call me: 22 33 44 55.' },
      { text: 'Hvis jeg ikke svarer, så skriv en sms, jeg ringer tilbage.' },
      { text: 'A friend told me to take the money first. I am Sara, I keep my own money.' },
      { text: 'Min ven har taget billederne. Du betaler kun til mig.' },
      { text: 'I am Joy, 26. Every month I send money to my mama in Manila.' },
      { text: 'My friend said I should take the money first, so I ask for it at the start.' },
      { text: 'I am Nina, 25. For booking call Anytime: 22 33 44 55.' },
      { text: 'Soy Yuli, 31, de Cali. El pago es para mí, en efectivo o MobilePay. No debo nada a nadie.' },
      { text: 'Nordic Dates: 6 ladies ready tonight. Our booker answers in English: 22 33 44 55.' },
      {
        text: 'Rooms for rent for independent ladies in Aalborg. You keep 100% of your earnings, only rent.',
      },
      { text: 'Receptionen tager ikke imod betaling – du betaler direkte til mig.' },
      { text: 'Receptionisten booker din tid, men du betaler direkte til mig.' },
      { text: 'I have a bf but he knows nothing of this, I book and drive myself.' },
      { text: "I don't answer calls myself during work hours, so please text me first." },
      { text: 'Invoices for corporate dinners are paid to my company Mira Consult ApS.' },
      { text: 'Betaling med MobilePay til Rosenhaven ApS, som er mit eget firma.' },
      { text: 'Payment by card to Nordic Touch ApS (my own company), receipt on request.' },
      { text: 'Hun kører selv ud til dig i egen bil.' },
      { text: 'Jeg står for mine aftaler og tager selv imod pengene.' },
      { text: 'Nobody else handles my bookings, I answer myself.' },
      { text: 'No need to text my assistant, I answer my phone myself.' },
      { text: "I save money for my brother's wedding, so I work weekends." },
      { text: 'Min veninde følger mig på Instagram, jeg tager selv telefonen.' },
      { text: 'I never touch money at the door, you pay me by MobilePay before.' },
      { text: 'My boss says only good things about my massage, I work for myself.' },
      { text: 'Jeg er Mette. Alt aftales med mig på sms, jeg tager selv telefonen.' },
      { text: 'The balance is settled with me in cash when we meet.' },
      { text: 'Jeg tager selv telefon. Min kæreste han ved ingenting om det.' },
      { text: 'Outcall er ikke muligt, jeg tager kun imod hjemme.' },
      { text: 'Not possible to go out for dinner with me, only incall in my flat.' },
      { text: 'My sister answers the door if I am late; I take all calls myself.' },
      { text: 'I never let my sister answer my messages, I write back myself.' },
      { text: 'Our booker takes all bookings. 6 ladies in Copenhagen.' },
      { text: 'Hi, I am Tina, 33. Text Tina for address and price.' },
      { text: 'Él paga la cena y yo elijo el vino. Soy Marta, 35.' },
      { text: 'Min kæreste ved det godt; det er ham der laver maden, når jeg kommer hjem.' },
      { text: 'Hi, I am Lee. Call Lee for time, I answer myself.' },
      { text: 'Ich kann nicht rausgehen ohne Lippenstift 💄, Hausbesuche gern.' },
      { text: 'Das Geld bitte direkt an mich, ich habe keinen Chef.' },
      { text: 'Anna, 26. She is sweet. Her manager, he lives in Riga and she books herself.' },
      { text: 'I am Grace. I visit my madam, she take care of my cat when I travel.' },
      { text: 'Jeg er Nadia. Honoraret betaler du til mig, ikke til nogen anden.' },
      { text: "I'm Mia, 30. I handle all bookings myself, text me." },
      { text: 'Jeg taler ikke selv i telefon, kun sms. Hilsen Hanne, 50.' },
      { text: 'Jeg hedder Rikke og er hjemme i Valby. Betaling til mig ved døren.' },
      { text: 'Duo for ladies: Kasper, 29, book me together with his friend Jonas.' },
    ],
  },
});
