import type { PendingStrings } from './types.js';

export default {
  intro:
    'Met uw toestemming gebruiken wij en onze partners cookies en vergelijkbare technieken voor deze doeleinden: {purposes}. Als u weigert, kunt u de site gewoon lezen, en u kunt uw keuze altijd wijzigen via ‘Instellingen aanpassen’.',
  introController:
    'Met uw toestemming gebruiken {controller} en partners cookies en vergelijkbare technieken voor deze doeleinden: {purposes}. Als u weigert, kunt u de site gewoon lezen, en u kunt uw keuze altijd wijzigen via ‘Instellingen aanpassen’.',
  socialNote: 'Als u sociale media weigert, worden ook ingesloten inhoud en reacties uitgeschakeld.',
  partners: 'Onze partners bekijken ({count})',
  gateAllowService: '{label} toestaan',
  gateServiceText:
    'Deze inhoud komt van {label} en kan cookies plaatsen voor ‘{purpose}’. De inhoud blijft geblokkeerd totdat u {label} toestaat.',
  vendorPrivacy: 'Privacybeleid van {label}',
  partial: 'Deels toegestaan',
  undecided: 'Nog niet gekozen',
  cookiesLabel: 'Cookies',
  controllerLabel: 'Verwerkingsverantwoordelijke: {controller}',
  partnersTitle: 'Onze partners',
  exempt: 'Vrijgesteld van toestemming',
} satisfies PendingStrings;
