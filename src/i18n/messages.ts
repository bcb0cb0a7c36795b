/** Every string the elements show, for one language. */
export interface Messages {
  /** Heading of the first layer. */
  title: string;
  /** What the first layer asks, and that the choice can be changed at any time. */
  intro: string;
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
  /** State words on the colour band. */
  granted: string;
  refused: string;
  /** Built-in labels and descriptions: id → [label, description]. */
  categories: Record<string, [string, string]>;
}
