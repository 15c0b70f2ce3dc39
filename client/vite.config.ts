import path from 'node:path';
import { defineConfig } from 'vite';

// bench.html (the graph view on a generated graph, for scripts/bench-client.ts) is built only on request,
// into its own folder: the explorer the server serves never carries it.
const bench = process.env.GOVGRAPH_BENCH_BUILD === '1';

export default defineConfig({
  root: path.resolve(__dirname),
  build: {
    outDir: path.resolve(__dirname, '..', 'dist', bench ? 'bench' : 'client'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      input: bench ? { bench: path.resolve(__dirname, 'bench.html') } : { main: path.resolve(__dirname, 'index.html') },
    },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
});
