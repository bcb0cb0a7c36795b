import type { PendingStrings } from './types.js';

export default {
  intro:
    'Ar jūsu piekrišanu mēs un mūsu partneri izmantojam sīkdatnes un līdzīgas tehnoloģijas šādiem nolūkiem: {purposes}. Atteikums netraucē jums lasīt vietni, un savu izvēli varat jebkurā laikā mainīt ar pogu „Pielāgot izvēli”.',
  introController:
    'Ar jūsu piekrišanu {controller} kopā ar saviem partneriem izmanto sīkdatnes un līdzīgas tehnoloģijas šādiem nolūkiem: {purposes}. Atteikums netraucē jums lasīt vietni, un savu izvēli varat jebkurā laikā mainīt ar pogu „Pielāgot izvēli”.',
  socialNote: 'Atsakoties no sociālajiem tīkliem, tiek izslēgti arī iegultie materiāli un komentāri.',
  partners: 'Skatīt mūsu partnerus ({count})',
  gateAllowService: 'Atļaut {label}',
  gateServiceText:
    'Šis saturs nāk no pakalpojuma {label}, kas var saglabāt sīkdatnes nolūkam „{purpose}”. Tas paliek bloķēts, līdz atļaujat pakalpojumu {label}.',
  vendorPrivacy: '{label} privātuma politika',
  partial: 'Daļēji atļauts',
  undecided: 'Nav izlemts',
  cookiesLabel: 'Sīkdatnes',
  controllerLabel: 'Pārzinis: {controller}',
  partnersTitle: 'Mūsu partneri',
  exempt: 'Piekrišana nav vajadzīga',
} satisfies PendingStrings;
