import type { PendingStrings } from './types.js';

export default {
  undecided: 'Nerozhodnuté',
  exempt: 'Nevyžaduje súhlas',
} satisfies PendingStrings;
