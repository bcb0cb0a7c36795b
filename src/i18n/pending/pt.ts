import type { PendingStrings } from './types.js';

export default {
  intro:
    'Com o seu consentimento, nós e os nossos parceiros utilizamos cookies e tecnologias semelhantes para estas finalidades: {purposes}. Rejeitar não o impede de ler o site e pode mudar de ideias a qualquer momento em «Personalizar escolhas».',
  introController:
    'Com o seu consentimento, {controller} e os seus parceiros utilizam cookies e tecnologias semelhantes para estas finalidades: {purposes}. Rejeitar não o impede de ler o site e pode mudar de ideias a qualquer momento em «Personalizar escolhas».',
  socialNote: 'Rejeitar as redes sociais também desativa os conteúdos incorporados e os comentários.',
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
