/**
 * `load` run on the first call and its promise kept for the next ones, except a failure: that is
 * forgotten, so that the next call tries again (a module import on a flaky network).
 */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () =>
    (pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    }));
}

/**
 * `imported`, or when it fails, the same module imported again under a URL of its own:
 * `./<chunk>.js?<time>` beside the standalone bundle. Firefox (153 ESR; browsers before
 * whatwg/html#10327) keeps a module whose fetch failed failed for the page's lifetime: importing it
 * again rejects at once, without fetching, so once()'s next try would never reach the network.
 * Standalone build only (`import.meta.env.STANDALONE`, at each call so that the library build keeps
 * a plain import()): a bundler names the library's chunks, and those names are not known here.
 */
export const refetchable = <T>(imported: Promise<T>, chunk: string): Promise<T> =>
  imported.catch(() => import(/* @vite-ignore */ `./${chunk}.js?${Date.now()}`));
