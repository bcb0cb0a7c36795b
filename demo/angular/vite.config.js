// Build of the Angular example (`npm run examples`) with what `ng build` runs, without the Angular
// CLI: Angular's compiler (@angular/compiler-cli) compiles main.ts ahead of time with strict template
// checks, its errors failing the build, and Vite bundles what it emits; Angular's linker turns the
// partially compiled declarations that @angular/* ship into final code. No JIT compiler in the page.
import { fileURLToPath } from 'node:url';
import { transformAsync } from '@babel/core';
import { createCompilerHost, formatDiagnostics, performCompilation, readConfiguration } from '@angular/compiler-cli';
import { needsLinking } from '@angular/compiler-cli/linker';
import linker from '@angular/compiler-cli/linker/babel';
import { defineConfig } from 'vite';

const angularAot = () => {
  const emitted = new Map();
  return {
    name: 'angular-aot',
    buildStart() {
      const { rootNames, options } = readConfiguration(fileURLToPath(new URL('./tsconfig.json', import.meta.url)));
      const host = createCompilerHost({ options });
      host.writeFile = (file, text, _bom, _onError, sources) => {
        if (file.endsWith('.js')) for (const source of sources ?? []) emitted.set(source.fileName, text);
      };
      const { diagnostics } = performCompilation({ rootNames, options, host });
      const errors = diagnostics.filter((d) => d.category === 1);
      if (errors.length) this.error(formatDiagnostics(errors));
    },
    load(id) {
      return emitted.get(id.split('?')[0]) ?? null;
    },
  };
};

const angularLinker = () => ({
  name: 'angular-linker',
  async transform(code, id) {
    if (!id.includes('/node_modules/@angular/') || !needsLinking(id, code)) return null;
    const out = await transformAsync(code, { filename: id, plugins: [linker], configFile: false, babelrc: false });
    return { code: out.code, map: null };
  },
});

export default defineConfig({
  plugins: [angularAot(), angularLinker()],
  // As `ng build` does for production: no dev-mode checks (the compiler checked the template), no JIT.
  define: { ngDevMode: 'false', ngJitMode: 'false' },
  // Rolldown reports plugins that take most of a build's time: here they do, by design.
  build: { rolldownOptions: { checks: { pluginTimings: false } } },
});
