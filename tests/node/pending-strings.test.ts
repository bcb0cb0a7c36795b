// The strings written ahead for issues 16 and 19 (src/i18n/pending/): every language has every
// one, non-empty, plain text, with its placeholders — so they are ready when their features land.
import { describe, expect, it } from 'vitest';
import type { PendingStrings } from '../../src/i18n/pending/types.js';

const EU = 'bg cs da de el en es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv'.split(' ');
const loaded = Object.fromEntries(
  await Promise.all(
    EU.map(
      async (lang) => [lang, (await import(`../../src/i18n/pending/${lang}.ts`)).default as PendingStrings] as const,
    ),
  ),
);
const placeholders: Partial<Record<keyof PendingStrings, string[]>> = {};

describe.each(EU)('pending strings, %s', (lang) => {
  it('has every key of the English ones, non-empty plain text, with its placeholders', () => {
    const m = loaded[lang]!;
    expect(Object.keys(m).sort()).toEqual(Object.keys(loaded.en!).sort());
    for (const [key, text] of Object.entries(m)) {
      expect(text.trim(), key).not.toBe('');
      expect(text, key).not.toMatch(/[<>]/);
      for (const p of placeholders[key as keyof PendingStrings] ?? []) expect(text, key).toContain(p);
    }
  });
});
