/**
 * Strings for issue 15 (partners inside purposes), 16 (exempt audience measurement) and 19 (the
 * "not decided" band), written for all 24 languages and kept here, not yet shown: they join each
 * language's module when the features that show them land (they cost bytes in every module and in
 * the bundle, which carries French and English; see CONTRIBUTING.md and the session notes). Each
 * language's file under this folder is plain data. Placeholders in braces are filled by the banner.
 */
export interface PendingStrings {
  /** First layer: the button that opens the list of every partner; `{count}`; names "partners". */
  partners: string;
  /** A `<consent-gate service>`'s allow button: `{label}`. */
  gateAllowService: string;
  /** A `<consent-gate service>`'s text: `{label}` (the vendor) and `{purpose}`. */
  gateServiceText: string;
  /** A link to a vendor's privacy policy: `{label}`. */
  vendorPrivacy: string;
  /** Preferences: the band of a purpose whose partners are partly allowed. */
  partial: string;
  /** Preferences: the band before any decision. */
  undecided: string;
  /** Preferences: before a partner's list of cookies. */
  cookiesLabel: string;
  /** Preferences: `{controller}`, the data controller. */
  controllerLabel: string;
  /** Preferences: heading of the list of every partner. */
  partnersTitle: string;
  /** A purpose exempt from consent (CNIL's audience-measurement exemption). */
  exempt: string;
}
