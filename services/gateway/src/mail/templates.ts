/**
 * The inbox e-mails, in the recipient's language (zh-CN first, en): a subject and a short text with
 * the link to the page where the user acts. Pure; unit-tested beside it.
 */
import type { NotificationKind } from '@chainlift/domain';

export type MailLocale = 'zh-CN' | 'en';

const SUBJECTS: Record<MailLocale, Record<NotificationKind, string>> = {
  'zh-CN': {
    INVITATION_RECEIVED: '您收到一条供应链邀请',
    ORDER_TO_CONFIRM: '订单 {number} 待您确认',
    ORDER_TO_RECEIVE: '订单 {number} 已发货，待您收货',
    RECEIVABLE_TO_CONFIRM: '一笔应收账款待您确权',
    PLEDGE_APPLIED: '新的质押融资申请',
    PLEDGE_DECIDED: '您的质押融资申请有了结果',
    MARGIN_CALL: '存货融资补仓预警',
    LIQUIDATION: '存货融资平仓预警',
    CONSENT_GRANTED: '您获得了新的数据授权',
    CONSENT_REVOKED: '一项数据授权已被撤销',
    ASSESSMENT_SHARED: '一家企业向您共享了数字化评估',
    TASK_DUE: '改进任务已到期',
    ENGAGEMENT_PROPOSED: '一家企业向您提出服务委托',
    ENGAGEMENT_UPDATED: '您的服务委托有了新进展',
  },
  en: {
    INVITATION_RECEIVED: 'You received a supply-chain invitation',
    ORDER_TO_CONFIRM: 'Order {number} awaits your confirmation',
    ORDER_TO_RECEIVE: 'Order {number} was shipped: take delivery',
    RECEIVABLE_TO_CONFIRM: 'A receivable awaits your confirmation',
    PLEDGE_APPLIED: 'New pledge financing application',
    PLEDGE_DECIDED: 'Your pledge application was decided',
    MARGIN_CALL: 'Inventory loan: margin call',
    LIQUIDATION: 'Inventory loan: liquidation alert',
    CONSENT_GRANTED: 'You were granted access to shared data',
    CONSENT_REVOKED: 'A data consent was revoked',
    ASSESSMENT_SHARED: 'A company shared its digital assessment with you',
    TASK_DUE: 'An improvement task is due',
    ENGAGEMENT_PROPOSED: 'A company proposes to engage your service',
    ENGAGEMENT_UPDATED: 'An engagement of yours moved on',
  },
};

const BODY: Record<MailLocale, string> = {
  'zh-CN': '{subject}\n\n请登录链动处理：{url}\n\n（您可在链动的通知设置中关闭此类邮件。）',
  en: '{subject}\n\nOpen ChainLift to act on it: {url}\n\n(You can turn these e-mails off in ChainLift’s notification settings.)',
};

const fill = (text: string, values: Record<string, string>) =>
  text.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);

export const mailLocaleOf = (locale: string | null | undefined): MailLocale =>
  locale === 'en' ? 'en' : 'zh-CN';

export function renderMail(
  locale: MailLocale,
  item: { kind: NotificationKind; link: string; params: Record<string, string> },
  publicUrl: string,
): { subject: string; text: string } {
  const subject = fill(SUBJECTS[locale][item.kind], item.params);
  const url = `${publicUrl.replace(/\/$/, '')}/#${item.link}`;
  return { subject, text: fill(BODY[locale], { subject, url }) };
}
