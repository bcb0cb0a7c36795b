import type { Warn } from '../core/types.js';
import { loadLang, messagesFor, type Messages } from '../i18n/index.js';
import type { FirstLayer } from '../i18n/messages.js';

/**
 * The strings an element shows, for the banner and the gate alike: returns `get(lang)`, the
 * strings of `lang` and the language they are in, or undefined while they load. While a language
 * module loads nothing is shown: no other language flashes (the bundle carries French alone, which
 * a Swedish or English visitor should not see for a moment). A module that fails to load is said,
 * and English stands in (French, if English fails too: ../i18n/index.ts). `arrived` runs when a
 * module has loaded or failed.
 */
export function languageTexts(
  arrived: () => void,
  warn: Warn,
): (lang: string) => [FirstLayer | Messages, string] | undefined {
  let waiting = '';
  return (lang) => {
    const base = messagesFor(lang);
    if (base) return [base, lang];
    if (waiting !== lang) void loadLang((waiting = lang), warn).then(arrived);
  };
}

/**
 * The labels of `ids`, joined with commas: the site's (`<consent-category label>`), else the
 * built-in ones, else the id; a purpose exempt from consent says so (CNIL FR-14).
 */
export const purposeLabels = (
  ids: readonly string[],
  own: Record<string, [string, string]>,
  t: FirstLayer | Messages,
  exempt: readonly string[] = [],
): string =>
  ids
    .map(
      (id) =>
        ((Object.hasOwn(own, id) && own[id]![0]) || t.categories[id]?.[0] || id) +
        (exempt.includes(id) ? ` (${t.exempt})` : ''),
    )
    .join(', ');
