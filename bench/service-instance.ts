/**
 * A further instance of the service under load, in a process of its own: the bench forks it
 * (lib/service.ts, startInstanceProcess) and sends the environment its own instance was configured with
 * (PORT 0: any free port); it answers the URL it listens on. SIGTERM, SIGINT or the bench going away (the IPC
 * channel closing) stop it: HTTP server, outbox relay, connections.
 */
import { startServiceInstance, type InstanceEnv, type ServiceInstance } from './lib/service.js';

let instance: ServiceInstance | undefined;
let stopping = false;

async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  const deadline = setTimeout(() => process.exit(1), 10_000);
  deadline.unref();
  await instance?.close().catch(() => undefined);
  process.exit(0);
}

process.once('SIGTERM', () => void stop());
process.once('SIGINT', () => void stop());
process.once('disconnect', () => void stop());

process.once('message', (env: InstanceEnv) => {
  startServiceInstance(env).then(
    (started) => {
      instance = started;
      const address = started.app.server.address();
      const port = typeof address === 'object' && address ? address.port : started.config.port;
      process.send?.({ ok: true, baseUrl: `http://${started.config.host}:${port}` });
    },
    (error: unknown) => process.send?.({ ok: false, error: error instanceof Error ? error.stack : String(error) }, () => process.exit(1)),
  );
});
