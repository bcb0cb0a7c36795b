import type { PendingStrings } from './types.js';

export default {
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
