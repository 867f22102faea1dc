import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * Production build into web/dist (served by the gateway at /). `npm run dev -w web` proxies the
 * API to a running gateway (GATEWAY_URL, default http://127.0.0.1:4000).
 */
const gateway = process.env.GATEWAY_URL ?? 'http://127.0.0.1:4000';

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1700,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'apollo', test: /node_modules[\\/](@apollo|graphql|graphql-ws|rxjs)[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    proxy: { '/graphql': { target: gateway, ws: true } },
  },
});
