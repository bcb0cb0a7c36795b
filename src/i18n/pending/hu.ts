import type { PendingStrings } from './types.js';

export default {
  intro:
    'Az Ön hozzájárulásával mi és partnereink sütiket és hasonló technológiákat használunk a következő célokra: {purposes}. Az elutasítás nem akadályozza Önt a webhely olvasásában, és döntését bármikor megváltoztathatja a „Beállítások módosítása” gombbal.',
  introController:
    'Az Ön hozzájárulásával {controller} és partnerei sütiket és hasonló technológiákat használnak a következő célokra: {purposes}. Az elutasítás nem akadályozza Önt a webhely olvasásában, és döntését bármikor megváltoztathatja a „Beállítások módosítása” gombbal.',
  socialNote: 'A közösségi média elutasítása a beágyazott tartalmakat és a hozzászólást is kikapcsolja.',
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
