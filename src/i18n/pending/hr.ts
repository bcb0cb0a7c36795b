import type { PendingStrings } from './types.js';

export default {
  intro:
    'Uz vašu privolu mi i naši partneri upotrebljavamo kolačiće i slične tehnologije u sljedeće svrhe: {purposes}. Odbijanje vas ne sprječava u čitanju stranice, a svoju odluku možete bilo kada promijeniti putem gumba „Prilagodi izbor”.',
  introController:
    'Uz vašu privolu {controller} sa svojim partnerima upotrebljava kolačiće i slične tehnologije u sljedeće svrhe: {purposes}. Odbijanje vas ne sprječava u čitanju stranice, a svoju odluku možete bilo kada promijeniti putem gumba „Prilagodi izbor”.',
  socialNote: 'Odbijanje društvenih mreža isključuje i ugrađeni sadržaj i komentare.',
  partners: 'Prikaži naše partnere ({count})',
  gateAllowService: 'Dopusti {label}',
  gateServiceText:
    'Ovaj sadržaj dolazi od usluge {label}, koja može postavljati kolačiće za svrhu „{purpose}”. Ostaje blokiran dok ne dopustite uslugu {label}.',
  vendorPrivacy: 'Pravila privatnosti usluge {label}',
  partial: 'Djelomično dopušteno',
  undecided: 'Bez odluke',
  cookiesLabel: 'Kolačići',
  controllerLabel: 'Voditelj obrade: {controller}',
  partnersTitle: 'Naši partneri',
  exempt: 'Izuzeto od privole',
} satisfies PendingStrings;
