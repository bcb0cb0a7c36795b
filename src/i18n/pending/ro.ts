import type { PendingStrings } from './types.js';

export default {
  intro:
    'Cu acordul dumneavoastră, noi și partenerii noștri folosim cookie-uri și tehnologii similare în următoarele scopuri: {purposes}. Refuzul nu vă împiedică să citiți site-ul și vă puteți răzgândi oricând cu butonul „Personalizați opțiunile”.',
  introController:
    'Cu acordul dumneavoastră, {controller} și partenerii săi folosesc cookie-uri și tehnologii similare în următoarele scopuri: {purposes}. Refuzul nu vă împiedică să citiți site-ul și vă puteți răzgândi oricând cu butonul „Personalizați opțiunile”.',
  socialNote: 'Dacă refuzați rețelele sociale, se dezactivează și conținutul încorporat, și comentariile.',
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
