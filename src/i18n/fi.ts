import type { Messages } from './messages.js';

export default {
  title: 'Evästevalintasi',
  intro:
    'Suostumuksellasi me ja kumppanimme käytämme evästeitä ja vastaavia tekniikoita seuraaviin käyttötarkoituksiin: {purposes}. Voit lukea sivustoa, vaikka hylkäisit evästeet, ja voit muuttaa valintaasi milloin tahansa kohdasta ”Muokkaa valintoja”.',
  introController:
    'Suostumuksellasi {controller} ja sen kumppanit käyttävät evästeitä ja vastaavia tekniikoita seuraaviin käyttötarkoituksiin: {purposes}. Voit lukea sivustoa, vaikka hylkäisit evästeet, ja voit muuttaa valintaasi milloin tahansa kohdasta ”Muokkaa valintoja”.',
  socialNote: 'Jos hylkäät sosiaalisen median, myös upotettu sisältö ja kommentointi poistuvat käytöstä.',
  acceptAll: 'Hyväksy kaikki',
  refuseAll: 'Hylkää kaikki',
  settings: 'Muokkaa valintoja',
  privacy: 'Tietosuojaseloste',
  prefsTitle: 'Muokkaa valintojasi',
  prefsIntro:
    'Ota kukin käyttötarkoitus käyttöön tai poista se käytöstä. Valintasi tallennetaan tälle laitteelle, ja voit muuttaa sitä milloin tahansa.',
  save: 'Tallenna valinnat',
  close: 'Sulje',
  continueWithout: 'Jatka hyväksymättä',
  reopen: 'Evästeasetukset',
  saved: 'Valintasi on tallennettu.',
  gpc: 'Selaimesi lähettää Global Privacy Control -signaalin, joten ”Hyväksy kaikki” ei ota tätä käyttötarkoitusta käyttöön. Voit ottaa sen käyttöön itse tästä.',
  gateTitle: 'Estetty sisältö: {label}',
  gateText:
    'Sisältö tulee kolmannen osapuolen palvelusta, joka voi tallentaa evästeitä. Se pysyy estettynä, kunnes sallit kohdan ”{label}”.',
  gateAllow: 'Salli ”{label}”',
  granted: 'Sallittu',
  refused: 'Hylätty',
  partners: 'Näytä kumppanimme ({count})',
  gateAllowService: 'Salli {label}',
  gateServiceText:
    'Sisältö tulee palvelusta {label}, joka voi tallentaa evästeitä käyttötarkoitukseen ”{purpose}”. Se pysyy estettynä, kunnes sallit palvelun {label}.',
  vendorPrivacy: 'Palvelun {label} tietosuojaseloste',
  partial: 'Osittain sallittu',
  cookiesLabel: 'Evästeet',
  controllerLabel: 'Rekisterinpitäjä: {controller}',
  partnersTitle: 'Kumppanimme',
  undecided: 'Ei valittu',
  exempt: 'Ei vaadi suostumusta',
  categories: {
    necessary: [
      'Välttämättömät',
      'Näitä tarvitaan sivuston toimintaan (tietoturva, valintojesi muistaminen). Niitä ei voi poistaa käytöstä.',
    ],
    preferences: [
      'Mieltymykset',
      'Muistavat asetuksesi, kuten kielen tai näkymän, jotta sivusto mukautuu tottumuksiisi.',
    ],
    audience: [
      'Kävijämittaus',
      'Auttavat meitä ymmärtämään, miten sivustoa käytetään (katsotut sivut, siirtymät), jotta voimme parantaa sitä.',
    ],
    social: [
      'Sosiaalinen media',
      'Mahdollistavat sosiaalisen median sisältöjen (julkaisut, videot) ja kommenttiosion näyttämisen. Jos hylkäät ne, nämä upotetut sisällöt ja mahdollisuus kirjoittaa kommentteja poistetaan käytöstä.',
    ],
    advertising: [
      'Mainonta',
      'Antavat kumppaneidemme näyttää sinulle kiinnostuksen kohteisiisi sopivia mainoksia ja mitata niiden tehoa.',
    ],
  },
} satisfies Messages;
