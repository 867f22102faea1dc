/** What the questionnaire file's shape cannot say: sums, unique ids, references, ordered bands and grades. */
import { formatPoints } from './questionnaire';
import {
  formatPath,
  units,
  type QuestionnaireFile,
  type QuestionnaireIssue,
} from './questionnaire-schema';

// ─── what the shape cannot say ───────────────────────────────────────────────────────────────

export function consistencyIssues(file: QuestionnaireFile): QuestionnaireIssue[] {
  const issues: QuestionnaireIssue[] = [];
  const issue = (path: readonly PropertyKey[], message: string) =>
    issues.push({ path: formatPath(path), message });
  const unique = (ids: readonly string[], path: readonly PropertyKey[], what: string) => {
    const seen = new Set<string>();
    ids.forEach((value, i) => {
      if (seen.has(value)) issue([...path, i, 'id'], `${what} id '${value}' is used twice`);
      seen.add(value);
    });
  };
  const sumCheck = (path: readonly PropertyKey[], declared: number, parts: number, of: string) => {
    if (units(declared) !== parts)
      issue(
        [...path, 'maxPoints'],
        `is ${declared} but its ${of} add up to ${formatPoints(parts)}`,
      );
  };

  unique(
    file.dimensions.map((d) => d.id),
    ['dimensions'],
    'dimension',
  );
  const groupIds: string[] = [];
  const itemIds: string[] = [];
  let scoreTotal = 0;
  file.dimensions.forEach((dimension, d) => {
    let dimensionTotal = 0;
    dimension.groups.forEach((group, g) => {
      const groupPath = ['dimensions', d, 'groups', g];
      groupIds.push(group.id);
      let groupTotal = 0;
      group.items.forEach((item, i) => {
        const path = [...groupPath, 'items', i];
        itemIds.push(item.id);
        let max = 0;
        if (item.type === 'choice') {
          unique(
            item.options.map((o) => o.id),
            [...path, 'options'],
            'option',
          );
          max = Math.max(...item.options.map((o) => units(o.points)));
        } else if (item.type === 'checklist') {
          unique(
            item.options.map((o) => o.id),
            [...path, 'options'],
            'option',
          );
          item.options.forEach((option, o) => {
            const each = option.points ?? item.pointsEach;
            if (each === undefined)
              issue(
                [...path, 'options', o, 'points'],
                'needs points (or the item needs pointsEach)',
              );
            else max += units(each);
          });
        } else {
          item.bands.forEach((band, b) => {
            const before = item.bands[b - 1];
            if (before && band.upTo <= before.upTo)
              issue(
                [...path, 'bands', b, 'upTo'],
                `must be above the band before (${before.upTo})`,
              );
          });
          const last = item.bands[item.bands.length - 1]!;
          if (last.upTo !== 100)
            issue(
              [...path, 'bands', item.bands.length - 1, 'upTo'],
              'the last band must reach 100',
            );
          max = Math.max(...item.bands.map((band) => units(band.points)));
        }
        if (units(item.maxPoints) !== max)
          issue(
            [...path, 'maxPoints'],
            `is ${item.maxPoints} but the best answer gives ${formatPoints(max)}`,
          );
        groupTotal += units(item.maxPoints);
      });
      sumCheck(groupPath, group.maxPoints, groupTotal, 'items');
      dimensionTotal += units(group.maxPoints);
    });
    sumCheck(['dimensions', d], dimension.maxPoints, dimensionTotal, 'groups');
    scoreTotal += units(dimension.maxPoints);
  });
  if (units(file.maxScore) !== scoreTotal)
    issue(
      ['maxScore'],
      `is ${file.maxScore} but the dimensions add up to ${formatPoints(scoreTotal)}`,
    );
  // Group and item ids are looked up without their dimension: unique across the file.
  groupIds.forEach((value, i) => {
    if (groupIds.indexOf(value) !== i) issue(['dimensions'], `group id '${value}' is used twice`);
  });
  itemIds.forEach((value, i) => {
    if (itemIds.indexOf(value) !== i) issue(['dimensions'], `item id '${value}' is used twice`);
  });

  const ops = file.operations;
  const levelsCovered = (texts: readonly { level: number }[], path: readonly PropertyKey[]) => {
    texts.forEach((t, i) => {
      if (t.level > ops.maxLevel) issue([...path, i, 'level'], `is above maxLevel ${ops.maxLevel}`);
      if (texts.findIndex((other) => other.level === t.level) !== i)
        issue([...path, i, 'level'], `level ${t.level} is described twice`);
    });
  };
  levelsCovered(ops.genericLevels, ['operations', 'genericLevels']);
  for (let level = 1; level <= ops.maxLevel; level++) {
    if (!ops.genericLevels.some((t) => t.level === level))
      issue(['operations', 'genericLevels'], `level ${level} has no generic text`);
  }
  unique(
    ops.groups.map((g) => g.id),
    ['operations', 'groups'],
    'scenario group',
  );
  unique(
    ops.scenarios.map((s) => s.id),
    ['operations', 'scenarios'],
    'scenario',
  );
  ops.scenarios.forEach((scenario, s) => {
    if (!ops.groups.some((g) => g.id === scenario.group))
      issue(['operations', 'scenarios', s, 'group'], `'${scenario.group}' is not a scenario group`);
    levelsCovered(scenario.levels ?? [], ['operations', 'scenarios', s, 'levels']);
  });

  const mandatoryCount = ops.scenarios.filter((s) => s.mandatory).length;
  file.grades.forEach((grade, g) => {
    const path = ['grades', g];
    const before = file.grades[g - 1];
    if (grade.rank !== g + 1)
      issue([...path, 'rank'], `must be ${g + 1}: grades are listed lowest first`);
    if (before && grade.minScore < before.minScore)
      issue([...path, 'minScore'], `must not be below the grade before (${before.minScore})`);
    if (before && grade.level < before.level)
      issue([...path, 'level'], `must not be below the grade before (${before.level})`);
    if (grade.minScore > file.maxScore)
      issue([...path, 'minScore'], `is above the most points possible (${file.maxScore})`);
    if (grade.level > ops.maxLevel) issue([...path, 'level'], `is above maxLevel ${ops.maxLevel}`);
    if (grade.minScenarios > ops.scenarios.length)
      issue([...path, 'minScenarios'], `is more than the ${ops.scenarios.length} scenarios`);
    if (grade.minMandatory > Math.min(grade.minScenarios, mandatoryCount))
      issue(
        [...path, 'minMandatory'],
        `must be at most minScenarios (${grade.minScenarios}) and the ${mandatoryCount} mandatory scenarios`,
      );
  });
  return issues;
}
