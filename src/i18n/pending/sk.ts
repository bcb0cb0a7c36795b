import type { PendingStrings } from './types.js';

export default {
  partners: 'Zobraziť našich partnerov ({count})',
  gateAllowService: 'Povoliť {label}',
  gateServiceText:
    'Tento obsah pochádza zo služby {label}, ktorá môže ukladať súbory cookie na účel „{purpose}“. Zostane blokovaný, kým nepovolíte službu {label}.',
  vendorPrivacy: 'Zásady ochrany osobných údajov služby {label}',
  partial: 'Čiastočne povolené',
  undecided: 'Nerozhodnuté',
  cookiesLabel: 'Súbory cookie',
  controllerLabel: 'Prevádzkovateľ: {controller}',
  partnersTitle: 'Naši partneri',
  exempt: 'Nevyžaduje súhlas',
} satisfies PendingStrings;
