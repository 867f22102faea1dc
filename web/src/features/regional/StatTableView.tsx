/**
 * One of the authority's statistics tables: rows and columns as the server gives them, a hidden
 * cell as "<5" (fewer than the minimum of companies) or "—" (complementary suppression) with the
 * reason on hover, and its Excel export.
 */
import { Card, Table, Tooltip, Typography } from 'antd';
import { ExportButton } from '../../components/ExportButton';
import type { StatTableFieldsFragment } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { localized } from '../../lib/assessment';
import { hiddenCounts, statCell } from '../../lib/regional';

type Row = StatTableFieldsFragment['rows'][number];

export function StatTableView({
  table,
  minimum,
  months,
}: {
  table: StatTableFieldsFragment;
  minimum: number;
  /** The months of the grades-over-time table the page shows (the export holds every table). */
  months: number;
}) {
  const { t, locale } = useI18n();
  const hidden = hiddenCounts(table.rows);
  return (
    <Card
      size="small"
      title={localized(locale, table)}
      extra={<ExportButton table="regional-statistics" filters={{ months: String(months) }} />}
    >
      <Table<Row>
        size="small"
        rowKey="key"
        dataSource={table.rows}
        pagination={false}
        scroll={{ x: 160 + table.columns.length * 110 }}
        data-testid={`stat-${table.key}`}
        rowClassName={(row) => (row.key === 'TOTAL' ? 'stat-total' : '')}
        columns={[
          {
            title: '',
            fixed: 'left',
            width: 160,
            render: (_, row) =>
              row.key === 'TOTAL' ? (
                <strong>{localized(locale, row)}</strong>
              ) : (
                localized(locale, row)
              ),
          },
          ...table.columns.map((column, i) => ({
            key: column.key,
            title: localized(locale, column),
            align: 'right' as const,
            render: (_: unknown, row: Row) => {
              const cell = statCell(row.cells[i] ?? {}, column.unit, minimum);
              return cell.hidden ? (
                <Tooltip title={t(cell.reason, { minimum })}>
                  <Typography.Text type="secondary" data-hidden="true">
                    {cell.text}
                  </Typography.Text>
                </Tooltip>
              ) : (
                cell.text
              );
            },
          })),
        ]}
      />
      {(hidden.fewer > 0 || hidden.complementary > 0) && (
        <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8 }}>
          {t('regional.hiddenNote', {
            fewer: hidden.fewer,
            complementary: hidden.complementary,
            minimum,
          })}
        </Typography.Text>
      )}
    </Card>
  );
}
