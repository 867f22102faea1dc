/** The questionnaire file's shape (zod), the exact points it writes, and issue paths as text. */
import { pointsToUnits } from './questionnaire';
import { z } from 'zod';

export interface QuestionnaireIssue {
  path: string;
  message: string;
}

// ─── the file's shape ────────────────────────────────────────────────────────────────────────

const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an id is lower-case words joined by hyphens');
const text = z.string().min(1, 'must not be empty');
const points = z
  .number()
  .nonnegative()
  .refine((n) => pointsToUnits(n) !== undefined, 'points need at most four decimals');
const count = z.number().int().nonnegative();
const labelled = { id, zh: text, en: text };

const choiceItem = z.strictObject({
  ...labelled,
  type: z.literal('choice'),
  maxPoints: points,
  unverified: text.optional(),
  options: z.array(z.strictObject({ ...labelled, points })).min(2),
});

const checklistItem = z.strictObject({
  ...labelled,
  type: z.literal('checklist'),
  maxPoints: points,
  /** Points of each checked option unless the option says otherwise. */
  pointsEach: points.optional(),
  unverified: text.optional(),
  options: z.array(z.strictObject({ ...labelled, points: points.optional() })).min(1),
});

const bandsItem = z.strictObject({
  ...labelled,
  type: z.literal('percentBands'),
  maxPoints: points,
  unverified: text.optional(),
  bands: z.array(z.strictObject({ upTo: z.number().min(0).max(100), points })).min(2),
});

/** A threshold of the platform's evidence with a note of where the number comes from. */
const threshold = z.strictObject({ value: count.min(1), source: text });
/** A share in percent with at most two decimals (90, 92.5). */
const percent = z
  .number()
  .min(0)
  .max(100)
  .refine((n) => /^\d{1,3}(\.\d{1,2})?$/.test(String(n)), 'a percentage has at most two decimals');

const levelText = z.strictObject({ level: count.min(1), zh: text, en: text });

export const fileSchema = z.strictObject({
  version: z.string().regex(/^[a-z0-9-]+\.v\d+$/, 'a version looks like miit-2024.v1'),
  zh: text,
  en: text,
  notice: text,
  source: text,
  caveats: z.array(text),
  maxScore: points,
  dimensions: z
    .array(
      z.strictObject({
        ...labelled,
        maxPoints: points,
        groups: z
          .array(
            z.strictObject({
              ...labelled,
              maxPoints: points,
              items: z
                .array(z.discriminatedUnion('type', [choiceItem, checklistItem, bandsItem]))
                .min(1),
            }),
          )
          .min(1),
      }),
    )
    .min(1),
  operations: z.strictObject({
    ...labelled,
    maxLevel: count.min(1),
    genericLevels: z.array(levelText),
    groups: z.array(z.strictObject(labelled)).min(1),
    scenarios: z
      .array(
        z.strictObject({
          ...labelled,
          group: id,
          mandatory: z.boolean(),
          levels: z.array(levelText).optional(),
        }),
      )
      .min(1),
  }),
  grades: z
    .array(
      z.strictObject({
        rank: count.min(1),
        zh: text,
        en: text,
        minScore: points,
        level: count.min(1),
        minScenarios: count,
        minMandatory: count,
        descriptionZh: text,
        descriptionEn: text,
      }),
    )
    .min(1),
  /** The thresholds of the platform's evidence (evidence.ts), each with its source. */
  evidenceThresholds: z.strictObject({
    note: text,
    stockReportDays: threshold,
    purchaseOrders: threshold,
    onTimeShare: z.strictObject({ percent, source: text }),
    onTimeMinDeliveries: threshold,
  }),
});

export type QuestionnaireFile = z.infer<typeof fileSchema>;

export const formatPath = (path: readonly PropertyKey[]): string =>
  path.reduce<string>(
    (out, key) =>
      typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key),
    '',
  ) || '(root)';

/** Points are exact here: every value passed the zod check. */
export const units = (points: number): number => pointsToUnits(points)!;
