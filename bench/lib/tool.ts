/**
 * What the bench's tools (profile.ts, statements.ts) share: the service started against the bench targets,
 * the tool's work, then the bench tenant's rows removed and the service closed, whatever happened; the
 * process exits 0, or 1 with the error.
 */
import { cleanUp } from './scale.js';
import { startBenchService, type BenchService } from './service.js';
import { benchTargets } from './targets.js';

export function runBenchTool(work: (svc: BenchService) => Promise<void>): void {
  const run = async () => {
    const svc = await startBenchService(await benchTargets());
    try {
      await work(svc);
    } finally {
      await cleanUp(svc).catch(() => undefined);
      await svc.close();
    }
  };
  run().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
