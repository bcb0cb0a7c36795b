import type { PendingStrings } from './types.js';

export default {
  intro:
    'Med dit samtykke bruger vi og vores partnere cookies og lignende teknologier til følgende formål: {purposes}. Hvis du afviser, kan du stadig læse webstedet, og du kan til enhver tid ændre dit valg via »Tilpas valg«.',
  introController:
    'Med dit samtykke bruger {controller} og samarbejdspartnere cookies og lignende teknologier til følgende formål: {purposes}. Hvis du afviser, kan du stadig læse webstedet, og du kan til enhver tid ændre dit valg via »Tilpas valg«.',
  socialNote: 'Hvis du afviser sociale medier, slås indlejret indhold og kommentarer også fra.',
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
