import type { PendingStrings } from './types.js';

export default {
  undecided: 'Mhux deċiż',
  exempt: 'Eżentat mill-kunsens',
} satisfies PendingStrings;
