/**
 * Embedded mode keeps the secrets it generated in DATA_DIR, so that a restart keeps the developer token and
 * the data valid. Secrets given in the environment always win; production never reads or writes this file.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const SECRET_NAMES = ['JWT_SECRET', 'SERVICE_JWT_SECRET', 'PAYMENT_WEBHOOK_SECRET'] as const;
type SecretName = (typeof SECRET_NAMES)[number];

function fileIn(dataDir: string): string {
  return join(dataDir, 'secrets.json');
}

/** The environment with the embedded secrets saved earlier filled in where the environment has none. */
export async function withSavedSecrets(env: NodeJS.ProcessEnv, dataDir: string): Promise<NodeJS.ProcessEnv> {
  let saved: Partial<Record<SecretName, string>> = {};
  try {
    saved = JSON.parse(await readFile(fileIn(dataDir), 'utf8')) as Partial<Record<SecretName, string>>;
  } catch {
    return env;
  }
  const merged = { ...env };
  for (const name of SECRET_NAMES) {
    if (!merged[name] && typeof saved[name] === 'string') merged[name] = saved[name];
  }
  return merged;
}

export async function saveSecrets(dataDir: string, secrets: Partial<Record<SecretName, string>>): Promise<string> {
  await mkdir(dataDir, { recursive: true });
  const path = fileIn(dataDir);
  await writeFile(path, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 });
  return path;
}
