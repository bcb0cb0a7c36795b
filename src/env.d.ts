interface ImportMetaEnv {
  /** The library's version, from package.json (vite.config.ts). */
  readonly PACKAGE_VERSION?: string;
  /** Set by the standalone build only: the language modules it emits under lang/, space-separated. */
  readonly LANG_MODULES?: string;
  /** Set by the standalone build only, whose lazy chunks have fixed names beside the bundle. */
  readonly STANDALONE?: boolean;
}
