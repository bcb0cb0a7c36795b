import type { Messages } from './messages.js';

export default {
  title: 'Do roghanna maidir le fianáin',
  intro:
    'Le do thoiliú, úsáidimid, mar aon lenár gcomhpháirtithe, fianáin agus teicneolaíochtaí comhchosúla chun na gcuspóirí seo a leanas: {purposes}. Ní chuireann diúltú cosc ort an suíomh a léamh, agus is féidir leat d’intinn a athrú am ar bith leis an gcnaipe “Saincheap roghanna”.',
  introController:
    'Le do thoiliú, úsáideann {controller}, mar aon le comhpháirtithe, fianáin agus teicneolaíochtaí comhchosúla chun na gcuspóirí seo a leanas: {purposes}. Ní chuireann diúltú cosc ort an suíomh a léamh, agus is féidir leat d’intinn a athrú am ar bith leis an gcnaipe “Saincheap roghanna”.',
  socialNote:
    'Má dhiúltaíonn tú do na meáin shóisialta, díchumasaítear freisin an t-ábhar leabaithe agus na tráchtanna.',
  acceptAll: 'Glac le gach rud',
  refuseAll: 'Diúltaigh do gach rud',
  settings: 'Saincheap roghanna',
  privacy: 'Beartas príobháideachais',
  prefsTitle: 'Saincheap do roghanna',
  prefsIntro:
    'Cas gach cuspóir air nó as. Coinnítear do rogha ar an ngléas seo agus is féidir leat í a athrú am ar bith.',
  save: 'Sábháil mo roghanna',
  close: 'Dún',
  continueWithout: 'Lean ar aghaidh gan glacadh le fianáin',
  reopen: 'Socruithe fianán',
  saved: 'Sábháladh do rogha.',
  gpc: 'Seolann do bhrabhsálaí an comhartha Global Privacy Control, mar sin ní chasann “Glac le gach rud” an cuspóir seo air. Is féidir leat féin é a chasadh air anseo.',
  gateTitle: 'Ábhar blocáilte: {label}',
  gateText:
    'Tagann an t-ábhar seo ó sheirbhís tríú páirtí a d’fhéadfadh fianáin a shocrú. Fanfaidh sé blocáilte go dtí go gceadóidh tú “{label}”.',
  gateAllow: 'Ceadaigh “{label}”',
  granted: 'Ceadaithe',
  refused: 'Diúltaithe',
  partners: 'Féach ar ár gcomhpháirtithe ({count})',
  gateAllowService: 'Ceadaigh {label}',
  gateServiceText:
    'Tagann an t-ábhar seo ó {label}, a d’fhéadfadh fianáin a shocrú le haghaidh “{purpose}”. Fanfaidh sé blocáilte go dtí go gceadóidh tú {label}.',
  vendorPrivacy: 'Beartas príobháideachais {label}',
  partial: 'Ceadaithe go páirteach',
  cookiesLabel: 'Fianáin',
  controllerLabel: 'Rialaitheoir sonraí: {controller}',
  partnersTitle: 'Ár gcomhpháirtithe',
  undecided: 'Gan chinneadh',
  exempt: 'Díolmhaithe ó thoiliú',
  categories: {
    necessary: [
      'Fíor-riachtanach',
      'Teastaíonn siad chun go n-oibreoidh an suíomh (slándáil, cuimhneamh ar do roghanna). Ní féidir iad a chasadh as.',
    ],
    preferences: [
      'Sainroghanna',
      'Cuimhníonn siad ar do shocruithe, mar shampla an teanga nó an taispeáint, chun an suíomh a chur in oiriúint do do nósanna.',
    ],
    audience: [
      'Anailísíocht',
      'Cabhraíonn siad linn a thuiscint conas a úsáidtear an suíomh (amhairc leathanaigh, bealaí tríd an suíomh) ionas gur féidir linn é a fheabhsú.',
    ],
    social: [
      'Meáin shóisialta',
      'Ligeann siad dúinn ábhar ó na meáin shóisialta (postálacha, físeáin) agus an rannán tráchtanna a thaispeáint. Má dhiúltaíonn tú dóibh, casfar as an t-ábhar leabaithe sin agus an deis trácht a fhágáil.',
    ],
    advertising: [
      'Fógraíocht',
      'Ligeann siad dár gcomhpháirtithe fógraí a oireann do do spéiseanna a thaispeáint duit, agus a n-éifeachtacht a thomhas.',
    ],
  },
} satisfies Messages;
