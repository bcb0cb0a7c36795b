import type { PendingStrings } from './types.js';

export default {
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
