import type { PendingStrings } from './types.js';

export default {
  intro:
    'S vaším souhlasem používáme my a naši partneři soubory cookie a podobné technologie k těmto účelům: {purposes}. Odmítnutí vám nebrání ve čtení webu a své rozhodnutí můžete kdykoli změnit pomocí tlačítka „Upravit volby“.',
  introController:
    'S vaším souhlasem používá {controller} spolu se svými partnery soubory cookie a podobné technologie k těmto účelům: {purposes}. Odmítnutí vám nebrání ve čtení webu a své rozhodnutí můžete kdykoli změnit pomocí tlačítka „Upravit volby“.',
  socialNote: 'Odmítnutí sociálních sítí vypne také vložený obsah a komentáře.',
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
