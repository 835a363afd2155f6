/**
 * Migrations are numbered without gaps (006 alone was never used, docs/decisions.md). Two migrations written
 * side by side that took one number are refused when the migrations load, instead of one of them never being
 * applied. A gap is named (numberingGaps), not refused: migrations written side by side may land in any order.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadMigrations, numberingGaps } from '../../src/db/migrate.js';

const folders: string[] = [];
afterEach(async () => {
  await Promise.all(folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
});

async function folderWith(names: string[]): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'migrations-'));
  folders.push(folder);
  await Promise.all(names.map((name) => writeFile(join(folder, name), 'SELECT 1;')));
  return `${folder}/`;
}

const upTo7 = ['001_a.sql', '002_b.sql', '003_c.sql', '004_d.sql', '005_e.sql', '007_g.sql'];

describe('migration numbering', () => {
  it("loads the service's own migrations: 001 to 005, then 007 on, each number once", async () => {
    const versions = (await loadMigrations()).map((migration) => migration.version);
    expect(versions.slice(0, 6)).toEqual([1, 2, 3, 4, 5, 7]);
    expect(new Set(versions).size).toBe(versions.length);
  });

  it('loads the next number after 007', async () => {
    expect((await loadMigrations(await folderWith([...upTo7, '008_h.sql']))).map((m) => m.version)).toEqual([1, 2, 3, 4, 5, 7, 8]);
  });

  it('refuses two migrations with one number', async () => {
    await expect(loadMigrations(await folderWith([...upTo7, '008_refunds.sql', '008_promotions.sql']))).rejects.toThrow(
      /008_refunds uses a number already taken/,
    );
  });

  it('refuses 006, retired for good', async () => {
    await expect(loadMigrations(await folderWith([...upTo7, '006_f.sql']))).rejects.toThrow(/006_f uses a retired number/);
  });

  it('names a gap', async () => {
    expect(numberingGaps(await loadMigrations(await folderWith([...upTo7, '009_i.sql'])))).toEqual([8]);
  });
});
