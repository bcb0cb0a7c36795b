import type { Messages } from './messages.js';

export default {
  title: 'Dine valg om cookies',
  intro:
    'Med dit samtykke bruger vi og vores partnere cookies og lignende teknologier til følgende formål: {purposes}. Hvis du afviser, kan du stadig læse webstedet, og du kan til enhver tid ændre dit valg via »Tilpas valg«.',
  introController:
    'Med dit samtykke bruger {controller} og samarbejdspartnere cookies og lignende teknologier til følgende formål: {purposes}. Hvis du afviser, kan du stadig læse webstedet, og du kan til enhver tid ændre dit valg via »Tilpas valg«.',
  socialNote: 'Hvis du afviser sociale medier, slås indlejret indhold og kommentarer også fra.',
  acceptAll: 'Accepter alle',
  refuseAll: 'Afvis alle',
  settings: 'Tilpas valg',
  privacy: 'Privatlivspolitik',
  prefsTitle: 'Tilpas dine valg',
  prefsIntro: 'Slå hvert formål til eller fra. Dit valg gemmes på denne enhed, og du kan til enhver tid ændre det.',
  save: 'Gem mine valg',
  close: 'Luk',
  continueWithout: 'Fortsæt uden at acceptere',
  reopen: 'Cookieindstillinger',
  saved: 'Dit valg er gemt.',
  gpc: 'Din browser sender signalet Global Privacy Control, så »Accepter alle« slår ikke dette formål til. Du kan selv slå det til her.',
  gateTitle: 'Blokeret indhold: {label}',
  gateText:
    'Dette indhold kommer fra en tredjepartstjeneste, der kan sætte cookies. Det forbliver blokeret, indtil du tillader »{label}«.',
  gateAllow: 'Tillad »{label}«',
  granted: 'Tilladt',
  refused: 'Afvist',
  partners: 'Se vores partnere ({count})',
  gateAllowService: 'Tillad {label}',
  gateServiceText:
    'Dette indhold kommer fra {label}, som kan sætte cookies til formålet »{purpose}«. Det forbliver blokeret, indtil du tillader {label}.',
  vendorPrivacy: 'Privatlivspolitik for {label}',
  partial: 'Delvist tilladt',
  cookiesLabel: 'Cookies',
  controllerLabel: 'Dataansvarlig: {controller}',
  partnersTitle: 'Vores partnere',
  undecided: 'Ikke valgt',
  exempt: 'Undtaget fra samtykke',
  categories: {
    necessary: [
      'Strengt nødvendige',
      'Nødvendige for, at webstedet fungerer (sikkerhed, lagring af dine valg). De kan ikke slås fra.',
    ],
    preferences: [
      'Præferencer',
      'Husker dine indstillinger, f.eks. sprog eller visning, så webstedet tilpasses dine vaner.',
    ],
    audience: [
      'Besøgsstatistik',
      'Hjælper os med at forstå, hvordan webstedet bruges (viste sider, vej gennem webstedet), så vi kan forbedre det.',
    ],
    social: [
      'Sociale medier',
      'Gør det muligt at vise indhold fra sociale medier (opslag, videoer) og kommentarfeltet. Hvis du afviser dem, slås dette indlejrede indhold og muligheden for at skrive kommentarer fra.',
    ],
    advertising: [
      'Annoncering',
      'Giver vores partnere mulighed for at vise dig annoncer, der passer til dine interesser, og måle, hvor godt de virker.',
    ],
  },
} satisfies Messages;
