import type { PendingStrings } from './types.js';

export default {
  undecided: 'Bez decyzji',
  exempt: 'Nie wymaga zgody',
} satisfies PendingStrings;
