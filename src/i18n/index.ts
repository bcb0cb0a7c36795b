import en from './en.js';
import fr from './fr.js';
import type { Messages } from './messages.js';

export type { Messages } from './messages.js';

const built: Record<string, Messages> = { en, fr };

/** The languages this build carries. */
export const languages = Object.keys(built);

/**
 * The language to show: the element's own or inherited `lang` (the page's `<html lang>`), else the
 * browser's language; a region tag resolves to its language (`fr-CA` → `fr`); a language this build
 * does not carry falls back to English.
 */
export function resolveLang(el: Element): string {
  const tag = el.closest('[lang]:not([lang=""])')?.getAttribute('lang') || navigator.language || '';
  const lang = tag.trim().toLowerCase().split(/[-_]/)[0];
  return built[lang] ? lang : 'en';
}

/** The strings for a resolved language. */
export const messagesFor = (lang: string): Messages => built[lang] ?? en;
