import type { Warn } from '../core/types.js';
import { loadLang, messagesFor, type Messages } from '../i18n/index.js';
import type { FirstLayer } from '../i18n/messages.js';

/** How long an element waits for a language module before speaking English meanwhile (ms). */
const LANG_WAIT = 2000;

/**
 * The strings an element shows, for the banner and the gate alike: returns `get(lang)`, the
 * strings of `lang` and the language they are in, or undefined while they load. While a language
 * module loads nothing is shown (no other language flashes); only if it has not arrived after
 * LANG_WAIT ms does the element speak English meanwhile, switching when the texts come. `arrived`
 * runs when a module has loaded (or failed, and English stands in) and when the wait is over.
 */
export function languageTexts(
  arrived: () => void,
  warn: Warn,
): (lang: string) => [FirstLayer | Messages, string] | undefined {
  let waiting = '';
  let late = '';
  return (lang) => {
    const base = messagesFor(lang);
    if (base) return [base, lang];
    if (waiting !== lang) {
      waiting = lang;
      void loadLang(lang, warn).then(arrived); // English stands in if it failed
      setTimeout(() => {
        late = lang;
        arrived();
      }, LANG_WAIT);
    }
    return late === lang ? [messagesFor('en')!, 'en'] : undefined;
  };
}

/** The labels of `ids`, joined with commas: the site's (`<consent-category label>`), else the built-in ones, else the id. */
export const purposeLabels = (
  ids: readonly string[],
  own: Record<string, [string, string]>,
  t: FirstLayer | Messages,
): string => ids.map((id) => (Object.hasOwn(own, id) && own[id]![0]) || t.categories[id]?.[0] || id).join(', ');
