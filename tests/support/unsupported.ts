import { beforeEach, inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Tests this browser instance cannot run, by full name (file > describe > test), each with why. */
    unsupported: Record<string, string>;
  }
}

// Set per browser instance in scripts/test-browsers.ts; the reason shows as the skipped test's note.
const unsupported = inject('unsupported') ?? {};

beforeEach(({ task, skip }) => {
  const reason = unsupported[task.fullName];
  if (reason) skip(reason);
});
