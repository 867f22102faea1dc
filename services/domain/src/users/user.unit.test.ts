import { checkPassword, parseEmail, parseRole } from './user';

describe('user input', () => {
  it('normalises e-mail addresses and rejects malformed ones', () => {
    expect(parseEmail(' Li.Wei@Example.CN ')).toEqual({ ok: true, value: 'li.wei@example.cn' });
    expect(parseEmail('li.wei@')).toMatchObject({ ok: false, error: { field: 'email' } });
  });

  it('knows the three roles', () => {
    expect(parseRole('OPERATOR')).toEqual({ ok: true, value: 'OPERATOR' });
    expect(parseRole('OWNER')).toMatchObject({ ok: false });
  });

  it('wants passwords of ten characters or more', () => {
    expect(checkPassword('short')).toMatchObject({ ok: false, error: { field: 'password' } });
    expect(checkPassword('long enough!')).toMatchObject({ ok: true });
  });
});
