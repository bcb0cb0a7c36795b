import type { PendingStrings } from './types.js';

export default {
  partners: 'Zobrazit naše partnery ({count})',
  gateAllowService: 'Povolit {label}',
  gateServiceText:
    'Tento obsah pochází ze služby {label}, která může ukládat soubory cookie pro účel „{purpose}“. Zůstane blokovaný, dokud službu {label} nepovolíte.',
  vendorPrivacy: 'Zásady ochrany osobních údajů služby {label}',
  partial: 'Částečně povoleno',
  undecided: 'Nerozhodnuto',
  cookiesLabel: 'Soubory cookie',
  controllerLabel: 'Správce údajů: {controller}',
  partnersTitle: 'Naši partneři',
  exempt: 'Nevyžaduje souhlas',
} satisfies PendingStrings;
