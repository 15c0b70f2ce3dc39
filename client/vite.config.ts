import path from 'node:path';
import { defineConfig } from 'vite';

export default defineConfig({
  root: path.resolve(__dirname),
  build: {
    outDir: path.resolve(__dirname, '..', 'dist', 'client'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    // bench.html: the same graph view on a generated graph, for scripts/bench-client.ts.
    rolldownOptions: { input: { main: path.resolve(__dirname, 'index.html'), bench: path.resolve(__dirname, 'bench.html') } },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
});
