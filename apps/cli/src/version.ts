/** Set by the bundler (scripts/bundle.mjs) from package.json. */
declare const __TRIALYAML_CLI_VERSION__: string;

/** The CLI's version, as published. */
export function cliVersion(): string {
  return __TRIALYAML_CLI_VERSION__;
}
