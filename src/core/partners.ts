/*
 * Partners (services) inside purposes, issue 15: the rules of their consent, as pure functions over
 * plain data. Written ahead of the partners' lazy module (see the session notes: partners' state in
 * the entry measured +672 B, over the ceiling), so nothing imports it yet; tests/node/partners.test.ts
 * pins the rules down.
 *
 * The rules: a purpose that has partners is granted exactly when every one of its partners is; a
 * purpose's answer (its switch, `setConsent({ social: true })`, "Tout accepter") sets all its
 * partners; a partner's own answer wins over its purpose's; a stored answer that is missing, not a
 * boolean, or for a partner no longer declared grants nothing (and a missing one asks again).
 */
import { isCategoryId } from './categories.js';
import { NECESSARY, type Categories, type Warn } from './types.js';

/** The declared partners, in display order: partner id → its purpose's id. */
export type Partners = Record<string, string>;

/** `categories` with each purpose that has partners granted exactly when all of them are. */
export function withPartners(categories: Categories, services: Categories, partners: Partners): Categories {
  const next = { ...categories };
  const pairs = Object.entries(partners);
  for (const [, purpose] of pairs)
    if (Object.hasOwn(next, purpose)) next[purpose] = pairs.every(([id, p]) => p !== purpose || services[id] === true);
  return next;
}

/**
 * The stored answers of the declared partners (a record's `services`, whatever its shape): each a
 * boolean of its own, else refused; `complete` is false when one is missing or not a boolean, so
 * that the visitor is asked again, the other answers kept.
 */
export function readPartners(stored: unknown, partners: Partners): { services: Categories; complete: boolean } {
  const services: Categories = {};
  let complete = true;
  for (const id in partners) {
    const value =
      typeof stored === 'object' && stored && !Array.isArray(stored) && Object.hasOwn(stored, id)
        ? (stored as Categories)[id]
        : 0;
    services[id] = value === true;
    complete &&= typeof value === 'boolean';
  }
  return { services, complete };
}

/**
 * The partners' grants after `choice` (ids of purposes and partners, booleans): a partner's own
 * answer, else its purpose's when the choice gives one, else its `current` grant.
 */
export function decidePartners(choice: Record<string, unknown>, partners: Partners, current: Categories): Categories {
  const given = (id: string) => (Object.hasOwn(choice, id) && typeof choice[id] === 'boolean' ? choice[id] : undefined);
  const services: Categories = {};
  for (const [id, purpose] of Object.entries(partners))
    services[id] = (given(id) ?? given(purpose) ?? current[id] === true) as boolean;
  return services;
}

/**
 * The partners a banner declares (`[id, purpose]` pairs in document order) that count: of a
 * configured purpose, with a valid id used once and by no purpose. Each one left out is said once.
 */
export function checkPartners(
  declared: [id: string, purpose: string][],
  purposes: readonly string[],
  warn: Warn,
): Partners {
  const partners: Partners = {};
  for (const [id, purpose] of declared)
    if (purposes.includes(purpose))
      if (!isCategoryId(id) || id === NECESSARY || purposes.includes(id) || Object.hasOwn(partners, id))
        warn(`<consent-service name="${id}"> ignored: an id is letters, digits, _ and -, used once, by no purpose`);
      else partners[id] = purpose;
  return partners;
}
