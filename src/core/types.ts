/** Each category id mapped to whether it is granted. `necessary` is always `true`. */
export type Categories = Record<string, boolean>;

/** What caused a change of the consent state. */
export type ConsentAction =
  'accept-all' | 'refuse-all' | 'continue' | 'save' | 'api' | 'gate' | 'withdraw' | 'reset' | 'sync';

/** The consent state as the page sees it. */
export interface ConsentState {
  /**
   * Every configured category, `necessary` included, with its effective grant. A purpose that has
   * partners (services) is granted exactly when every one of them is.
   */
  categories: Categories;
  /** Every declared partner (`<consent-service>`), with its grant; absent when the banner declares none. */
  services?: Categories;
  /** False until the visitor has made a choice that still counts. */
  decided: boolean;
}

/** A change of the consent state, as the store reports it. */
export interface ConsentChange extends ConsentState {
  /** Ids (purposes and partners) whose grant differs from the previous effective state. */
  changed: string[];
  /**
   * How: `accept-all`, `refuse-all`, `continue` ("continue without accepting"), `save`, `api`,
   * `gate`; `withdraw` for any decision that turns off something that was granted, whatever did it;
   * `reset` and `sync` (another tab) are not decisions.
   */
  action: ConsentAction;
}

/** Reports a fault once in the console; never throws. */
export type Warn = (message: string) => void;

/** The id that always exists, is always granted and cannot be switched off. */
export const NECESSARY = 'necessary';
