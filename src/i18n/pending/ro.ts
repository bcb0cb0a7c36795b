import type { PendingStrings } from './types.js';

export default {
  partners: 'Vedeți partenerii noștri ({count})',
  gateAllowService: 'Permiteți {label}',
  gateServiceText:
    'Acest conținut provine de la {label}, care poate plasa cookie-uri pentru „{purpose}”. Rămâne blocat până când permiteți {label}.',
  vendorPrivacy: 'Politica de confidențialitate {label}',
  partial: 'Permis parțial',
  undecided: 'Nedecis',
  cookiesLabel: 'Cookie-uri',
  controllerLabel: 'Operator de date: {controller}',
  partnersTitle: 'Partenerii noștri',
  exempt: 'Scutit de consimțământ',
} satisfies PendingStrings;
