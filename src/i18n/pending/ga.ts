import type { PendingStrings } from './types.js';

export default {
  intro:
    'Le do thoiliú, úsáidimid, mar aon lenár gcomhpháirtithe, fianáin agus teicneolaíochtaí comhchosúla chun na gcuspóirí seo a leanas: {purposes}. Ní chuireann diúltú cosc ort an suíomh a léamh, agus is féidir leat d’intinn a athrú am ar bith leis an gcnaipe “Saincheap roghanna”.',
  introController:
    'Le do thoiliú, úsáideann {controller}, mar aon le comhpháirtithe, fianáin agus teicneolaíochtaí comhchosúla chun na gcuspóirí seo a leanas: {purposes}. Ní chuireann diúltú cosc ort an suíomh a léamh, agus is féidir leat d’intinn a athrú am ar bith leis an gcnaipe “Saincheap roghanna”.',
  socialNote:
    'Má dhiúltaíonn tú do na meáin shóisialta, díchumasaítear freisin an t-ábhar leabaithe agus na tráchtanna.',
  partners: 'Féach ar ár gcomhpháirtithe ({count})',
  gateAllowService: 'Ceadaigh {label}',
  gateServiceText:
    'Tagann an t-ábhar seo ó {label}, a d’fhéadfadh fianáin a shocrú le haghaidh “{purpose}”. Fanfaidh sé blocáilte go dtí go gceadóidh tú {label}.',
  vendorPrivacy: 'Beartas príobháideachais {label}',
  partial: 'Ceadaithe go páirteach',
  undecided: 'Gan chinneadh',
  cookiesLabel: 'Fianáin',
  controllerLabel: 'Rialaitheoir sonraí: {controller}',
  partnersTitle: 'Ár gcomhpháirtithe',
  exempt: 'Díolmhaithe ó thoiliú',
} satisfies PendingStrings;
