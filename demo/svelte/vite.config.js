// Build of the Svelte 5 example (`npm run examples`): Vite picks this file up because the example's
// folder is the build's root. The React and Vue examples need no plugin.
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';

export default defineConfig({ plugins: [svelte()] });
