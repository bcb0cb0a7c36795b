import type { Messages } from './messages.js';

export default {
  title: 'Jūsu izvēle par sīkdatnēm',
  intro:
    'Ar jūsu piekrišanu mēs un mūsu partneri izmantojam sīkdatnes un līdzīgas tehnoloģijas šādiem nolūkiem: {purposes}. Atteikums netraucē jums lasīt vietni, un savu izvēli varat jebkurā laikā mainīt ar pogu „Pielāgot izvēli”.',
  introController:
    'Ar jūsu piekrišanu {controller} kopā ar saviem partneriem izmanto sīkdatnes un līdzīgas tehnoloģijas šādiem nolūkiem: {purposes}. Atteikums netraucē jums lasīt vietni, un savu izvēli varat jebkurā laikā mainīt ar pogu „Pielāgot izvēli”.',
  socialNote: 'Atsakoties no sociālajiem tīkliem, tiek izslēgti arī iegultie materiāli un komentāri.',
  acceptAll: 'Pieņemt visu',
  refuseAll: 'Noraidīt visu',
  settings: 'Pielāgot izvēli',
  privacy: 'Privātuma politika',
  prefsTitle: 'Pielāgojiet savu izvēli',
  prefsIntro:
    'Ieslēdziet vai izslēdziet katru nolūku. Jūsu izvēle tiek saglabāta šajā ierīcē, un to var jebkurā laikā mainīt.',
  save: 'Saglabāt izvēli',
  close: 'Aizvērt',
  continueWithout: 'Turpināt bez piekrišanas',
  reopen: 'Sīkdatņu iestatījumi',
  saved: 'Jūsu izvēle ir saglabāta.',
  gpc: 'Jūsu pārlūkprogramma sūta signālu Global Privacy Control, tāpēc „Pieņemt visu” šo nolūku neieslēdz. Jūs to varat ieslēgt šeit.',
  gateTitle: 'Bloķēts saturs: {label}',
  gateText:
    'Šis saturs nāk no trešās puses pakalpojuma, kas var saglabāt sīkdatnes. Tas paliek bloķēts, līdz atļaujat „{label}”.',
  gateAllow: 'Atļaut „{label}”',
  granted: 'Atļauts',
  refused: 'Noraidīts',
  partners: 'Skatīt mūsu partnerus ({count})',
  gateAllowService: 'Atļaut {label}',
  gateServiceText:
    'Šis saturs nāk no pakalpojuma {label}, kas var saglabāt sīkdatnes nolūkam „{purpose}”. Tas paliek bloķēts, līdz atļaujat pakalpojumu {label}.',
  vendorPrivacy: '{label} privātuma politika',
  partial: 'Daļēji atļauts',
  cookiesLabel: 'Sīkdatnes',
  controllerLabel: 'Pārzinis: {controller}',
  partnersTitle: 'Mūsu partneri',
  undecided: 'Nav izlemts',
  exempt: 'Piekrišana nav vajadzīga',
  categories: {
    necessary: [
      'Absolūti nepieciešamās',
      'Vajadzīgas vietnes darbībai (drošība, jūsu izvēles saglabāšana). Tās nevar izslēgt.',
    ],
    preferences: [
      'Preferences',
      'Atceras jūsu iestatījumus, piemēram, valodu vai attēlojumu, lai pielāgotu vietni jūsu paradumiem.',
    ],
    audience: [
      'Apmeklējuma mērīšana',
      'Palīdz mums saprast, kā vietne tiek lietota (skatītās lapas, pārvietošanās), lai to uzlabotu.',
    ],
    social: [
      'Sociālie tīkli',
      'Ļauj rādīt sociālo tīklu saturu (ierakstus, video) un komentāru sadaļu. Ja tās noraidāt, šis iegultais saturs un iespēja atstāt komentārus tiek izslēgti.',
    ],
    advertising: [
      'Reklāma',
      'Ļauj mūsu partneriem rādīt jums jūsu interesēm atbilstošas reklāmas un mērīt to efektivitāti.',
    ],
  },
} satisfies Messages;
