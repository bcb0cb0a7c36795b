import type { PendingStrings } from './types.js';

export default {
  undecided: 'Nincs döntés',
  exempt: 'Nem igényel hozzájárulást',
} satisfies PendingStrings;
