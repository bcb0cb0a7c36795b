/**
 * Strings for issue 16 (exempt audience measurement), written for all 24 languages and kept here,
 * not yet shown (issue 15's partners strings and issue 19's "not decided" are in the languages now): they join each
 * language's module when the features that show them land (they cost bytes in every module and in
 * the bundle, which carries French and English; see CONTRIBUTING.md and the session notes). Each
 * language's file under this folder is plain data. Placeholders in braces are filled by the banner.
 */
export interface PendingStrings {
  /** A purpose exempt from consent (CNIL's audience-measurement exemption). */
  exempt: string;
}
