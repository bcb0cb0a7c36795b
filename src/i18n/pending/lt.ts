import type { PendingStrings } from './types.js';

export default {
  exempt: 'Sutikimo nereikia',
} satisfies PendingStrings;
