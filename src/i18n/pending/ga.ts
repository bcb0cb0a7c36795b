import type { PendingStrings } from './types.js';

export default {
  exempt: 'Díolmhaithe ó thoiliú',
} satisfies PendingStrings;
