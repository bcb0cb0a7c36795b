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
