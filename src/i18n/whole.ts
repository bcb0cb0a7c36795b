/*
 * French made whole for what only lazy modules show or prove: the preferences dialog
 * (src/elements/consent-preferences.ts) and the proof of consent (src/integrations/consent-log.ts)
 * both need the dialog's strings and each purpose's description, which the bundle leaves out.
 */
import type { BannerStrings } from '../elements/first-layer.js';
import fr from './details/fr.js';
import type { Details, Messages } from './messages.js';

/** The dialog's strings of French, the language the bundle carries; the others have theirs in their module. */
const details: Record<string, Details> = { fr };

/**
 * `t` made whole: French gets the strings only the dialog shows, under the site's own
 * (`messages`), and each built-in purpose its description; other languages are whole already.
 */
export function whole(t: BannerStrings, lang: string): Messages {
  if (!Object.hasOwn(details, lang)) return t as Messages;
  const { descriptions, ...strings } = details[lang]!;
  const categories: Messages['categories'] = {};
  for (const [id, [label, description]] of Object.entries(t.categories))
    categories[id] = [label, description ?? descriptions[id] ?? ''];
  return { ...strings, ...t, categories } as Messages;
}
