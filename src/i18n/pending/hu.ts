import type { PendingStrings } from './types.js';

export default {
  exempt: 'Nem igényel hozzájárulást',
} satisfies PendingStrings;
