import zlib from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';

/**
 * Production build into web/dist (served by the gateway at /), each asset beside its brotli and
 * gzip copies (compressed once here, so the gateway spends no CPU compressing on each request). `npm run dev -w web` proxies the
 * API to a running gateway (GATEWAY_URL, default http://127.0.0.1:4000).
 */
const gateway = process.env.GATEWAY_URL ?? 'http://127.0.0.1:4000';

export default defineConfig({
  plugins: [
    react(),
    compression({
      // Brotli at quality 9: nearly the size of 11 at a fraction of the build time.
      algorithms: [
        defineAlgorithm('brotliCompress', { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 9 } }),
        'gzip',
      ],
      threshold: 1024,
    }),
  ],
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
    proxy: {
      '/graphql': { target: gateway, ws: true },
      '/takeaway': { target: gateway },
      '/export': { target: gateway },
    },
  },
});
