// The Angular recipe from the README: CUSTOM_ELEMENTS_SCHEMA on the component that uses the tags,
// `import 'consent-banner'` once, and events bound as usual. Compiled ahead of time by Angular's
// compiler with strict template checks (vite.config.js), as `ng build` would: without the schema
// the build fails with NG8001 "'consent-banner' is not a known element".
import { Component, CUSTOM_ELEMENTS_SCHEMA, provideZonelessChangeDetection } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import 'consent-banner';

@Component({
  selector: 'app-root',
  standalone: true,
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <consent-banner
      categories="audience social"
      privacy-url="/confidentialite"
      (consent-change)="onConsent($event)"
    ></consent-banner>
    <h1>Article</h1>
    <p id="comments">{{ social ? 'Commentaires chargés.' : 'Commentaires désactivés.' }}</p>
    <button type="button" data-consent-open>Paramétrer vos choix</button>
  `,
})
export class AppComponent {
  social = false;
  onConsent(e: Event) {
    this.social = (e as CustomEvent).detail.categories.social;
  }
}

bootstrapApplication(AppComponent, { providers: [provideZonelessChangeDetection()] });
