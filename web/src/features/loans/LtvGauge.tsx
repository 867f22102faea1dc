import { Progress, Tooltip } from 'antd';
import { useI18n } from '../../i18n/i18n';
import { formatPercent } from '../../lib/format';

const LEVEL_COLOUR: Record<string, string> = {
  NONE: '#52c41a',
  BELOW_CONTROL_LINE: '#faad14',
  MARGIN_CALL: '#fa541c',
  LIQUIDATION: '#f5222d',
};

/** The LTV gauge: the needle against the margin-call and liquidation lines. */
export function LtvGauge({
  ltv,
  level,
  marginCall,
  liquidation,
}: {
  ltv: string | null | undefined;
  level: string;
  marginCall: string;
  liquidation: string;
}) {
  const { t } = useI18n();
  const value = ltv ? Number(ltv) : 0;
  return (
    <Tooltip
      title={`${t('loans.marginCall', { ltv: formatPercent(marginCall) })} · ${t('loans.liquidation', { ltv: formatPercent(liquidation) })}`}
    >
      <Progress
        type="dashboard"
        size={72}
        percent={Math.min(100, value)}
        strokeColor={LEVEL_COLOUR[level] ?? '#1677ff'}
        format={() => formatPercent(ltv)}
        data-testid="ltv-gauge"
      />
    </Tooltip>
  );
}
