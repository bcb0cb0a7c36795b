import type { Messages } from './messages.js';

export default {
  title: 'Jūsų pasirinkimas dėl slapukų',
  intro:
    'Gavę jūsų sutikimą, mes ir mūsų partneriai naudojame slapukus ir panašias technologijas šiais tikslais: {purposes}. Atsisakymas netrukdo jums skaityti svetainės, o savo pasirinkimą galite bet kada pakeisti mygtuku „Tinkinti pasirinkimus“.',
  introController:
    'Su jūsų sutikimu {controller} kartu su savo partneriais naudoja slapukus ir panašias technologijas šiais tikslais: {purposes}. Atsisakymas netrukdo jums skaityti svetainės, o savo pasirinkimą galite bet kada pakeisti mygtuku „Tinkinti pasirinkimus“.',
  socialNote: 'Atsisakius socialinių tinklų, išjungiamas ir įterptasis turinys bei komentavimas.',
  acceptAll: 'Priimti visus',
  refuseAll: 'Atmesti visus',
  settings: 'Tinkinti pasirinkimus',
  privacy: 'Privatumo politika',
  prefsTitle: 'Tinkinkite savo pasirinkimus',
  prefsIntro:
    'Įjunkite arba išjunkite kiekvieną tikslą. Jūsų pasirinkimas išsaugomas šiame įrenginyje, ir jį galite bet kada pakeisti.',
  save: 'Išsaugoti pasirinkimus',
  close: 'Uždaryti',
  continueWithout: 'Tęsti be sutikimo',
  reopen: 'Slapukų nustatymai',
  saved: 'Jūsų pasirinkimas išsaugotas.',
  gpc: 'Jūsų naršyklė siunčia signalą Global Privacy Control, todėl „Priimti visus“ šio tikslo neįjungia. Jį galite įjungti čia patys.',
  gateTitle: 'Užblokuotas turinys: {label}',
  gateText:
    'Šį turinį teikia trečiosios šalies paslauga, kuri gali įrašyti slapukus. Jis liks užblokuotas, kol neleisite „{label}“.',
  gateAllow: 'Leisti „{label}“',
  granted: 'Leidžiama',
  refused: 'Atmesta',
  partners: 'Peržiūrėti mūsų partnerius ({count})',
  gateAllowService: 'Leisti {label}',
  gateServiceText:
    'Šį turinį teikia paslauga {label}, kuri gali įrašyti slapukus (tikslas – „{purpose}“). Jis liks užblokuotas, kol neleisite paslaugos {label}.',
  vendorPrivacy: '{label} privatumo politika',
  partial: 'Leidžiama iš dalies',
  cookiesLabel: 'Slapukai',
  controllerLabel: 'Duomenų valdytojas: {controller}',
  partnersTitle: 'Mūsų partneriai',
  undecided: 'Nenuspręsta',
  exempt: 'Sutikimo nereikia',
  categories: {
    necessary: [
      'Būtinieji',
      'Reikalingi svetainei veikti (saugumas, jūsų pasirinkimų įsiminimas). Jų negalima išjungti.',
    ],
    preferences: [
      'Nuostatos',
      'Įsimena jūsų nustatymus, pvz., kalbą ar rodinį, kad svetainė būtų pritaikyta jūsų įpročiams.',
    ],
    audience: [
      'Lankomumo matavimas',
      'Padeda mums suprasti, kaip naudojamasi svetaine (peržiūrėti puslapiai, naršymo keliai), kad galėtume ją tobulinti.',
    ],
    social: [
      'Socialiniai tinklai',
      'Leidžia rodyti socialinių tinklų turinį (įrašus, vaizdo įrašus) ir komentarų skiltį. Jei juos atmesite, šis įterptas turinys ir galimybė rašyti komentarus bus išjungti.',
    ],
    advertising: [
      'Reklama',
      'Leidžia mūsų partneriams rodyti jums jūsų pomėgius atitinkančias reklamas ir vertinti jų veiksmingumą.',
    ],
  },
} satisfies Messages;
