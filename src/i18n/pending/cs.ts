import type { PendingStrings } from './types.js';

export default {
  exempt: 'Nevyžaduje souhlas',
} satisfies PendingStrings;
