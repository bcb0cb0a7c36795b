import type { PendingStrings } from './types.js';

export default {
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
