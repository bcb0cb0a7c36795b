import type { PendingStrings } from './types.js';

export default {
  intro:
    'Gavę jūsų sutikimą, mes ir mūsų partneriai naudojame slapukus ir panašias technologijas šiais tikslais: {purposes}. Atsisakymas netrukdo jums skaityti svetainės, o savo pasirinkimą galite bet kada pakeisti mygtuku „Tinkinti pasirinkimus“.',
  introController:
    'Su jūsų sutikimu {controller} kartu su savo partneriais naudoja slapukus ir panašias technologijas šiais tikslais: {purposes}. Atsisakymas netrukdo jums skaityti svetainės, o savo pasirinkimą galite bet kada pakeisti mygtuku „Tinkinti pasirinkimus“.',
  socialNote: 'Atsisakius socialinių tinklų, išjungiamas ir įterptasis turinys bei komentavimas.',
  partners: 'Peržiūrėti mūsų partnerius ({count})',
  gateAllowService: 'Leisti {label}',
  gateServiceText:
    'Šį turinį teikia paslauga {label}, kuri gali įrašyti slapukus (tikslas – „{purpose}“). Jis liks užblokuotas, kol neleisite paslaugos {label}.',
  vendorPrivacy: '{label} privatumo politika',
  partial: 'Leidžiama iš dalies',
  undecided: 'Nenuspręsta',
  cookiesLabel: 'Slapukai',
  controllerLabel: 'Duomenų valdytojas: {controller}',
  partnersTitle: 'Mūsų partneriai',
  exempt: 'Sutikimo nereikia',
} satisfies PendingStrings;
