import type { Messages } from './messages.js';

export default {
  title: 'Vaše rozhodnutie o súboroch cookie',
  intro:
    'S vaším súhlasom používame my a naši partneri súbory cookie a podobné technológie na tieto účely: {purposes}. Odmietnutie vám nebráni v čítaní webu a svoje rozhodnutie môžete kedykoľvek zmeniť tlačidlom „Upraviť voľby“.',
  introController:
    'S vaším súhlasom používa {controller} spolu so svojimi partnermi súbory cookie a podobné technológie na tieto účely: {purposes}. Odmietnutie vám nebráni v čítaní webu a svoje rozhodnutie môžete kedykoľvek zmeniť tlačidlom „Upraviť voľby“.',
  socialNote: 'Odmietnutie sociálnych sietí vypne aj vložený obsah a komentáre.',
  acceptAll: 'Prijať všetko',
  refuseAll: 'Odmietnuť všetko',
  settings: 'Upraviť voľby',
  privacy: 'Zásady ochrany osobných údajov',
  prefsTitle: 'Upravte svoje voľby',
  prefsIntro:
    'Jednotlivé účely zapnite alebo vypnite. Vaša voľba sa uloží v tomto zariadení a môžete ju kedykoľvek zmeniť.',
  save: 'Uložiť voľby',
  close: 'Zavrieť',
  continueWithout: 'Pokračovať bez súhlasu',
  reopen: 'Nastavenia súborov cookie',
  saved: 'Vaša voľba bola uložená.',
  gpc: 'Váš prehliadač odosiela signál Global Privacy Control, preto „Prijať všetko“ tento účel nezapne. Môžete ho tu zapnúť sami.',
  gateTitle: 'Blokovaný obsah: {label}',
  gateText:
    'Tento obsah pochádza zo služby tretej strany, ktorá môže ukladať súbory cookie. Zostane blokovaný, kým nepovolíte „{label}“.',
  gateAllow: 'Povoliť „{label}“',
  granted: 'Povolené',
  refused: 'Odmietnuté',
  partners: 'Zobraziť našich partnerov ({count})',
  gateAllowService: 'Povoliť {label}',
  gateServiceText:
    'Tento obsah pochádza zo služby {label}, ktorá môže ukladať súbory cookie na účel „{purpose}“. Zostane blokovaný, kým nepovolíte službu {label}.',
  vendorPrivacy: 'Zásady ochrany osobných údajov služby {label}',
  partial: 'Čiastočne povolené',
  cookiesLabel: 'Súbory cookie',
  controllerLabel: 'Prevádzkovateľ: {controller}',
  partnersTitle: 'Naši partneri',
  undecided: 'Nerozhodnuté',
  exempt: 'Nevyžaduje súhlas',
  categories: {
    necessary: [
      'Nevyhnutne potrebné',
      'Potrebné na fungovanie webu (zabezpečenie, zapamätanie vašich volieb). Nedajú sa vypnúť.',
    ],
    preferences: [
      'Preferencie',
      'Pamätajú si vaše nastavenia, napríklad jazyk alebo zobrazenie, aby sa web prispôsobil vašim zvykom.',
    ],
    audience: [
      'Meranie návštevnosti',
      'Pomáhajú nám pochopiť, ako sa web používa (zobrazené stránky, pohyb po webe), aby sme ho mohli zlepšovať.',
    ],
    social: [
      'Sociálne siete',
      'Umožňujú zobraziť obsah zo sociálnych sietí (príspevky, videá) a sekciu komentárov. Ak ich odmietnete, tento vložený obsah aj možnosť písať komentáre sa vypnú.',
    ],
    advertising: [
      'Reklama',
      'Umožňujú našim partnerom zobrazovať vám reklamy podľa vašich záujmov a merať ich účinnosť.',
    ],
  },
} satisfies Messages;
