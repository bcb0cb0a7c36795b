import type { PendingStrings } from './types.js';

export default {
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
