/**
 * A property or attribute as text, trimmed, whatever a page or a framework set: a number, a `URL`,
 * an array of ids (which joins with commas, a separator of ids too), a symbol; an object that has no
 * text at all (no prototype) is empty. Never a throw.
 */
export function text(value: unknown): string {
  try {
    return String(value ?? '').trim();
  } catch {
    return '';
  }
}
