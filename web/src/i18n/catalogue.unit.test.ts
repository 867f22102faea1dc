/** Every UI string lives in the catalogue: no Chinese text in components, and both languages agree. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { en } from './en';
import { zhCN } from './zh-CN';

const SRC = path.resolve(__dirname, '..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'gql' || name === 'i18n' ? [] : sources(full);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

it('has the same keys in both languages, with the same placeholders', () => {
  expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
  for (const [key, text] of Object.entries(zhCN)) {
    const names = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    expect([key, names(en[key as keyof typeof zhCN])]).toEqual([key, names(text)]);
  }
});

it('keeps Chinese text out of the components (it belongs in the catalogue)', () => {
  const offenders = sources(SRC).filter((file) =>
    /[\u4e00-\u9fff]/.test(readFileSync(file, 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '')),
  );
  expect(offenders.map((f) => path.relative(SRC, f))).toEqual([]);
});
