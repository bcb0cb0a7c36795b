// A consumer's strict TypeScript project, compiled against the built package (dist/lib/*.d.ts)
// through its own name: everything below must type-check with no casts.
import 'consent-banner';
import type { Categories, ConsentChangeDetail, ConsentReadyDetail } from 'consent-banner';

document.addEventListener('consent-change', (e) => {
  const changed: string[] = e.detail.changed;
  const granted: boolean | undefined = e.detail.categories.social;
  const detail: ConsentChangeDetail = e.detail;
  void [changed, granted, detail.action, detail.decided, detail.gpc];
});
document.addEventListener('consent-ready', (e) => {
  const detail: ConsentReadyDetail = e.detail;
  void detail.decided;
});

const banner = document.querySelector('consent-banner');
if (banner) {
  banner.addEventListener('consent-change', (e) => void e.detail.categories);
  const ready: Promise<void> = banner.whenGranted('social');
  const state: Categories = banner.consent.categories;
  banner.setConsent({ audience: true });
  banner.layout = 'box';
  void [ready, state, banner.hasConsent('audience')];
}
const made = document.createElement('consent-banner');
made.categories = 'audience social';
document.createElement('consent-category').setAttribute('name', 'video');

// @ts-expect-error unknown layouts are a type error
made.layout = 'sidebar';
