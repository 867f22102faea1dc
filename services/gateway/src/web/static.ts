/**
 * The web app (web/dist, built by Vite) at `/`: hashed assets cached for a year and sent as the
 * brotli or gzip copy the build wrote beside them when the browser accepts it, every other GET
 * that is not the API answered with index.html so the app's own routes work on reload. When the
 * app has not been built, a page says how to build it (checked per request: no restart needed).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '@chainlift/platform';
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import expressStaticGzip from 'express-static-gzip';

const API_PREFIXES = ['/graphql', '/ingest', '/health'];

export function webApp(distDir = path.join(REPO_ROOT, 'web', 'dist')): Router {
  const router = express.Router();
  const index = path.join(distDir, 'index.html');
  router.use(
    '/assets',
    expressStaticGzip(path.join(distDir, 'assets'), {
      enableBrotli: true,
      orderPreference: ['br', 'gzip'],
      index: false,
      serveStatic: { immutable: true, maxAge: '365d', fallthrough: false },
    }),
  );
  router.use(express.static(distDir, { index: false, maxAge: 0 }));
  router.use((req: Request, res: Response, next: NextFunction) => {
    if (
      (req.method !== 'GET' && req.method !== 'HEAD') ||
      API_PREFIXES.some((p) => req.path.startsWith(p))
    )
      return next();
    if (!existsSync(index)) {
      res
        .status(503)
        .type('text/plain; charset=utf-8')
        .send(
          'The web app is not built yet: run `npm run build -w web` (npm start builds it when missing).\n',
        );
      return;
    }
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(index);
  });
  return router;
}
