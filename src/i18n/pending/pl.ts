import type { PendingStrings } from './types.js';

export default {
  intro:
    'Za Twoją zgodą my i nasi partnerzy używamy plików cookie i podobnych technologii w następujących celach: {purposes}. Odmowa nie blokuje dostępu do serwisu, a swoją decyzję możesz w każdej chwili zmienić za pomocą przycisku „Dostosuj wybór”.',
  introController:
    'Za Twoją zgodą {controller} wraz z partnerami używa plików cookie i podobnych technologii w następujących celach: {purposes}. Odmowa nie blokuje dostępu do serwisu, a swoją decyzję możesz w każdej chwili zmienić za pomocą przycisku „Dostosuj wybór”.',
  socialNote: 'Odmowa zgody na media społecznościowe wyłącza też treści osadzone i komentarze.',
  partners: 'Zobacz naszych partnerów ({count})',
  gateAllowService: 'Zezwól na {label}',
  gateServiceText:
    'Ta treść pochodzi z usługi {label}, która może zapisywać pliki cookie w celu „{purpose}”. Pozostanie zablokowana, dopóki nie zezwolisz na {label}.',
  vendorPrivacy: 'Polityka prywatności usługi {label}',
  partial: 'Częściowo dozwolone',
  undecided: 'Bez decyzji',
  cookiesLabel: 'Pliki cookie',
  controllerLabel: 'Administrator danych: {controller}',
  partnersTitle: 'Nasi partnerzy',
  exempt: 'Nie wymaga zgody',
} satisfies PendingStrings;
