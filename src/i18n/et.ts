import type { Messages } from './messages.js';

export default {
  title: 'Teie küpsisevalikud',
  intro:
    'Teie nõusolekul kasutame meie ja meie partnerid küpsiseid ja sarnaseid tehnoloogiaid järgmistel eesmärkidel: {purposes}. Keeldumine ei takista teil saiti lugeda ning oma otsust saate igal ajal muuta nupuga „Kohanda valikuid“.',
  introController:
    'Teie nõusolekul kasutavad {controller} ja selle partnerid küpsiseid ja sarnaseid tehnoloogiaid järgmistel eesmärkidel: {purposes}. Keeldumine ei takista teil saiti lugeda ning oma otsust saate igal ajal muuta nupuga „Kohanda valikuid“.',
  socialNote: 'Sotsiaalmeediast keeldumine lülitab välja ka manustatud sisu ja kommenteerimise.',
  acceptAll: 'Nõustu kõigiga',
  refuseAll: 'Keeldu kõigist',
  settings: 'Kohanda valikuid',
  privacy: 'Privaatsuspoliitika',
  prefsTitle: 'Kohandage oma valikuid',
  prefsIntro:
    'Lülitage iga eesmärk sisse või välja. Teie valik salvestatakse selles seadmes ja saate seda igal ajal muuta.',
  save: 'Salvesta valikud',
  close: 'Sulge',
  continueWithout: 'Jätka nõustumata',
  reopen: 'Küpsiste seaded',
  saved: 'Teie valik on salvestatud.',
  gpc: 'Teie brauser saadab signaali Global Privacy Control, seega „Nõustu kõigiga“ seda eesmärki sisse ei lülita. Saate selle siin ise sisse lülitada.',
  gateTitle: 'Blokeeritud sisu: {label}',
  gateText:
    'See sisu pärineb kolmanda osapoole teenusest, mis võib salvestada küpsiseid. See jääb blokeerituks, kuni lubate „{label}“.',
  gateAllow: 'Luba „{label}“',
  granted: 'Lubatud',
  refused: 'Keelatud',
  partners: 'Vaata meie partnereid ({count})',
  gateAllowService: 'Luba {label}',
  gateServiceText:
    'See sisu pärineb teenusest {label}, mis võib salvestada küpsiseid eesmärgil „{purpose}“. See jääb blokeerituks, kuni lubate teenuse {label}.',
  vendorPrivacy: 'Teenuse {label} privaatsuspoliitika',
  partial: 'Osaliselt lubatud',
  cookiesLabel: 'Küpsised',
  controllerLabel: 'Vastutav töötleja: {controller}',
  partnersTitle: 'Meie partnerid',
  undecided: 'Otsustamata',
  exempt: 'Ei vaja nõusolekut',
  categories: {
    necessary: [
      'Rangelt vajalikud',
      'Vajalikud saidi toimimiseks (turvalisus, teie valikute meelespidamine). Neid ei saa välja lülitada.',
    ],
    preferences: [
      'Eelistused',
      'Jätavad meelde teie seaded, näiteks keele või kuva, et sait sobiks teie harjumustega.',
    ],
    audience: [
      'Külastatavuse mõõtmine',
      'Aitavad meil mõista, kuidas saiti kasutatakse (vaadatud lehed, liikumine saidil), et saaksime seda parandada.',
    ],
    social: [
      'Sotsiaalmeedia',
      'Võimaldavad näidata sotsiaalmeedia sisu (postitused, videod) ja kommentaariumi. Kui te neist keeldute, lülitatakse see manustatud sisu ja kommenteerimise võimalus välja.',
    ],
    advertising: [
      'Reklaam',
      'Võimaldavad meie partneritel näidata teile teie huvidele vastavaid reklaame ja mõõta nende tõhusust.',
    ],
  },
} satisfies Messages;
