import { NECESSARY, type Warn } from './types.js';

/** Ids with built-in labels and descriptions in every language. */
export const WELL_KNOWN = [NECESSARY, 'preferences', 'audience', 'social', 'advertising'] as const;

const VALID_ID = /^[a-z0-9][\w-]*$/i;

/**
 * Whether a string can be a category id: letters, digits, `_` and `-`, and not the name of a
 * member of every object (`constructor`, `toString`…), which look-ups by id would reach.
 */
export const isCategoryId = (id: string): boolean => VALID_ID.test(id) && !(id in {});

/**
 * Parses a `categories` attribute: space- or comma-separated ids, in display order.
 * Returns the optional ids (never `necessary`), without duplicates; invalid ids are dropped with a warning.
 */
export function parseCategories(value: string | null | undefined, warn: Warn): string[] {
  const ids: string[] = [];
  for (const id of (value ?? '').split(/[\s,]+/)) {
    if (!id || id === NECESSARY || ids.includes(id)) continue;
    if (isCategoryId(id)) ids.push(id);
    else warn(`invalid category id "${id}" ignored (README, "Hostile input")`);
  }
  return ids;
}
