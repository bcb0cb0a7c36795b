import { fileURLToPath } from 'node:url';
import { eachMapping, originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';
import { build, type Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('the standalone build', () => {
  it('with a source map, maps the code it ships (scripts/size-attribution.mjs reads it)', async () => {
    const out = await build({
      configFile: `${root}vite.config.ts`,
      root,
      logLevel: 'silent',
      build: { write: false, sourcemap: true },
    });
    const chunks = (Array.isArray(out) ? out : [out])
      .flatMap((o) => (o as Rolldown.RolldownOutput).output)
      .filter((o): o is Rolldown.OutputChunk => o.type === 'chunk');
    const bundle = chunks.find((c) => c.name === 'consent-banner')!;
    const lines = bundle.code.split('\n');
    const map = new TraceMap(bundle.map as never);
    let outside = 0;
    eachMapping(map, (m) => {
      if (m.generatedLine > lines.length || m.generatedColumn > lines[m.generatedLine - 1]!.length) outside++;
    });
    expect(outside).toBe(0);
    // The name of the event only the banner fires, in the minified code, comes from the banner's module.
    const at = lines.findIndex((l) => l.includes('"consent-ready"'));
    const column = lines[at]!.indexOf('"consent-ready"');
    expect(originalPositionFor(map, { line: at + 1, column }).source).toMatch(/src\/elements\/consent-banner\.ts$/);
  }, 60_000);
});

describe('the README’s React recipe (issue 19)', () => {
  it('is the file that `npm run typecheck` compiles under strict, tests/types/react.tsx', async () => {
    const { readFileSync } = await import('node:fs');
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const file = readFileSync(new URL('../types/react.tsx', import.meta.url), 'utf8').trim();
    const blocks = [...readme.matchAll(/```tsx\n([\s\S]*?)```/g)].map((m) => m[1]!.trim());
    expect(blocks).toContain(file);
  });
});
