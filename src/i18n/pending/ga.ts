import type { PendingStrings } from './types.js';

export default {
  undecided: 'Gan chinneadh',
  exempt: 'Díolmhaithe ó thoiliú',
} satisfies PendingStrings;
