/** `npm run build` step: writes the admin console's bundle to dist/console-assets/, where the compiled service serves it from. */
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { bundleConsole } from './assets.js';

const outdir = fileURLToPath(new URL('../../dist/console-assets/', import.meta.url));
await rm(outdir, { recursive: true, force: true });
const files = await bundleConsole(outdir, true);
console.error(`admin console: ${files.length === 0 ? 'bundle written' : `${files.length} files`} to ${outdir}`);
