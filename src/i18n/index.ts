import fr from './fr.js';
import { text } from '../core/text.js';
import type { FirstLayer, Messages } from './messages.js';

export type { Messages } from './messages.js';

/**
 * Languages in memory: French ships in the bundle, without the strings of the preferences dialog
 * and a gate's placeholder, which bring their own; the others, English among them, arrive whole, on demand.
 */
const loaded: Record<string, FirstLayer | Messages> = { fr };

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
  : import.meta.glob<{ default: Messages }>(['./*.ts', '!./index.ts', '!./messages.ts', '!./fr.ts', '!./whole.ts']);
/** The loader of a language this build carries as a module. */
const lazy = (lang: string): (() => Promise<{ default: Messages }>) | undefined =>
  named
    ? named.split(' ').includes(lang)
      ? () => import(/* @vite-ignore */ `./lang/${lang}.js`)
      : undefined
    : loaders[`./${lang}.ts`];

/** A language this build carries, in memory or as a module that has not failed. */
const known = (lang: string) => Object.hasOwn(loaded, lang) || (!failed.has(lang) && !!lazy(lang));

/**
 * The language to show: the element's own or inherited `lang` (the page's `<html lang>`), else the
 * browser's language; a region tag resolves to its language (`de-AT` → `de`); a language this build
 * does not carry, or whose module could not load, falls back to English, and French if English could not load either.
 */
export function resolveLang(el: HTMLElement): string {
  // The element's own `lang` property first: frameworks set properties rather than attributes.
  const tag = text(el.lang) || el.closest('[lang]:not([lang=""])')?.getAttribute('lang') || navigator.language;
  const lang = text(tag).toLowerCase().split(/[-_]/)[0]!;
  return [lang, 'en'].find(known) ?? 'fr';
}

/** The strings of a language already in memory, or undefined while it loads. */
export const messagesFor = (lang: string): FirstLayer | Messages | undefined =>
  Object.hasOwn(loaded, lang) ? loaded[lang] : undefined;

const pending: Record<string, Promise<void>> = {};
/** Languages whose module could not load: English (or French) stands in, and says so (`lang`). */
const failed = new Set<string>();

/** Loads a language module once; a failed load falls back to English (or French) with a warning. */
export function loadLang(lang: string, warn: (message: string) => void): Promise<void> {
  return (pending[lang] ??= (lazy(lang)?.() ?? Promise.reject(new Error('unknown language'))).then(
    (module) => void (loaded[lang] = module.default),
    () => {
      warn(`lang/${lang}.js did not load (network?)`);
      failed.add(lang);
    },
  ));
}
