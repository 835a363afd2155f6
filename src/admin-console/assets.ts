/**
 * The admin console's browser files (SPEC §17). `npm run build` writes them next to the compiled service
 * (dist/console-assets/, see build-command.ts), and the image serves those. Without them (`npm start` from the
 * sources, the tests) they are bundled in memory with esbuild on first use: a development dependency, loaded
 * only then, so a production install never needs it.
 */
import { readFile, readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

export interface ConsoleAsset {
  contentType: string;
  body: Buffer;
}

/** File name → content: `app.js`, `app.css`. */
export type ConsoleAssets = ReadonlyMap<string, ConsoleAsset>;

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** Where `npm run build` puts the bundle: dist/console-assets beside dist/src/admin-console/. */
export const BUILT_ASSETS_DIR = fileURLToPath(new URL('../../console-assets/', import.meta.url));
/** The console's sources: admin-console/src/main.tsx at the root of the project. */
export const CONSOLE_ENTRY = fileURLToPath(new URL('../../admin-console/src/main.tsx', import.meta.url));

function contentTypeOf(name: string): string | undefined {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? undefined : CONTENT_TYPES[name.slice(dot)];
}

/** Bundles the console with esbuild: one ES module (app.js) and one stylesheet (app.css), minified. */
export async function bundleConsole(outdir: string, write: boolean): Promise<{ path: string; contents: Uint8Array }[]> {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: { app: CONSOLE_ENTRY },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: ['es2022'],
    jsx: 'automatic',
    jsxImportSource: 'preact',
    minify: true,
    legalComments: 'none',
    outdir,
    write,
    logLevel: 'silent',
  });
  return result.outputFiles ?? [];
}

async function readBuiltAssets(): Promise<ConsoleAssets | null> {
  let names: string[];
  try {
    names = await readdir(BUILT_ASSETS_DIR);
  } catch {
    return null;
  }
  const assets = new Map<string, ConsoleAsset>();
  for (const name of names) {
    const contentType = contentTypeOf(name);
    if (contentType) assets.set(name, { contentType, body: await readFile(`${BUILT_ASSETS_DIR}${name}`) });
  }
  return assets.has('app.js') ? assets : null;
}

async function bundleInMemory(): Promise<ConsoleAssets> {
  const files = await bundleConsole('/console-assets', false);
  const assets = new Map<string, ConsoleAsset>();
  for (const file of files) {
    const name = file.path.slice(file.path.lastIndexOf('/') + 1);
    const contentType = contentTypeOf(name);
    if (contentType) assets.set(name, { contentType, body: Buffer.from(file.contents) });
  }
  return assets;
}

/** The built files when there are some, else a bundle made now; made once per process, on first use. */
export function consoleAssetsLoader(): () => Promise<ConsoleAssets> {
  let loading: Promise<ConsoleAssets> | null = null;
  return () => {
    loading ??= readBuiltAssets().then((built) => built ?? bundleInMemory());
    // A failed bundle is tried again on the next request instead of being remembered.
    loading.catch(() => {
      loading = null;
    });
    return loading;
  };
}
