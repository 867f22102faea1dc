/**
 * Invitation links and the sign-up they lead to: the link the inviter sends
 * (`<app>/#/signup?token=…`), reading it back from the address, and the sign-up input.
 * The app has no router: a hash route keeps the token out of requests to the server and works
 * wherever the app is served.
 */

export const SIGNUP_ROUTE = '#/signup';

/** The address of the web app itself (origin and path, no query or hash). */
export function appBase(location: { origin: string; pathname: string }): string {
  return `${location.origin}${location.pathname}`;
}

/** The link a supplier opens to sign up: `<app>/#/signup?token=…`. */
export function invitationLink(base: string, token: string): string {
  return `${base}${SIGNUP_ROUTE}?token=${encodeURIComponent(token)}`;
}

export type Route = { page: 'signup'; token: string } | { page: 'home' };

/** What the address's hash asks for: the sign-up page (with its token, maybe empty) or the app. */
export function routeOf(hash: string): Route {
  const [path, query = ''] = hash.split('?', 2) as [string, string | undefined];
  if (path !== SIGNUP_ROUTE && path !== `${SIGNUP_ROUTE}/`) return { page: 'home' };
  return { page: 'signup', token: (new URLSearchParams(query).get('token') ?? '').trim() };
}

export interface SignUpValues {
  name: string;
  email: string;
  password: string;
  confirm?: string;
  companyName?: string;
  region?: string;
  industry?: string;
}

export interface SignUpInput {
  token: string;
  name: string;
  email: string;
  password: string;
  companyName?: string;
  region?: string;
  industry?: string;
}

/**
 * The API's sign-up input from the form: trimmed; the company's details only for a company the
 * invitation created (`provisional`) and only those filled in (the API refuses them otherwise).
 */
export function signUpInput(token: string, v: SignUpValues, provisional: boolean): SignUpInput {
  const input: SignUpInput = {
    token,
    name: v.name.trim(),
    email: v.email.trim(),
    password: v.password,
  };
  if (provisional)
    for (const field of ['companyName', 'region', 'industry'] as const) {
      const value = v[field]?.trim();
      if (value) input[field] = value;
    }
  return input;
}

/** Within a day of the link's expiry (or past it): worth saying so. */
export function expiresSoon(expiresAt: string, now: Date = new Date()): boolean {
  return new Date(expiresAt).getTime() - now.getTime() < 24 * 3600 * 1000;
}
