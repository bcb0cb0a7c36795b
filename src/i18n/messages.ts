/** Every string the elements show, for one language. */
export interface Messages {
  /** Heading of the first layer. */
  title: string;
  /**
   * What the first layer asks, naming every optional purpose in `{purposes}` (their labels, joined
   * with commas), and that the choice can be changed at any time.
   */
  intro: string;
  /** `intro` when the banner names its publisher: `{controller}` and its partners, for `{purposes}`. */
  introController: string;
  /** On the first layer when social networks are a purpose: refusing them also turns off embedded content and comments. */
  socialNote: string;
  acceptAll: string;
  refuseAll: string;
  /** Opens the preferences (first layer, footer links). */
  settings: string;
  privacy: string;
  /** Heading of the preferences dialog. */
  prefsTitle: string;
  prefsIntro: string;
  save: string;
  close: string;
  /** The first layer's discreet close control; records exactly the "refuse all" state. */
  continueWithout: string;
  /** Accessible name of the floating button that reopens the preferences after a decision. */
  reopen: string;
  /** Said (politely, to screen readers) after every decision: the choice is stored. */
  saved: string;
  /** Shown next to a purpose that "accept all" left off because the browser sends Global Privacy Control. */
  gpc: string;
  /** `<consent-gate>` placeholder heading; `{label}` is the purpose's label (several joined by commas). */
  gateTitle: string;
  /** `<consent-gate>` placeholder text: what is blocked and why. */
  gateText: string;
  /** `<consent-gate>` button that grants just the gate's purpose(s). */
  gateAllow: string;
  /** First layer, with partners: the button that opens the list of every partner; `{count}`; names "partners". */
  partners: string;
  /** A `<consent-gate service>`'s allow button: `{label}` (the partner). */
  gateAllowService: string;
  /** A `<consent-gate service>`'s text: `{label}` (the partner) and `{purpose}`. */
  gateServiceText: string;
  /** A link to a partner's privacy policy: `{label}`. */
  vendorPrivacy: string;
  /** State words on the colour band. */
  granted: string;
  refused: string;
  /** The band of a purpose whose partners are partly allowed. */
  partial: string;
  /** The band of a purpose before any decision: neither allowed nor refused yet. */
  undecided: string;
  /** Preferences: before a partner's list of cookies. */
  cookiesLabel: string;
  /** Preferences: `{controller}`, the data controller. */
  controllerLabel: string;
  /** Preferences: heading of the list of partners, which the first layer's partners button opens. */
  partnersTitle: string;
  /** After the label of a purpose exempt from consent (`<consent-category exempt>`), on the first layer and in the preferences. */
  exempt: string;
  /** Built-in labels and descriptions: id → [label, description]. */
  categories: Record<string, [string, string]>;
}

/** The strings only the preferences dialog shows. */
export type DetailKey =
  | 'prefsTitle'
  | 'prefsIntro'
  | 'save'
  | 'close'
  | 'gpc'
  | 'granted'
  | 'refused'
  | 'partial'
  | 'undecided'
  | 'cookiesLabel'
  | 'controllerLabel'
  | 'partnersTitle'
  | 'vendorPrivacy';

/** The strings only a `<consent-gate>` placeholder shows (`vendorPrivacy` in the preferences too). */
export type GateKey = 'gateTitle' | 'gateText' | 'gateAllow' | 'gateAllowService' | 'gateServiceText' | 'vendorPrivacy';
export type GateStrings = Pick<Messages, GateKey>;

/**
 * French and English as the bundle carries them: what shows before the preferences open, purposes
 * with their labels only. Their {@link Details} load with the preferences dialog, which is the only
 * place they appear (src/elements/consent-preferences.ts), and their {@link GateStrings} with a
 * `<consent-gate>`'s placeholder (src/elements/gate-view.ts). The other languages are whole modules.
 */
export type FirstLayer = Omit<Messages, DetailKey | GateKey | 'categories'> & {
  categories: Record<string, [label: string, description?: string]>;
};

/** The rest of a {@link FirstLayer}: the dialog's strings and each purpose's description. */
export type Details = Pick<Messages, DetailKey> & { descriptions: Record<string, string> };
