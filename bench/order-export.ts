/**
 * The order-export scale run alone (`npx tsx bench/order-export.ts`): seeds BENCH_EXPORT_ORDERS (100,000) paid
 * orders in the bench tenant, exports them as CSV and XLSX, prints time, bytes and memory growth, cleans up.
 * `npm run bench` runs the same scenario among the others.
 */
import { EXPORT_MEMORY_LIMIT_MB, exportOrders } from './lib/order-export.js';
import { cleanUp } from './lib/scale.js';
import { startBenchService } from './lib/service.js';
import { benchTargets } from './lib/targets.js';

const orders = Number(process.env.BENCH_EXPORT_ORDERS) > 0 ? Number(process.env.BENCH_EXPORT_ORDERS) : 100_000;
const svc = await startBenchService(await benchTargets());
try {
  const result = await exportOrders(svc, orders);
  console.log(JSON.stringify(result, null, 2));
  for (const run of result.runs) {
    console.log(`${run.format}: ${run.bytes} bytes in ${run.seconds} s, memory +${run.rssGrowthMb} MB resident (limit ${EXPORT_MEMORY_LIMIT_MB} MB), +${run.heapGrowthMb} MB heap, +${run.liveHeapGrowthMb} MB heap held (after full collections)`);
  }
} finally {
  await cleanUp(svc).catch((error: unknown) => console.warn('clean-up of the bench tenant failed:', error instanceof Error ? error.message : error));
  await svc.close();
}
