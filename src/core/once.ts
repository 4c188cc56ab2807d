/**
 * A value built on first use and then kept. Meant for zod schemas: zod 4 does real work for every
 * schema it makes, and a command that starts dozens of times in a session should build only the
 * schemas it uses (`score` needs the answer file's, not the question set's or the result's).
 */
export function once<T>(build: () => T): () => T {
  let built: { value: T } | undefined;
  return () => {
    built ??= { value: build() };
    return built.value;
  };
}
