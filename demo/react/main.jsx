// The React 19 recipe from the README: custom elements and DOM events work natively;
// a ref and addEventListener follow consent, and a component renders what is granted.
import { useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'consent-banner';

function useConsent(ref) {
  const [categories, setCategories] = useState({});
  useEffect(() => {
    const banner = ref.current;
    const update = (e) => setCategories(e.detail.categories);
    setCategories(banner.consent.categories);
    banner.addEventListener('consent-change', update);
    return () => banner.removeEventListener('consent-change', update);
  }, [ref]);
  return categories;
}

function App() {
  const banner = useRef(null);
  const { social } = useConsent(banner);
  return (
    <>
      <consent-banner ref={banner} categories="audience social" privacy-url="/confidentialite"></consent-banner>
      <h1>Article</h1>
      {social ? <p id="comments">Commentaires chargés.</p> : <p id="comments">Commentaires désactivés.</p>}
      <button type="button" data-consent-open="">
        Paramétrer vos choix
      </button>
    </>
  );
}

createRoot(document.getElementById('root')).render(<App />);
