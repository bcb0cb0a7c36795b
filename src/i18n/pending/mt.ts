import type { PendingStrings } from './types.js';

export default {
  exempt: 'Eżentat mill-kunsens',
} satisfies PendingStrings;
