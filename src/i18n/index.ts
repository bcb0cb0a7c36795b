import en from './en.js';
import fr from './fr.js';
import type { FirstLayer, Messages } from './messages.js';

export type { Messages } from './messages.js';

/**
 * Languages in memory: French and English ship in the bundle, without the strings of the
 * preferences dialog and a gate's placeholder, which bring their own; the others arrive whole, on demand.
 */
const loaded: Record<string, FirstLayer | Messages> = { en, fr };

/**
 * The other official EU languages, each a small module imported on first use. The standalone build
 * names them (`import.meta.env.LANG_MODULES`, "bg cs da …", vite.config.ts) and emits each as
 * dist/lang/<code>.js, imported by URL relative to the bundle: 100 B gzip less than a table of 22
 * imports. Elsewhere (the library for bundlers, the tests), Vite's glob makes that table, which a
 * bundler follows.
 */
const named = import.meta.env.LANG_MODULES;
const loaders = named
  ? {}
  : import.meta.glob<{ default: Messages }>(['./*.ts', '!./index.ts', '!./messages.ts', '!./en.ts', '!./fr.ts']);
/** The loader of a language this build carries as a module. */
const lazy = (lang: string): (() => Promise<{ default: Messages }>) | undefined =>
  named
    ? named.split(' ').includes(lang)
      ? () => import(/* @vite-ignore */ `./lang/${lang}.js`)
      : undefined
    : loaders[`./${lang}.ts`];

/**
 * The language to show: the element's own or inherited `lang` (the page's `<html lang>`), else the
 * browser's language; a region tag resolves to its language (`de-AT` → `de`); a language this build
 * does not carry, or whose module could not load, falls back to English.
 */
export function resolveLang(el: HTMLElement): string {
  // The element's own `lang` property first: frameworks set properties rather than attributes.
  const tag = el.lang || el.closest('[lang]:not([lang=""])')?.getAttribute('lang') || navigator.language || '';
  const lang = tag.trim().toLowerCase().split(/[-_]/)[0];
  return loaded[lang] || (lazy(lang) && !failed.has(lang)) ? lang : 'en';
}

/** The strings of a language already in memory, or undefined while it loads. */
export const messagesFor = (lang: string): FirstLayer | Messages | undefined => loaded[lang];

const pending: Record<string, Promise<void>> = {};
/** Languages whose module could not load: English stands in, and says it is English (`lang`). */
const failed = new Set<string>();

/** Loads a language module once; a failed load falls back to English with a warning. */
export function loadLang(lang: string, warn: (message: string) => void): Promise<void> {
  return (pending[lang] ??= (lazy(lang)?.() ?? Promise.reject(new Error('unknown language'))).then(
    (module) => void (loaded[lang] = module.default),
    () => {
      warn(`could not load "${lang}"; showing English`);
      failed.add(lang);
    },
  ));
}
