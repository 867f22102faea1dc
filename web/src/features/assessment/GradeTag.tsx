import { Tag } from 'antd';
import { useI18n } from '../../i18n/i18n';
import { GRADE_COLOURS, localized, type Bilingual } from '../../lib/assessment';

/** A grade (一级 … 四级, 未定级) in its colour, named in the viewer's language. */
export function GradeTag({ grade }: { grade: Bilingual & { rank: number } }) {
  const { locale } = useI18n();
  return (
    <Tag color={GRADE_COLOURS[grade.rank]} data-grade={grade.rank}>
      {localized(locale, grade)}
    </Tag>
  );
}

/** A scenario level: L0 (not yet level 1) to L4. */
export function LevelTag({ level }: { level: number | null | undefined }) {
  const { t } = useI18n();
  if (level === null || level === undefined) return <>—</>;
  return <Tag color={GRADE_COLOURS[level]}>{t('assessment.levelN', { level })}</Tag>;
}
