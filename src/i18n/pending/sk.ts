import type { PendingStrings } from './types.js';

export default {
  exempt: 'Nevyžaduje súhlas',
} satisfies PendingStrings;
