import type { ConsentRecord } from '../core/record.js';
import type { Warn } from '../core/types.js';

/**
 * Proof of consent (GDPR art. 7(1)): POSTs one decision as JSON to the site's endpoint with
 * `navigator.sendBeacon`, falling back to `fetch` with `keepalive`. Never blocks the visitor and
 * never throws; a failing endpoint loses nothing, since the choice is already stored locally. The
 * body names the partners' answers (`services`) and the data controller (`controller`, when the
 * banner names one) beside the purposes'.
 */
export function sendRecord(url: string, record: ConsentRecord, warn: Warn, controller?: string): void {
  const { id, date, revision, categories, services, action, lang } = record;
  const body = JSON.stringify({
    id,
    date,
    revision,
    categories,
    services,
    action,
    lang,
    controller,
    url: location.href,
  });
  try {
    if (navigator.sendBeacon?.(url, new Blob([body], { type: 'application/json' }))) return;
  } catch {
    // Fall through to fetch (some browsers refuse a beacon to a URL they consider invalid).
  }
  try {
    fetch(url, { method: 'POST', body, keepalive: true, headers: { 'content-type': 'application/json' } })
      .then((response) => response.ok || warn(`log-url answered ${response.status}`))
      .catch(() => warn('log-url could not be reached'));
  } catch {
    warn(`log-url "${url}" is not a valid URL`);
  }
}
