interface ImportMetaEnv {
  /** Set by the standalone build only: the language modules it emits under lang/, space-separated. */
  readonly LANG_MODULES?: string;
}
