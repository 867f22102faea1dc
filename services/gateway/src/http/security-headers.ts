/**
 * Security headers on every HTTP answer (helmet): a Content-Security-Policy the web app lives
 * within, no framing (frame-ancestors 'none', X-Frame-Options DENY), nosniff, no referrer across
 * origins. The built app has no inline script (Vite emits module scripts with src) and antd's
 * zero-runtime theme ships one static stylesheet; `style-src 'unsafe-inline'` stays for React's
 * style attributes and the few style elements antd's popups still insert. Apollo's landing page
 * (demo mode only) loads its sandbox from Apollo's CDN, so GET /graphql from a browser gets a
 * policy that lets it.
 */
import type { RequestHandler } from 'express';
import helmet from 'helmet';

const appPolicy = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'", 'ws:', 'wss:'],
  workerSrc: ["'self'", 'blob:'],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  // The platform also runs on plain http (127.0.0.1): never rewrite its requests to https.
  upgradeInsecureRequests: null,
};

const APOLLO_CDN = 'https://*.apollographql.com';
const landingPolicy = {
  ...appPolicy,
  scriptSrc: ["'self'", "'unsafe-inline'", APOLLO_CDN],
  styleSrc: ["'self'", "'unsafe-inline'", APOLLO_CDN, 'https://fonts.googleapis.com'],
  fontSrc: ["'self'", 'data:', 'https://fonts.gstatic.com'],
  imgSrc: ["'self'", 'data:', APOLLO_CDN],
  connectSrc: ["'self'", APOLLO_CDN],
  frameSrc: ["'self'", APOLLO_CDN],
  manifestSrc: ["'self'", APOLLO_CDN],
};

export function securityHeaders(options: { landingPage: boolean }): RequestHandler {
  const common = {
    frameguard: { action: 'deny' as const },
    referrerPolicy: { policy: 'same-origin' as const },
    crossOriginEmbedderPolicy: false,
  };
  const app = helmet({ ...common, contentSecurityPolicy: { directives: appPolicy } });
  if (!options.landingPage) return app;
  const landing = helmet({ ...common, contentSecurityPolicy: { directives: landingPolicy } });
  return (req, res, next) =>
    req.method === 'GET' && req.path === '/graphql' && req.accepts('html') === 'html'
      ? landing(req, res, next)
      : app(req, res, next);
}
