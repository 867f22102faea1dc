import { NOTIFICATION_KINDS } from '@chainlift/domain';
import { retryDelay } from './mailer';
import { mailLocaleOf, renderMail } from './templates';

describe('inbox e-mail templates', () => {
  it('every kind has a subject in both languages', () => {
    for (const kind of NOTIFICATION_KINDS)
      for (const locale of ['zh-CN', 'en'] as const)
        expect(renderMail(locale, { kind, link: '/x', params: {} }, 'http://h').subject).not.toBe(
          '',
        );
  });
  it('fills the values and links to the page where the user acts', () => {
    const mail = renderMail(
      'zh-CN',
      { kind: 'ORDER_TO_CONFIRM', link: '/orders/o1', params: { number: 'PO-7' } },
      'https://chainlift.example/',
    );
    expect(mail.subject).toBe('订单 PO-7 待您确认');
    expect(mail.text).toContain('https://chainlift.example/#/orders/o1');
  });
  it('Chinese unless the user chose English', () => {
    expect(mailLocaleOf(undefined)).toBe('zh-CN');
    expect(mailLocaleOf('en')).toBe('en');
  });
});

describe('retry backoff', () => {
  it('doubles from the base up to the ceiling', () => {
    expect([1, 2, 3, 4].map((n) => retryDelay(n, 1000, 5000))).toEqual([1000, 2000, 4000, 5000]);
  });
});
