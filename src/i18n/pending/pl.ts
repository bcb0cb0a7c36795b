import type { PendingStrings } from './types.js';

export default {
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
