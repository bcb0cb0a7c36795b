import type { Messages } from './messages.js';

export default {
  title: 'Dina val för cookies',
  intro:
    'Med ditt samtycke använder vi och våra partner cookies och liknande tekniker för följande ändamål: {purposes}. Om du avvisar kan du ändå läsa webbplatsen, och du kan när som helst ändra dig via ”Anpassa val”.',
  introController:
    'Med ditt samtycke använder {controller} och dess partner cookies och liknande tekniker för följande ändamål: {purposes}. Om du avvisar kan du ändå läsa webbplatsen, och du kan när som helst ändra dig via ”Anpassa val”.',
  socialNote: 'Om du avvisar sociala medier stängs även inbäddat innehåll och kommentarer av.',
  acceptAll: 'Acceptera alla',
  refuseAll: 'Avvisa alla',
  settings: 'Anpassa val',
  privacy: 'Integritetspolicy',
  prefsTitle: 'Anpassa dina val',
  prefsIntro: 'Slå på eller av varje ändamål. Ditt val sparas på den här enheten och du kan ändra det när som helst.',
  save: 'Spara mina val',
  close: 'Stäng',
  continueWithout: 'Fortsätt utan att acceptera',
  reopen: 'Cookieinställningar',
  saved: 'Ditt val har sparats.',
  gpc: 'Din webbläsare skickar signalen Global Privacy Control, så ”Acceptera alla” slår inte på det här ändamålet. Här kan du själv slå på det.',
  gateTitle: 'Blockerat innehåll: {label}',
  gateText:
    'Innehållet kommer från en tredjepartstjänst som kan sätta cookies. Det förblir blockerat tills du tillåter ”{label}”.',
  gateAllow: 'Tillåt ”{label}”',
  granted: 'Tillåtet',
  refused: 'Avvisat',
  partners: 'Visa våra partner ({count})',
  gateAllowService: 'Tillåt {label}',
  gateServiceText:
    'Innehållet kommer från {label}, som kan sätta cookies för ”{purpose}”. Det förblir blockerat tills du tillåter {label}.',
  vendorPrivacy: 'Integritetspolicy för {label}',
  partial: 'Delvis tillåtet',
  cookiesLabel: 'Cookies',
  controllerLabel: 'Personuppgiftsansvarig: {controller}',
  partnersTitle: 'Våra partner',
  undecided: 'Inte valt',
  exempt: 'Undantaget från samtycke',
  categories: {
    necessary: [
      'Strikt nödvändiga',
      'Krävs för att webbplatsen ska fungera (säkerhet, att dina val sparas). De kan inte stängas av.',
    ],
    preferences: [
      'Preferenser',
      'Kommer ihåg dina inställningar, t.ex. språk eller visning, så att webbplatsen anpassas efter dina vanor.',
    ],
    audience: [
      'Besöksstatistik',
      'Hjälper oss att förstå hur webbplatsen används (visade sidor, vägar genom webbplatsen) så att vi kan förbättra den.',
    ],
    social: [
      'Sociala medier',
      'Gör det möjligt att visa innehåll från sociala medier (inlägg, videor) och kommentarsfältet. Om du avvisar dem stängs detta inbäddade innehåll och möjligheten att skriva kommentarer av.',
    ],
    advertising: [
      'Annonsering',
      'Låter våra partner visa dig annonser som passar dina intressen och mäta hur väl de fungerar.',
    ],
  },
} satisfies Messages;
