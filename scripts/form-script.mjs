// Bundles the form page's script (src/form/page.ts: the check flow, scoring, the catalogues and
// the answer-file writer) for the browser, as one minified string that src/render/form-html.ts
// puts into the page. Used by scripts/build.mjs and by vitest.config.ts.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The page script and what it is made of (esbuild's metafile, for the size check). */
export async function buildFormScript() {
  const result = await build({
    entryPoints: [`${root}/src/form/page.ts`],
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'iife',
    target: ['es2020', 'chrome90', 'firefox90', 'safari14'],
    minify: true,
    legalComments: 'none',
    charset: 'ascii',
    metafile: true,
    logLevel: 'warning',
  });
  const code = result.outputFiles[0].text.trim();
  if (/<\/script|<!--/i.test(code))
    throw new Error('form script: the bundle holds "</script" or "<!--", which would end it inside the page');
  const heavy = Object.keys(result.metafile.inputs).filter((input) =>
    /node_modules[\\/](zod|chalk|commander|@inquirer|yaml)[\\/]/.test(input),
  );
  if (heavy.length > 0)
    throw new Error(
      `form script: the page bundle pulls in ${heavy[0]} (and ${heavy.length - 1} more); keep zod, yaml and the terminal out of src/core's pure modules and the answer-file writer`,
    );
  return { code, metafile: result.metafile };
}
