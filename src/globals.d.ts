/** The package version, put in by the bundler (scripts/build.mjs) and by vitest.config.ts. */
declare const __KANTELLAT_VERSION__: string;
