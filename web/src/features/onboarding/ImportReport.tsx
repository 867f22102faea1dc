/** What an invitation or a supplier CSV did, row by row, with each new invitation link once. */
import { Alert, Space, Table, Tag, Typography } from 'antd';
import { useI18n } from '../../i18n/i18n';
import { formatDate } from '../../lib/format';
import { appBase, invitationLink } from '../../lib/invitation';
import type { Report } from './operations';

function LinkCell({ row }: { row: Report['rows'][number] }) {
  const { t } = useI18n();
  if (!row.invitationToken) return <>—</>;
  const link = invitationLink(appBase(window.location), row.invitationToken);
  return (
    <div style={{ maxWidth: 270 }} data-testid="invitation-link" data-link={link}>
      <Typography.Text
        copyable={{ text: link, tooltips: [t('invite.copy'), t('invite.copied')] }}
        ellipsis
        style={{ maxWidth: 250, fontSize: 12 }}
        title={link}
      >
        {link}
      </Typography.Text>
      {row.invitationExpiresAt && (
        <div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('invite.expiresOn', { date: formatDate(row.invitationExpiresAt) })}
          </Typography.Text>
        </div>
      )}
    </div>
  );
}

export function ReportTable({ report }: { report: Report }) {
  const { t, tk } = useI18n();
  const links = report.rows.filter((r) => r.invitationToken);
  const expiries = [
    ...new Set(links.map((r) => r.invitationExpiresAt).filter((d): d is string => Boolean(d))),
  ].sort();
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {links.length > 0 && (
        <Alert
          type="warning"
          showIcon
          data-testid="invitation-links-note"
          title={t('invite.linksOnce', { count: links.length })}
          description={
            expiries.length > 0
              ? t('invite.linksExpire', { date: formatDate(expiries[0]) })
              : undefined
          }
        />
      )}
      <Alert
        type={report.applied ? 'success' : 'error'}
        showIcon
        title={
          report.applied
            ? t('import.summary', {
                created: report.created,
                invited: report.invited,
                already: report.alreadyMembers,
                invalid: report.invalid,
              })
            : t('import.notApplied')
        }
      />
      <Table
        size="small"
        rowKey="row"
        dataSource={report.rows}
        pagination={{ pageSize: 8, hideOnSinglePage: true }}
        data-testid="import-report"
        columns={[
          { title: t('import.row'), dataIndex: 'row', width: 70 },
          { title: t('company.name'), dataIndex: 'name' },
          { title: t('company.uscc'), dataIndex: 'uscc' },
          {
            title: t('import.result'),
            dataIndex: 'status',
            render: (s: string) => (
              <Tag color={s === 'INVALID' ? 'red' : 'green'}>{tk('import', s)}</Tag>
            ),
          },
          { title: t('import.message'), dataIndex: 'message' },
          ...(links.length > 0
            ? [
                {
                  title: t('invite.link'),
                  key: 'link',
                  width: 280,
                  render: (_: unknown, r: Report['rows'][number]) => <LinkCell row={r} />,
                },
              ]
            : []),
        ]}
      />
    </Space>
  );
}
