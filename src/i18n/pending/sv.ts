import type { PendingStrings } from './types.js';

export default {
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
