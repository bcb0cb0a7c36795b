import type { PendingStrings } from './types.js';

export default {
  partners: 'Näytä kumppanimme ({count})',
  gateAllowService: 'Salli {label}',
  gateServiceText:
    'Sisältö tulee palvelusta {label}, joka voi tallentaa evästeitä käyttötarkoitukseen ”{purpose}”. Se pysyy estettynä, kunnes sallit palvelun {label}.',
  vendorPrivacy: 'Palvelun {label} tietosuojaseloste',
  partial: 'Osittain sallittu',
  undecided: 'Ei valittu',
  cookiesLabel: 'Evästeet',
  controllerLabel: 'Rekisterinpitäjä: {controller}',
  partnersTitle: 'Kumppanimme',
  exempt: 'Ei vaadi suostumusta',
} satisfies PendingStrings;
