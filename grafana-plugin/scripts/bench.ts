/**
 * `npm run bench`: render time of the built panel in headless Chromium for 50, 200 and 1,000 nodes, on
 * both React runtimes. Each sample renders the panel into a fresh React root (nothing memoised
 * survives: frame indexing, model, layout and every visible card) inside `flushSync`, so the figure is
 * the main-thread scripting time of one complete render (React render + commit; style and layout of the
 * browser come after and are not counted). Prints medians and the growth from 50 to 1,000 nodes (linear growth would be 20×).
 * Target: ≤ 100 ms at 1,000 nodes.
 */
import { resolve } from 'path';
import { launchBrowser } from '../harness/browser';
import { startHarnessServer } from '../harness/server';

const SIZES = [50, 200, 1000];
const REPEATS = Number(process.env.BENCH_REPEATS ?? 9);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function main() {
  const root = resolve(__dirname, '..');
  const server = await startHarnessServer(root);
  const browser = await launchBrowser({ width: 1400, height: 900 });
  const rows: string[] = [];
  try {
    for (const runtime of ['react18', 'react19']) {
      const page = await browser.context.newPage();
      await page.goto(`${server.url}/harness/${runtime}/?fixture=scaled&n=50&theme=dark`);
      await page.waitForFunction(() => window.__harness?.status !== 'loading', null, { timeout: 60000 });
      await page.evaluate((n) => window.__harness.measure(n, 3), 1000); // warm-up (JIT)
      const medians: number[] = [];
      for (const n of SIZES) {
        const samples = await page.evaluate(([size, repeats]) => window.__harness.measure(size, repeats), [
          n,
          REPEATS,
        ] as const);
        medians.push(median(samples));
        // No named helpers inside evaluate(): tsx would wrap them in a __name() call the page lacks.
        const runs = await page.evaluate((size) => [0, 1, 2, 3, 4].map(() => window.__harness.profileModel(size)), n);
        const parts = {
          index: Math.min(...runs.map((r) => r.index)),
          model: Math.min(...runs.map((r) => r.model)),
          layout: Math.min(...runs.map((r) => r.layout)),
        };
        rows.push(
          `${runtime.padEnd(8)} ${String(n).padStart(5)} nodes  median ${median(samples).toFixed(1).padStart(6)} ms  ` +
            `min ${Math.min(...samples)
              .toFixed(1)
              .padStart(6)} ms  max ${Math.max(...samples)
              .toFixed(1)
              .padStart(6)} ms  ` +
            `(of which, best of 5: read frames ${parts.index.toFixed(1)}, model ${parts.model.toFixed(1)}, layout ${parts.layout.toFixed(1)} ms)`
        );
      }
      rows.push(
        `${runtime.padEnd(8)} growth 50 → 1,000 nodes: ${(medians[2] / medians[0]).toFixed(2)}× (linear would be 20×); ` +
          `1,000 nodes ${medians[2] <= 100 ? 'within' : 'OVER'} the 100 ms target`
      );
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`render time of the panel (fresh root, flushSync), ${REPEATS} renders per size, Chromium headless`);
  console.log(rows.join('\n'));
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
