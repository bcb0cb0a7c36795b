import type { PendingStrings } from './types.js';

export default {
  intro:
    'Teie nõusolekul kasutame meie ja meie partnerid küpsiseid ja sarnaseid tehnoloogiaid järgmistel eesmärkidel: {purposes}. Keeldumine ei takista teil saiti lugeda ning oma otsust saate igal ajal muuta nupuga „Kohanda valikuid“.',
  introController:
    'Teie nõusolekul kasutavad {controller} ja selle partnerid küpsiseid ja sarnaseid tehnoloogiaid järgmistel eesmärkidel: {purposes}. Keeldumine ei takista teil saiti lugeda ning oma otsust saate igal ajal muuta nupuga „Kohanda valikuid“.',
  socialNote: 'Sotsiaalmeediast keeldumine lülitab välja ka manustatud sisu ja kommenteerimise.',
  partners: 'Vaata meie partnereid ({count})',
  gateAllowService: 'Luba {label}',
  gateServiceText:
    'See sisu pärineb teenusest {label}, mis võib salvestada küpsiseid eesmärgil „{purpose}“. See jääb blokeerituks, kuni lubate teenuse {label}.',
  vendorPrivacy: 'Teenuse {label} privaatsuspoliitika',
  partial: 'Osaliselt lubatud',
  undecided: 'Otsustamata',
  cookiesLabel: 'Küpsised',
  controllerLabel: 'Vastutav töötleja: {controller}',
  partnersTitle: 'Meie partnerid',
  exempt: 'Ei vaja nõusolekut',
} satisfies PendingStrings;
