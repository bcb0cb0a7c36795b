import type { PendingStrings } from './types.js';

export default {
  partners: 'Нашите партньори ({count})',
  gateAllowService: 'Разрешаване на {label}',
  gateServiceText:
    'Това съдържание идва от {label} и може да поставя бисквитки за „{purpose}“. То остава блокирано, докато не разрешите {label}.',
  vendorPrivacy: 'Политика за поверителност на {label}',
  partial: 'Частично разрешено',
  undecided: 'Без решение',
  cookiesLabel: 'Бисквитки',
  controllerLabel: 'Администратор на данни: {controller}',
  partnersTitle: 'Нашите партньори',
  exempt: 'Освободено от съгласие',
} satisfies PendingStrings;
