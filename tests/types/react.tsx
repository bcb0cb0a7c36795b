import { useEffect, useRef, useState } from 'react';
import 'consent-banner';
import type { ConsentBanner, ConsentChangeEvent, ConsentReadyEvent } from 'consent-banner';
import type {} from 'consent-banner/react';

function Comments() {
  return <div id="comments" />;
}

export function App() {
  const banner = useRef<ConsentBanner>(null);
  const [social, setSocial] = useState(false);
  useEffect(() => {
    const el = banner.current;
    if (!el) return;
    // Every page view: the state now (a returning visitor decided before), then each change.
    setSocial(el.hasConsent('social'));
    const update = (e: ConsentReadyEvent | ConsentChangeEvent) => setSocial(e.detail.categories.social === true);
    el.addEventListener('consent-ready', update);
    el.addEventListener('consent-change', update);
    return () => {
      el.removeEventListener('consent-ready', update);
      el.removeEventListener('consent-change', update);
    };
  }, []);
  return (
    <>
      <consent-banner
        ref={banner}
        categories="audience social"
        privacy-url="/confidentialite"
        controller="Le Monde du Soir"
      >
        <consent-category name="social">
          <consent-service name="youtube" />
        </consent-category>
      </consent-banner>
      {social ? <Comments /> : <p>Commentaires désactivés.</p>}
    </>
  );
}
