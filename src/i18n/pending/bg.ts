import type { PendingStrings } from './types.js';

export default {
  exempt: 'Освободено от съгласие',
} satisfies PendingStrings;
