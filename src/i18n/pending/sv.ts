import type { PendingStrings } from './types.js';

export default {
  intro:
    'Med ditt samtycke använder vi och våra partner cookies och liknande tekniker för följande ändamål: {purposes}. Om du avvisar kan du ändå läsa webbplatsen, och du kan när som helst ändra dig via ”Anpassa val”.',
  introController:
    'Med ditt samtycke använder {controller} och dess partner cookies och liknande tekniker för följande ändamål: {purposes}. Om du avvisar kan du ändå läsa webbplatsen, och du kan när som helst ändra dig via ”Anpassa val”.',
  socialNote: 'Om du avvisar sociala medier stängs även inbäddat innehåll och kommentarer av.',
  partners: 'Visa våra partner ({count})',
  gateAllowService: 'Tillåt {label}',
  gateServiceText:
    'Innehållet kommer från {label}, som kan sätta cookies för ”{purpose}”. Det förblir blockerat tills du tillåter {label}.',
  vendorPrivacy: 'Integritetspolicy för {label}',
  partial: 'Delvis tillåtet',
  undecided: 'Inte valt',
  cookiesLabel: 'Cookies',
  controllerLabel: 'Personuppgiftsansvarig: {controller}',
  partnersTitle: 'Våra partner',
  exempt: 'Undantaget från samtycke',
} satisfies PendingStrings;
