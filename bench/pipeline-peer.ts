/**
 * The hello-world peer of the minimal pipeline (lib/pipeline.ts), in its own process like the sandbox: any
 * GET or POST answers a small JSON document at once. Prints its URL on stdout.
 */
import Fastify from 'fastify';

const app = Fastify({ logger: false });
app.get('/*', async () => ({ id: 'peer', status: 'ok', available: 1000 }));
app.post('/*', async (_request, reply) => reply.code(201).send({ id: 'peer', status: 'ok' }));
await app.listen({ host: '127.0.0.1', port: 0 });
const address = app.server.address();
console.log(`pipeline peer: http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`);
process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
