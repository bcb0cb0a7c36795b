import type { Messages } from './messages.js';

export default {
  title: 'Uw cookiekeuzes',
  intro:
    'Met uw toestemming gebruiken wij en onze partners cookies en vergelijkbare technieken voor deze doeleinden: {purposes}. Als u weigert, kunt u de site gewoon lezen, en u kunt uw keuze altijd wijzigen via ‘Instellingen aanpassen’.',
  introController:
    'Met uw toestemming gebruiken {controller} en partners cookies en vergelijkbare technieken voor deze doeleinden: {purposes}. Als u weigert, kunt u de site gewoon lezen, en u kunt uw keuze altijd wijzigen via ‘Instellingen aanpassen’.',
  socialNote: 'Als u sociale media weigert, worden ook ingesloten inhoud en reacties uitgeschakeld.',
  acceptAll: 'Alles accepteren',
  refuseAll: 'Alles weigeren',
  settings: 'Instellingen aanpassen',
  privacy: 'Privacybeleid',
  prefsTitle: 'Uw keuzes aanpassen',
  prefsIntro: 'Zet elk doel aan of uit. Uw keuze wordt op dit apparaat bewaard en u kunt die op elk moment wijzigen.',
  save: 'Mijn keuzes opslaan',
  close: 'Sluiten',
  continueWithout: 'Doorgaan zonder te accepteren',
  reopen: 'Cookie-instellingen',
  saved: 'Uw keuze is opgeslagen.',
  gpc: 'Uw browser verstuurt het signaal Global Privacy Control, dus ‘Alles accepteren’ zet dit doel niet aan. U kunt het hier zelf aanzetten.',
  gateTitle: 'Geblokkeerde inhoud: {label}',
  gateText:
    'Deze inhoud komt van een externe dienst die cookies kan plaatsen. De inhoud blijft geblokkeerd totdat u ‘{label}’ toestaat.',
  gateAllow: '‘{label}’ toestaan',
  granted: 'Toegestaan',
  refused: 'Geweigerd',
  partners: 'Onze partners bekijken ({count})',
  gateAllowService: '{label} toestaan',
  gateServiceText:
    'Deze inhoud komt van {label} en kan cookies plaatsen voor ‘{purpose}’. De inhoud blijft geblokkeerd totdat u {label} toestaat.',
  vendorPrivacy: 'Privacybeleid van {label}',
  partial: 'Deels toegestaan',
  cookiesLabel: 'Cookies',
  controllerLabel: 'Verwerkingsverantwoordelijke: {controller}',
  partnersTitle: 'Onze partners',
  undecided: 'Nog niet gekozen',
  exempt: 'Vrijgesteld van toestemming',
  categories: {
    necessary: [
      'Strikt noodzakelijk',
      'Nodig om de site te laten werken (beveiliging, onthouden van uw keuzes). Deze cookies kunnen niet worden uitgezet.',
    ],
    preferences: [
      'Voorkeuren',
      'Hiermee onthoudt de site uw instellingen, zoals taal of weergave, zodat die aansluit bij uw gewoonten.',
    ],
    audience: [
      'Bezoekersstatistieken',
      'Hiermee begrijpen we hoe de site wordt gebruikt (bekeken pagina’s, routes), zodat we die kunnen verbeteren.',
    ],
    social: [
      'Sociale media',
      'Hiermee kunnen inhoud van sociale media (berichten, video’s) en het reactiegedeelte worden getoond. Als u deze cookies weigert, worden die ingesloten inhoud en de mogelijkheid om reacties te plaatsen uitgezet.',
    ],
    advertising: [
      'Advertenties',
      'Hiermee kunnen onze partners u advertenties tonen die bij uw interesses passen, en meten hoe goed die werken.',
    ],
  },
} satisfies Messages;
