import type { PendingStrings } from './types.js';

export default {
  partners: 'Οι συνεργάτες μας ({count})',
  gateAllowService: 'Να επιτρέπεται: {label}',
  gateServiceText:
    'Προέρχεται από την υπηρεσία {label}, που μπορεί να ορίζει cookies για «{purpose}». Μένει αποκλεισμένο μέχρι να επιτρέψετε {label}.',
  vendorPrivacy: 'Πολιτική απορρήτου: {label}',
  partial: 'Επιτρέπεται εν μέρει',
  undecided: 'Εκκρεμεί',
  cookiesLabel: 'Cookies',
  controllerLabel: 'Υπεύθυνος επεξεργασίας: {controller}',
  partnersTitle: 'Οι συνεργάτες μας',
  exempt: 'Εξαιρείται από τη συγκατάθεση',
} satisfies PendingStrings;
