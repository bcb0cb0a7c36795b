import type { Messages } from './messages.js';

export default {
  title: 'Vaše rozhodnutí o souborech cookie',
  intro:
    'S vaším souhlasem používáme my a naši partneři soubory cookie a podobné technologie k těmto účelům: {purposes}. Odmítnutí vám nebrání ve čtení webu a své rozhodnutí můžete kdykoli změnit pomocí tlačítka „Upravit volby“.',
  introController:
    'S vaším souhlasem používá {controller} spolu se svými partnery soubory cookie a podobné technologie k těmto účelům: {purposes}. Odmítnutí vám nebrání ve čtení webu a své rozhodnutí můžete kdykoli změnit pomocí tlačítka „Upravit volby“.',
  socialNote: 'Odmítnutí sociálních sítí vypne také vložený obsah a komentáře.',
  acceptAll: 'Přijmout vše',
  refuseAll: 'Odmítnout vše',
  settings: 'Upravit volby',
  privacy: 'Zásady ochrany osobních údajů',
  prefsTitle: 'Upravte své volby',
  prefsIntro: 'Jednotlivé účely zapněte nebo vypněte. Vaše volba se uloží v tomto zařízení a můžete ji kdykoli změnit.',
  save: 'Uložit volby',
  close: 'Zavřít',
  continueWithout: 'Pokračovat bez souhlasu',
  reopen: 'Nastavení souborů cookie',
  saved: 'Vaše volba byla uložena.',
  gpc: 'Váš prohlížeč odesílá signál Global Privacy Control, proto „Přijmout vše“ tento účel nezapne. Můžete ho zde zapnout sami.',
  gateTitle: 'Blokovaný obsah: {label}',
  gateText:
    'Tento obsah pochází ze služby třetí strany, která může ukládat soubory cookie. Zůstane blokovaný, dokud nepovolíte „{label}“.',
  gateAllow: 'Povolit „{label}“',
  granted: 'Povoleno',
  refused: 'Odmítnuto',
  partners: 'Zobrazit naše partnery ({count})',
  gateAllowService: 'Povolit {label}',
  gateServiceText:
    'Tento obsah pochází ze služby {label}, která může ukládat soubory cookie pro účel „{purpose}“. Zůstane blokovaný, dokud službu {label} nepovolíte.',
  vendorPrivacy: 'Zásady ochrany osobních údajů služby {label}',
  partial: 'Částečně povoleno',
  cookiesLabel: 'Soubory cookie',
  controllerLabel: 'Správce údajů: {controller}',
  partnersTitle: 'Naši partneři',
  undecided: 'Nerozhodnuto',
  exempt: 'Nevyžaduje souhlas',
  categories: {
    necessary: [
      'Nezbytně nutné',
      'Potřebné pro fungování webu (zabezpečení, zapamatování vašich voleb). Nelze je vypnout.',
    ],
    preferences: [
      'Preference',
      'Pamatují si vaše nastavení, například jazyk nebo zobrazení, aby se web přizpůsobil vašim zvyklostem.',
    ],
    audience: [
      'Měření návštěvnosti',
      'Pomáhají nám pochopit, jak se web používá (zobrazené stránky, průchod webem), abychom ho mohli zlepšovat.',
    ],
    social: [
      'Sociální sítě',
      'Umožňují zobrazit obsah ze sociálních sítí (příspěvky, videa) a sekci komentářů. Pokud je odmítnete, tento vložený obsah i možnost psát komentáře budou vypnuty.',
    ],
    advertising: [
      'Reklama',
      'Umožňují našim partnerům zobrazovat vám reklamy podle vašich zájmů a měřit jejich účinnost.',
    ],
  },
} satisfies Messages;
