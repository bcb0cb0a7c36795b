import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Details, FirstLayer, GateStrings, Messages } from '../../src/i18n/messages.js';

const EU = 'bg cs da de el en es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv'.split(' ');
const dir = fileURLToPath(new URL('../../src/i18n/', import.meta.url));
/** A language's strings, whole: French, which the bundle carries, keeps the dialog's and the gate's strings apart (src/i18n/details/, src/i18n/gate/). */
async function load(lang: string): Promise<Messages> {
  const m = (await import(`../../src/i18n/${lang}.ts`)).default as Messages | FirstLayer;
  if (lang !== 'fr') return m as Messages;
  const { descriptions, ...rest } = (await import(`../../src/i18n/details/${lang}.ts`)).default as Details;
  const gate = (await import(`../../src/i18n/gate/${lang}.ts`)).default as GateStrings;
  const categories = Object.fromEntries(
    Object.entries(m.categories).map(([id, [label]]) => [id, [label, descriptions[id]]]),
  ) as Messages['categories'];
  return { ...m, ...rest, ...gate, categories };
}
/**
 * Every language, loaded while the file is collected: a test's 5 s timeout does not cover Vite's
 * first transform of a module, which took longer once with both browsers busy on the 2 cores.
 */
const loaded = Object.fromEntries(await Promise.all(EU.map(async (lang) => [lang, await load(lang)] as const)));
const en = loaded.en!;

/** Every string of a language, with its key, categories flattened. */
function strings(m: Messages): [string, string][] {
  const { categories, ...rest } = m;
  return [
    ...Object.entries(rest),
    ...Object.entries(categories).flatMap(([id, [label, desc]]) => [
      [`${id}.label`, label],
      [`${id}.description`, desc],
    ]),
  ] as [string, string][];
}

describe('languages', () => {
  it('carries all 24 official EU languages', () => {
    const files = readdirSync(dir)
      .filter((f) => /^[a-z]{2}\.ts$/.test(f))
      .map((f) => f.slice(0, 2));
    expect(files.sort()).toEqual(EU);
  });

  describe.each(EU)('%s', (lang) => {
    it('has every string of the English reference, non-empty, as plain text', async () => {
      const m = loaded[lang]!;
      expect(
        strings(m)
          .map(([k]) => k)
          .sort(),
      ).toEqual(
        strings(en)
          .map(([k]) => k)
          .sort(),
      );
      for (const [key, value] of strings(m)) {
        expect(value.trim(), `${lang}.${key}`).not.toBe('');
        expect(value, `${lang}.${key}`).not.toMatch(/<[a-z/!]/i);
      }
    });

    it('keeps the {label} placeholders and the Global Privacy Control name', async () => {
      const m = loaded[lang]!;
      for (const key of [
        'gateTitle',
        'gateText',
        'gateAllow',
        'gateAllowService',
        'gateServiceText',
        'vendorPrivacy',
      ] as const)
        expect(m[key], `${lang}.${key}`).toContain('{label}');
      expect(m.gpc).toContain('Global Privacy Control');
    });

    it('keeps the placeholders of the partners’ strings (issue 15)', async () => {
      const m = loaded[lang]!;
      expect(m.partners).toContain('{count}');
      expect(m.gateServiceText).toContain('{purpose}');
      expect(m.controllerLabel).toContain('{controller}');
    });

    it('names the first-layer settings button in its intro', async () => {
      const m = loaded[lang]!;
      expect(m.intro).toContain(m.settings);
    });

    it('does not make accepting look weightier than refusing', async () => {
      const m = loaded[lang]!;
      expect(m.refuseAll).not.toBe(m.acceptAll);
      expect(Math.abs(m.refuseAll.length - m.acceptAll.length)).toBeLessThanOrEqual(8);
    });
  });
});
