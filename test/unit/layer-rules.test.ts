/**
 * The layers are checked by `npm run lint` (eslint.config.js): these cases lint one import at a place in the
 * tree and show which are refused — core/ importing I/O, db/ importing http/, an area importing jobs/, and
 * an area or a job reaching past another area's face (modules/<area>/index.ts).
 */
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: root });

/** The messages of the import rule for `source` written in the file at `filePath`. */
async function importProblems(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${source}\nexport const used = value;\n`, { filePath: `${root}/${filePath}` });
  return (result?.messages ?? []).filter((message) => message.ruleId === 'no-restricted-imports').map((message) => message.message);
}

describe('lint refuses an import across the layers', () => {
  it.each([
    ['src/core/new-rule.ts', "import { value } from '../db/database.js';", 'core/ is pure'],
    ['src/core/new-rule.ts', "import type { value } from '../http/auth.js';", 'core/ is pure'],
    ['src/core/new-rule.ts', "import { value } from '../peers/contract.js';", 'core/ is pure'],
    ['src/core/new-rule.ts', "import { value } from '../modules/orders/index.js';", 'core/ is pure'],
    ['src/core/new-rule.ts', "import { value } from '../bus/outbox.js';", 'core/ is pure'],
    ['src/core/new-rule.ts', "import { value } from 'pg';", 'core/ is pure'],
    ['src/db/new-table.ts', "import { value } from '../http/auth.js';", 'db/ is below http/'],
    ['src/modules/orders/new-use-case.ts', "import { value } from '../../jobs/expiry.js';", 'do not import jobs/'],
    ['src/modules/refunds/new-use-case.ts', "import { value } from '../orders/repository.js';", 'only through its face'],
    ['src/modules/disputes/new-use-case.ts', "export { value } from '../tax/service.js';", 'only through its face'],
    ['src/jobs/new-job.ts', "import { value } from '../modules/orders/repository.js';", 'only through its face'],
  ])('%s: %s', async (filePath, source, reason) => {
    const problems = await importProblems(filePath, source);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(reason);
  });
});

describe('lint lets the allowed imports through', () => {
  it.each([
    ['src/core/new-rule.ts', "import { value } from './money.js';"],
    ['src/db/new-table.ts', "import { value } from '../errors.js';"],
    ['src/modules/refunds/new-use-case.ts', "import { value } from '../orders/index.js';"],
    ['src/modules/refunds/new-use-case.ts', "import { value } from './repository.js';"],
    ['src/modules/refunds/new-use-case.ts', "import { value } from '../../db/database.js';"],
    ['src/jobs/new-job.ts', "import { value } from '../modules/orders/index.js';"],
    ['src/app.ts', "import { value } from './modules/orders/checkout.js';"],
  ])('%s: %s', async (filePath, source) => {
    expect(await importProblems(filePath, source)).toEqual([]);
  });
});
