import type { Messages } from './messages.js';

export default {
  title: 'Az Ön döntése a sütikről',
  intro:
    'Az Ön hozzájárulásával mi és partnereink sütiket és hasonló technológiákat használunk a következő célokra: {purposes}. Az elutasítás nem akadályozza Önt a webhely olvasásában, és döntését bármikor megváltoztathatja a „Beállítások módosítása” gombbal.',
  introController:
    'Az Ön hozzájárulásával {controller} és partnerei sütiket és hasonló technológiákat használnak a következő célokra: {purposes}. Az elutasítás nem akadályozza Önt a webhely olvasásában, és döntését bármikor megváltoztathatja a „Beállítások módosítása” gombbal.',
  socialNote: 'A közösségi média elutasítása a beágyazott tartalmakat és a hozzászólást is kikapcsolja.',
  acceptAll: 'Összes elfogadása',
  refuseAll: 'Összes elutasítása',
  settings: 'Beállítások módosítása',
  privacy: 'Adatvédelmi tájékoztató',
  prefsTitle: 'Beállítások módosítása',
  prefsIntro: 'Kapcsolja be vagy ki az egyes célokat. Döntését ezen az eszközön tároljuk, és bármikor módosíthatja.',
  save: 'Beállítások mentése',
  close: 'Bezárás',
  continueWithout: 'Folytatás elfogadás nélkül',
  reopen: 'Sütibeállítások',
  saved: 'Döntését elmentettük.',
  gpc: 'Böngészője Global Privacy Control jelzést küld, ezért az „Összes elfogadása” nem kapcsolja be ezt a célt. Itt azonban saját maga bekapcsolhatja.',
  gateTitle: 'Letiltott tartalom: {label}',
  gateText:
    'Ez a tartalom egy külső szolgáltatótól származik, amely sütiket helyezhet el. Letiltva marad, amíg nem engedélyezi a következőt: „{label}”.',
  gateAllow: '„{label}” engedélyezése',
  granted: 'Engedélyezve',
  refused: 'Elutasítva',
  partners: 'Partnereink megtekintése ({count})',
  gateAllowService: '{label} engedélyezése',
  gateServiceText:
    'Ez a tartalom a következő szolgáltatótól származik: {label}, amely „{purpose}” célból sütiket helyezhet el. Letiltva marad, amíg nem engedélyezi a következőt: {label}.',
  vendorPrivacy: 'Adatvédelmi tájékoztató: {label}',
  partial: 'Részben engedélyezve',
  cookiesLabel: 'Sütik',
  controllerLabel: 'Adatkezelő: {controller}',
  partnersTitle: 'Partnereink',
  undecided: 'Nincs döntés',
  exempt: 'Nem igényel hozzájárulást',
  categories: {
    necessary: [
      'Feltétlenül szükséges',
      'A webhely működéséhez szükségesek (biztonság, döntései megjegyzése). Nem kapcsolhatók ki.',
    ],
    preferences: [
      'Preferenciák',
      'Megjegyzik beállításait, például a nyelvet vagy a megjelenítést, hogy a webhely az Ön szokásaihoz igazodjon.',
    ],
    audience: [
      'Látogatottságmérés',
      'Segítenek megérteni, hogyan használják a webhelyet (megtekintett oldalak, útvonalak), hogy fejleszthessük.',
    ],
    social: [
      'Közösségi média',
      'Lehetővé teszik a közösségi médiából származó tartalmak (bejegyzések, videók) és a hozzászólások megjelenítését. Ha elutasítja őket, ezeket a beágyazott tartalmakat és a hozzászólás lehetőségét kikapcsoljuk.',
    ],
    advertising: [
      'Hirdetések',
      'Lehetővé teszik partnereink számára, hogy az Ön érdeklődésének megfelelő hirdetéseket jelenítsenek meg, és mérjék azok hatékonyságát.',
    ],
  },
} satisfies Messages;
