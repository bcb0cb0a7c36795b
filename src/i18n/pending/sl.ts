import type { PendingStrings } from './types.js';

export default {
  partners: 'Prikaži naše partnerje ({count})',
  gateAllowService: 'Dovoli {label}',
  gateServiceText:
    'Ta vsebina prihaja iz storitve {label}, ki lahko nastavi piškotke za namen »{purpose}«. Ostane blokirana, dokler ne dovolite storitve {label}.',
  vendorPrivacy: 'Pravilnik o zasebnosti storitve {label}',
  partial: 'Delno dovoljeno',
  undecided: 'Neodločeno',
  cookiesLabel: 'Piškotki',
  controllerLabel: 'Upravljavec podatkov: {controller}',
  partnersTitle: 'Naši partnerji',
  exempt: 'Ne zahteva privolitve',
} satisfies PendingStrings;
