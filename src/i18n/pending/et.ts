import type { PendingStrings } from './types.js';

export default {
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
