import type { PendingStrings } from './types.js';

export default {
  intro:
    'Suostumuksellasi me ja kumppanimme käytämme evästeitä ja vastaavia tekniikoita seuraaviin käyttötarkoituksiin: {purposes}. Voit lukea sivustoa, vaikka hylkäisit evästeet, ja voit muuttaa valintaasi milloin tahansa kohdasta ”Muokkaa valintoja”.',
  introController:
    'Suostumuksellasi {controller} ja sen kumppanit käyttävät evästeitä ja vastaavia tekniikoita seuraaviin käyttötarkoituksiin: {purposes}. Voit lukea sivustoa, vaikka hylkäisit evästeet, ja voit muuttaa valintaasi milloin tahansa kohdasta ”Muokkaa valintoja”.',
  socialNote: 'Jos hylkäät sosiaalisen median, myös upotettu sisältö ja kommentointi poistuvat käytöstä.',
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
