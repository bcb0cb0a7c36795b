import type { Messages } from './messages.js';

export default {
  title: 'As suas escolhas sobre cookies',
  intro:
    'Com o seu consentimento, nós e os nossos parceiros utilizamos cookies e tecnologias semelhantes para estas finalidades: {purposes}. Rejeitar não o impede de ler o site e pode mudar de ideias a qualquer momento em «Personalizar escolhas».',
  introController:
    'Com o seu consentimento, {controller} e os seus parceiros utilizam cookies e tecnologias semelhantes para estas finalidades: {purposes}. Rejeitar não o impede de ler o site e pode mudar de ideias a qualquer momento em «Personalizar escolhas».',
  socialNote: 'Rejeitar as redes sociais também desativa os conteúdos incorporados e os comentários.',
  acceptAll: 'Aceitar tudo',
  refuseAll: 'Rejeitar tudo',
  settings: 'Personalizar escolhas',
  privacy: 'Política de privacidade',
  prefsTitle: 'Personalizar as suas escolhas',
  prefsIntro:
    'Ative ou desative cada finalidade. A sua escolha fica guardada neste dispositivo e pode alterá-la a qualquer momento.',
  save: 'Guardar as minhas escolhas',
  close: 'Fechar',
  continueWithout: 'Continuar sem aceitar',
  reopen: 'Definições de cookies',
  saved: 'A sua escolha foi guardada.',
  gpc: 'O seu navegador envia o sinal Global Privacy Control, pelo que «Aceitar tudo» não ativa esta finalidade. Pode, no entanto, ativá-la aqui.',
  gateTitle: 'Conteúdo bloqueado: {label}',
  gateText:
    'Este conteúdo é fornecido por um serviço de terceiros que pode instalar cookies. Fica bloqueado enquanto não permitir «{label}».',
  gateAllow: 'Permitir «{label}»',
  granted: 'Permitido',
  refused: 'Rejeitado',
  partners: 'Ver os nossos parceiros ({count})',
  gateAllowService: 'Permitir {label}',
  gateServiceText:
    'Este conteúdo é fornecido por {label}, que pode instalar cookies para «{purpose}». Fica bloqueado enquanto não permitir {label}.',
  vendorPrivacy: 'Política de privacidade de {label}',
  partial: 'Permitido em parte',
  cookiesLabel: 'Cookies',
  controllerLabel: 'Responsável pelo tratamento: {controller}',
  partnersTitle: 'Os nossos parceiros',
  undecided: 'Por decidir',
  exempt: 'Isento de consentimento',
  categories: {
    necessary: [
      'Estritamente necessários',
      'Indispensáveis ao funcionamento do site (segurança, memorização das suas escolhas). Não podem ser desativados.',
    ],
    preferences: [
      'Preferências',
      'Memorizam as suas definições, como o idioma ou a apresentação, para adaptar o site aos seus hábitos.',
    ],
    audience: [
      'Medição de audiências',
      'Ajudam-nos a perceber como o site é utilizado (páginas vistas, percursos) para o podermos melhorar.',
    ],
    social: [
      'Redes sociais',
      'Permitem apresentar conteúdos de redes sociais (publicações, vídeos) e o espaço de comentários. Se os rejeitar, estes conteúdos incorporados e a possibilidade de deixar comentários ficam desativados.',
    ],
    advertising: [
      'Publicidade',
      'Permitem aos nossos parceiros mostrar-lhe anúncios adaptados aos seus interesses e medir a sua eficácia.',
    ],
  },
} satisfies Messages;
