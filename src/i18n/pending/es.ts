import type { PendingStrings } from './types.js';

export default {
  partners: 'Ver nuestros socios ({count})',
  gateAllowService: 'Permitir {label}',
  gateServiceText:
    'Este contenido procede de {label}, que puede instalar cookies para «{purpose}». Seguirá bloqueado mientras no permita {label}.',
  vendorPrivacy: 'Política de privacidad de {label}',
  partial: 'Permitido en parte',
  undecided: 'Sin decidir',
  cookiesLabel: 'Cookies',
  controllerLabel: 'Responsable del tratamiento: {controller}',
  partnersTitle: 'Nuestros socios',
  exempt: 'Exento de consentimiento',
} satisfies PendingStrings;
