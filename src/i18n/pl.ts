import type { Messages } from './messages.js';

export default {
  title: 'Twój wybór dotyczący plików cookie',
  intro:
    'Za Twoją zgodą my i nasi partnerzy używamy plików cookie i podobnych technologii w następujących celach: {purposes}. Odmowa nie blokuje dostępu do serwisu, a swoją decyzję możesz w każdej chwili zmienić za pomocą przycisku „Dostosuj wybór”.',
  introController:
    'Za Twoją zgodą {controller} wraz z partnerami używa plików cookie i podobnych technologii w następujących celach: {purposes}. Odmowa nie blokuje dostępu do serwisu, a swoją decyzję możesz w każdej chwili zmienić za pomocą przycisku „Dostosuj wybór”.',
  socialNote: 'Odmowa zgody na media społecznościowe wyłącza też treści osadzone i komentarze.',
  acceptAll: 'Zaakceptuj wszystko',
  refuseAll: 'Odrzuć wszystko',
  settings: 'Dostosuj wybór',
  privacy: 'Polityka prywatności',
  prefsTitle: 'Dostosuj swój wybór',
  prefsIntro:
    'Włącz lub wyłącz poszczególne cele. Twój wybór zostanie zapisany na tym urządzeniu i możesz go zmienić w każdej chwili.',
  save: 'Zapisz mój wybór',
  close: 'Zamknij',
  continueWithout: 'Kontynuuj bez akceptacji',
  reopen: 'Ustawienia plików cookie',
  saved: 'Twój wybór został zapisany.',
  gpc: 'Twoja przeglądarka wysyła sygnał Global Privacy Control, dlatego „Zaakceptuj wszystko” nie włącza tego celu. Możesz włączyć go tutaj samodzielnie.',
  gateTitle: 'Zablokowana treść: {label}',
  gateText:
    'Ta treść pochodzi z zewnętrznej usługi, która może zapisywać pliki cookie. Pozostanie zablokowana, dopóki nie zezwolisz na „{label}”.',
  gateAllow: 'Zezwól na „{label}”',
  granted: 'Dozwolone',
  refused: 'Odrzucone',
  partners: 'Zobacz naszych partnerów ({count})',
  gateAllowService: 'Zezwól na {label}',
  gateServiceText:
    'Ta treść pochodzi z usługi {label}, która może zapisywać pliki cookie w celu „{purpose}”. Pozostanie zablokowana, dopóki nie zezwolisz na {label}.',
  vendorPrivacy: 'Polityka prywatności usługi {label}',
  partial: 'Częściowo dozwolone',
  cookiesLabel: 'Pliki cookie',
  controllerLabel: 'Administrator danych: {controller}',
  partnersTitle: 'Nasi partnerzy',
  undecided: 'Bez decyzji',
  exempt: 'Nie wymaga zgody',
  categories: {
    necessary: [
      'Ściśle niezbędne',
      'Konieczne do działania serwisu (bezpieczeństwo, zapamiętanie Twoich wyborów). Nie można ich wyłączyć.',
    ],
    preferences: [
      'Preferencje',
      'Zapamiętują Twoje ustawienia, np. język lub wygląd, aby dopasować serwis do Twoich przyzwyczajeń.',
    ],
    audience: [
      'Statystyki odwiedzin',
      'Pomagają nam zrozumieć, jak serwis jest używany (wyświetlone strony, ścieżki), abyśmy mogli go ulepszać.',
    ],
    social: [
      'Media społecznościowe',
      'Umożliwiają wyświetlanie treści z mediów społecznościowych (posty, filmy) i sekcji komentarzy. Jeśli je odrzucisz, te osadzone treści i możliwość dodawania komentarzy zostaną wyłączone.',
    ],
    advertising: [
      'Reklama',
      'Pozwalają naszym partnerom wyświetlać Ci reklamy dopasowane do Twoich zainteresowań i mierzyć ich skuteczność.',
    ],
  },
} satisfies Messages;
