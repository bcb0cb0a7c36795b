import type { PendingStrings } from './types.js';

export default {
  partners: 'Ver os nossos parceiros ({count})',
  gateAllowService: 'Permitir {label}',
  gateServiceText:
    'Este conteúdo é fornecido por {label}, que pode instalar cookies para «{purpose}». Fica bloqueado enquanto não permitir {label}.',
  vendorPrivacy: 'Política de privacidade de {label}',
  partial: 'Permitido em parte',
  undecided: 'Por decidir',
  cookiesLabel: 'Cookies',
  controllerLabel: 'Responsável pelo tratamento: {controller}',
  partnersTitle: 'Os nossos parceiros',
  exempt: 'Isento de consentimento',
} satisfies PendingStrings;
