import type { PendingStrings } from './types.js';

export default {
  undecided: 'Без решение',
  exempt: 'Освободено от съгласие',
} satisfies PendingStrings;
