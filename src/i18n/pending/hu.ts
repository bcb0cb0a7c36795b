import type { PendingStrings } from './types.js';

export default {
  partners: 'Partnereink megtekintése ({count})',
  gateAllowService: '{label} engedélyezése',
  gateServiceText:
    'Ez a tartalom a következő szolgáltatótól származik: {label}, amely „{purpose}” célból sütiket helyezhet el. Letiltva marad, amíg nem engedélyezi a következőt: {label}.',
  vendorPrivacy: 'Adatvédelmi tájékoztató: {label}',
  partial: 'Részben engedélyezve',
  undecided: 'Nincs döntés',
  cookiesLabel: 'Sütik',
  controllerLabel: 'Adatkezelő: {controller}',
  partnersTitle: 'Partnereink',
  exempt: 'Nem igényel hozzájárulást',
} satisfies PendingStrings;
