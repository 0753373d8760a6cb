import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';

/** The build puts the operations' manifest beside the app, for the gateway's safelist. */
function persistedQueryManifest(): Plugin {
  return {
    name: 'persisted-query-manifest',
    apply: 'build',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'persisted-query-manifest.json',
        source: readFileSync(
          new URL('./src/generated/persisted-query-manifest.json', import.meta.url),
          'utf8',
        ),
      });
    },
  };
}

export default defineConfig({
  plugins: [persistedQueryManifest()],
  server: { host: 'localhost', port: Number(process.env.PORTAL_PORT ?? 5173) },
  // MapLibre alone is about 1 MB; it is loaded only by the page with a map.
  build: { chunkSizeWarningLimit: 1100 },
});
