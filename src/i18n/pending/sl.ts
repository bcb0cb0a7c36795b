import type { PendingStrings } from './types.js';

export default {
  exempt: 'Ne zahteva privolitve',
} satisfies PendingStrings;
