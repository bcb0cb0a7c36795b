import type { Messages } from './messages.js';

export default {
  title: 'Opțiunile dumneavoastră privind cookie-urile',
  intro:
    'Cu acordul dumneavoastră, noi și partenerii noștri folosim cookie-uri și tehnologii similare în următoarele scopuri: {purposes}. Refuzul nu vă împiedică să citiți site-ul și vă puteți răzgândi oricând cu butonul „Personalizați opțiunile”.',
  introController:
    'Cu acordul dumneavoastră, {controller} și partenerii săi folosesc cookie-uri și tehnologii similare în următoarele scopuri: {purposes}. Refuzul nu vă împiedică să citiți site-ul și vă puteți răzgândi oricând cu butonul „Personalizați opțiunile”.',
  socialNote: 'Dacă refuzați rețelele sociale, se dezactivează și conținutul încorporat, și comentariile.',
  acceptAll: 'Acceptați tot',
  refuseAll: 'Refuzați tot',
  settings: 'Personalizați opțiunile',
  privacy: 'Politica de confidențialitate',
  prefsTitle: 'Personalizați opțiunile',
  prefsIntro:
    'Activați sau dezactivați fiecare scop. Alegerea dumneavoastră este păstrată pe acest dispozitiv și o puteți modifica oricând.',
  save: 'Salvați opțiunile',
  close: 'Închideți',
  continueWithout: 'Continuați fără a accepta',
  reopen: 'Setări cookie-uri',
  saved: 'Alegerea dumneavoastră a fost salvată.',
  gpc: 'Browserul dumneavoastră trimite semnalul Global Privacy Control, deci „Acceptați tot” nu activează acest scop. Îl puteți activa totuși aici.',
  gateTitle: 'Conținut blocat: {label}',
  gateText:
    'Acest conținut provine de la un serviciu terț care poate plasa cookie-uri. Rămâne blocat până când permiteți „{label}”.',
  gateAllow: 'Permiteți „{label}”',
  granted: 'Permis',
  refused: 'Refuzat',
  partners: 'Vedeți partenerii noștri ({count})',
  gateAllowService: 'Permiteți {label}',
  gateServiceText:
    'Acest conținut provine de la {label}, care poate plasa cookie-uri pentru „{purpose}”. Rămâne blocat până când permiteți {label}.',
  vendorPrivacy: 'Politica de confidențialitate {label}',
  partial: 'Permis parțial',
  cookiesLabel: 'Cookie-uri',
  controllerLabel: 'Operator de date: {controller}',
  partnersTitle: 'Partenerii noștri',
  undecided: 'Nedecis',
  exempt: 'Scutit de consimțământ',
  categories: {
    necessary: [
      'Strict necesare',
      'Indispensabile pentru funcționarea site-ului (securitate, memorarea opțiunilor dumneavoastră). Nu pot fi dezactivate.',
    ],
    preferences: [
      'Preferințe',
      'Rețin setări precum limba sau afișarea, pentru a adapta site-ul la obiceiurile dumneavoastră.',
    ],
    audience: [
      'Măsurarea audienței',
      'Ne ajută să înțelegem cum este folosit site-ul (pagini vizualizate, parcursuri), pentru a-l îmbunătăți.',
    ],
    social: [
      'Rețele sociale',
      'Permit afișarea conținutului din rețelele sociale (postări, videoclipuri) și a secțiunii de comentarii. Dacă le refuzați, acest conținut încorporat și posibilitatea de a lăsa comentarii sunt dezactivate.',
    ],
    advertising: [
      'Publicitate',
      'Permit partenerilor noștri să vă afișeze reclame adaptate intereselor dumneavoastră și să le măsoare eficiența.',
    ],
  },
} satisfies Messages;
