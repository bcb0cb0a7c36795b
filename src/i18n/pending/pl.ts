import type { PendingStrings } from './types.js';

export default {
  exempt: 'Nie wymaga zgody',
} satisfies PendingStrings;
