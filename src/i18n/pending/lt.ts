import type { PendingStrings } from './types.js';

export default {
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
