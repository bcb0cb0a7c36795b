import type { PendingStrings } from './types.js';

export default {
  partners: 'Se vores partnere ({count})',
  gateAllowService: 'Tillad {label}',
  gateServiceText:
    'Dette indhold kommer fra {label}, som kan sætte cookies til formålet »{purpose}«. Det forbliver blokeret, indtil du tillader {label}.',
  vendorPrivacy: 'Privatlivspolitik for {label}',
  partial: 'Delvist tilladt',
  undecided: 'Ikke valgt',
  cookiesLabel: 'Cookies',
  controllerLabel: 'Dataansvarlig: {controller}',
  partnersTitle: 'Vores partnere',
  exempt: 'Undtaget fra samtykke',
} satisfies PendingStrings;
