import type { Messages } from './messages.js';

export default {
  title: 'Vaš izbor u vezi s kolačićima',
  intro:
    'Uz vašu privolu mi i naši partneri upotrebljavamo kolačiće i slične tehnologije u sljedeće svrhe: {purposes}. Odbijanje vas ne sprječava u čitanju stranice, a svoju odluku možete bilo kada promijeniti putem gumba „Prilagodi izbor”.',
  introController:
    'Uz vašu privolu {controller} sa svojim partnerima upotrebljava kolačiće i slične tehnologije u sljedeće svrhe: {purposes}. Odbijanje vas ne sprječava u čitanju stranice, a svoju odluku možete bilo kada promijeniti putem gumba „Prilagodi izbor”.',
  socialNote: 'Odbijanje društvenih mreža isključuje i ugrađeni sadržaj i komentare.',
  acceptAll: 'Prihvati sve',
  refuseAll: 'Odbij sve',
  settings: 'Prilagodi izbor',
  privacy: 'Pravila privatnosti',
  prefsTitle: 'Prilagodite svoj izbor',
  prefsIntro:
    'Uključite ili isključite svaku svrhu. Vaš se izbor sprema na ovom uređaju i možete ga bilo kada promijeniti.',
  save: 'Spremi moj izbor',
  close: 'Zatvori',
  continueWithout: 'Nastavi bez prihvaćanja',
  reopen: 'Postavke kolačića',
  saved: 'Vaš je izbor spremljen.',
  gpc: 'Vaš preglednik šalje signal Global Privacy Control pa „Prihvati sve” ne uključuje ovu svrhu. Ovdje je možete sami uključiti.',
  gateTitle: 'Blokirani sadržaj: {label}',
  gateText:
    'Ovaj sadržaj dolazi od usluge treće strane koja može postavljati kolačiće. Ostaje blokiran dok ne dopustite „{label}”.',
  gateAllow: 'Dopusti „{label}”',
  granted: 'Dopušteno',
  refused: 'Odbijeno',
  partners: 'Prikaži naše partnere ({count})',
  gateAllowService: 'Dopusti {label}',
  gateServiceText:
    'Ovaj sadržaj dolazi od usluge {label}, koja može postavljati kolačiće za svrhu „{purpose}”. Ostaje blokiran dok ne dopustite uslugu {label}.',
  vendorPrivacy: 'Pravila privatnosti usluge {label}',
  partial: 'Djelomično dopušteno',
  cookiesLabel: 'Kolačići',
  controllerLabel: 'Voditelj obrade: {controller}',
  partnersTitle: 'Naši partneri',
  undecided: 'Bez odluke',
  exempt: 'Izuzeto od privole',
  categories: {
    necessary: ['Strogo nužni', 'Potrebni za rad stranice (sigurnost, pamćenje vašeg izbora). Ne mogu se isključiti.'],
    preferences: [
      'Preferencije',
      'Pamte vaše postavke, poput jezika ili prikaza, kako bi se stranica prilagodila vašim navikama.',
    ],
    audience: [
      'Mjerenje posjećenosti',
      'Pomažu nam razumjeti kako se stranica upotrebljava (posjećene podstranice, kretanje po stranici) kako bismo je poboljšali.',
    ],
    social: [
      'Društvene mreže',
      'Omogućuju prikaz sadržaja s društvenih mreža (objave, videozapisi) i odjeljka za komentare. Ako ih odbijete, taj ugrađeni sadržaj i mogućnost ostavljanja komentara bit će isključeni.',
    ],
    advertising: [
      'Oglašavanje',
      'Omogućuju našim partnerima da vam prikazuju oglase prilagođene vašim interesima i mjere njihovu učinkovitost.',
    ],
  },
} satisfies Messages;
