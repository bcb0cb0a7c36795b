import type { PendingStrings } from './types.js';

export default {
  intro:
    'S vaším súhlasom používame my a naši partneri súbory cookie a podobné technológie na tieto účely: {purposes}. Odmietnutie vám nebráni v čítaní webu a svoje rozhodnutie môžete kedykoľvek zmeniť tlačidlom „Upraviť voľby“.',
  introController:
    'S vaším súhlasom používa {controller} spolu so svojimi partnermi súbory cookie a podobné technológie na tieto účely: {purposes}. Odmietnutie vám nebráni v čítaní webu a svoje rozhodnutie môžete kedykoľvek zmeniť tlačidlom „Upraviť voľby“.',
  socialNote: 'Odmietnutie sociálnych sietí vypne aj vložený obsah a komentáre.',
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
