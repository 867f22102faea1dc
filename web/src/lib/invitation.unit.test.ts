import { appBase, expiresSoon, invitationLink, routeOf, signUpInput } from './invitation';

it('builds the sign-up link from where the app is served', () => {
  const base = appBase({ origin: 'http://127.0.0.1:4000', pathname: '/' });
  expect(invitationLink(base, 'abc_DEF-123')).toBe(
    'http://127.0.0.1:4000/#/signup?token=abc_DEF-123',
  );
  expect(invitationLink('https://x.cn/app/', 'a+b/c=')).toBe(
    'https://x.cn/app/#/signup?token=a%2Bb%2Fc%3D',
  );
});

it('reads the route and the token back from the hash', () => {
  const link = invitationLink('http://h/', 'a+b/c=');
  expect(routeOf(link.slice(link.indexOf('#')))).toEqual({ page: 'signup', token: 'a+b/c=' });
  expect(routeOf('#/signup/?token=%20t1%20')).toEqual({ page: 'signup', token: 't1' });
  expect(routeOf('#/signup')).toEqual({ page: 'signup', token: '' });
  expect(routeOf('')).toEqual({ page: 'home' });
  expect(routeOf('#/signupx?token=t')).toEqual({ page: 'home' });
  expect(routeOf('#/other')).toEqual({ page: 'home' });
});

it("sends the company's details only for a company the invitation created, trimmed", () => {
  const values = {
    name: ' 王芳 ',
    email: ' wf@x.cn ',
    password: ' secret pass ',
    confirm: ' secret pass ',
    companyName: ' 宁波精工 ',
    region: '',
    industry: '  ',
  };
  expect(signUpInput('t', values, true)).toEqual({
    token: 't',
    name: '王芳',
    email: 'wf@x.cn',
    password: ' secret pass ',
    companyName: '宁波精工',
  });
  expect(signUpInput('t', values, false)).toEqual({
    token: 't',
    name: '王芳',
    email: 'wf@x.cn',
    password: ' secret pass ',
  });
});

it('says when a link is about to expire', () => {
  const now = new Date('2025-03-01T00:00:00Z');
  expect(expiresSoon('2025-03-01T12:00:00Z', now)).toBe(true);
  expect(expiresSoon('2025-02-28T00:00:00Z', now)).toBe(true);
  expect(expiresSoon('2025-03-10T00:00:00Z', now)).toBe(false);
});
