/** Runs one load (autocannon) in a separate process: see bench/load-worker.ts. */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { LoadResult, LoadSpec } from './load-spec.js';
import type { ScriptResult, ScriptSpec } from './script-spec.js';

const WORKER = fileURLToPath(new URL('../load-worker.ts', import.meta.url));

export function runLoad(spec: LoadSpec): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = fork(WORKER, [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let answered = false;
    child.once('message', (message: { ok: true; result: LoadResult } | { ok: false; error: string }) => {
      answered = true;
      if (message.ok) resolve(message.result);
      else reject(new Error(`load "${spec.title}" failed: ${message.error}`));
    });
    child.once('exit', (code) => {
      if (!answered) reject(new Error(`load generator for "${spec.title}" exited with code ${code} without an answer`));
    });
    child.once('error', reject);
    child.send(spec);
  });
}

const SCRIPT_WORKER = fileURLToPath(new URL('../script-worker.ts', import.meta.url));

/** Runs a script of calls (see lib/script-spec.ts) in a separate process: bench/script-worker.ts. */
export function runScript(spec: ScriptSpec): Promise<ScriptResult> {
  return new Promise((resolve, reject) => {
    const child = fork(SCRIPT_WORKER, [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'], serialization: 'advanced' });
    let answered = false;
    child.once('message', (message: { ok: true; result: ScriptResult } | { ok: false; error: string }) => {
      answered = true;
      if (message.ok) resolve(message.result);
      else reject(new Error(`script "${spec.title}" failed: ${message.error}`));
    });
    child.once('exit', (code) => {
      if (!answered) reject(new Error(`script runner for "${spec.title}" exited with code ${code} without an answer`));
    });
    child.once('error', reject);
    child.send(spec);
  });
}
