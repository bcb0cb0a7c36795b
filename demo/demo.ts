import '../src/index.js';

const log = document.querySelector<HTMLOListElement>('#event-log')!;
const banner = document.querySelector('consent-banner')!;

// The live log shows exactly what a site script receives.
for (const type of ['consent-ready', 'consent-change'] as const) {
  document.addEventListener(type, (event) => {
    const item = document.createElement('li');
    item.textContent = `${new Date().toLocaleTimeString()} ${type} ${JSON.stringify(event.detail)}`;
    log.prepend(item);
  });
}

// Site scripts react to consent through events: this is the recipe from the README.
document.addEventListener('consent-change', (event) => {
  document.querySelector('#comments-area')!.toggleAttribute('data-granted', event.detail.categories.social);
});

const langSwitch = document.querySelector<HTMLButtonElement>('#lang-switch')!;
langSwitch.addEventListener('click', () => {
  const english = document.documentElement.lang !== 'en';
  document.documentElement.lang = english ? 'en' : 'fr';
  banner.lang = english ? 'en' : 'fr';
  langSwitch.textContent = english ? 'Français' : 'English';
  langSwitch.setAttribute('aria-pressed', String(english));
});

// Layout and theme pickers; ?layout=box&theme=dark&lang=en in the URL set them too (screenshots).
const params = new URLSearchParams(location.search);
for (const name of ['layout', 'theme'] as const) {
  const select = document.querySelector<HTMLSelectElement>(`#${name}`)!;
  const apply = (value: string) => {
    select.value = value;
    banner.setAttribute(name, value);
  };
  apply(params.get(name) ?? select.value);
  select.addEventListener('change', () => apply(select.value));
}
if (params.get('lang') === 'en') langSwitch.click();
document.querySelector('#reset')!.addEventListener('click', () => banner.reset());
