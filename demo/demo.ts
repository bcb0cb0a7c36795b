export {}; // a module: top-level await, and the Window augmentation below

const log = document.querySelector<HTMLOListElement>('#event-log')!;

/** Adds a line to the page's live event log. Gated scripts of the page call it too. */
function demoLog(text: string): void {
  const item = document.createElement('li');
  item.textContent = `${new Date().toLocaleTimeString()} ${text}`;
  log.prepend(item);
}
declare global {
  interface Window {
    demoLog: typeof demoLog;
  }
}
window.demoLog = demoLog;

// The live log shows exactly what a site script receives, and which cookies are left afterwards.
for (const type of ['consent-ready', 'consent-change'] as const) {
  document.addEventListener(type, (event) => {
    demoLog(`${type} ${JSON.stringify(event.detail)}`);
    const cookies = document.cookie
      .split(';')
      .map((c) => c.split('=')[0].trim())
      .filter(Boolean);
    demoLog(`cookies: ${cookies.join(', ') || 'none'}`);
  });
}

// Loaded after the log exists: a returning visitor's gated scripts run as soon as the banner connects.
await import('../src/index.js');

const banner = document.querySelector('consent-banner')!;
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
