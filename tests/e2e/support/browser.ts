/** A headless Chromium per test file, a page per person, and screenshots into artifacts/e2e/. */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { REPO_ROOT } from '@chainlift/platform';

export const ARTIFACTS = path.join(REPO_ROOT, 'artifacts', 'e2e');

export async function launch(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH;
  if (!executablePath)
    throw new Error('CHROMIUM_PATH is not set: run the e2e tests through jest (npm test)');
  return chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'],
  });
}

/** A fresh page (own storage: its own login) at 1280×800 or a tablet's 820×1180, in zh-CN. */
export async function openPage(
  browser: Browser,
  viewport: { width: number; height: number } = { width: 1280, height: 800 },
): Promise<Page> {
  const context = await browser.newContext({
    viewport,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  context.setDefaultTimeout(30_000);
  const page = await context.newPage();
  page.on('pageerror', (error) => process.stdout.write(`  [browser error] ${error.message}\n`));
  return page;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** The form control (input, textarea, number) labelled so — not a table header of the same name. */
export function field(page: Page, label: string) {
  return page.getByLabel(label, { exact: true }).and(page.locator('input, textarea'));
}

export async function logIn(page: Page, baseUrl: string, email: string, password: string) {
  await page.goto(baseUrl);
  await field(page, '邮箱').fill(email);
  await field(page, '密码').fill(password);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await page.getByTestId('who').waitFor();
}

/** Waits until the text shows (anywhere on the page). */
export async function sees(page: Page, text: string | RegExp, timeout = 30_000) {
  await page.getByText(text).first().waitFor({ state: 'visible', timeout });
}

/** A table row (antd renders <tr>) containing all the given texts. */
export function row(page: Page, ...texts: (string | RegExp)[]) {
  let locator = page.locator('tr');
  for (const text of texts) locator = locator.filter({ hasText: text });
  return locator.first();
}

export async function tab(page: Page, name: string) {
  await page.getByRole('tab', { name, exact: true }).click();
}

/**
 * Waits until no antd motion is running (a dialog zooming in, a dropdown sliding down): clicks
 * that land mid-animation hit a moving target, and a dialog that finishes opening can take the
 * focus back from a dropdown opened inside it.
 */
export async function settled(page: Page) {
  // A locator, not waitForFunction: the gateway's Content-Security-Policy (script-src 'self') blocks
  // the eval a string or function predicate needs inside the page.
  await page
    .locator('[class*="-enter"], [class*="-appear"], [class*="-leave"]')
    .first()
    .waitFor({ state: 'detached', timeout: 10_000 });
}

/**
 * Picks an option in an antd Select with the keyboard, as a person would: focus the field, type
 * the option's text (the selects search by label), Enter on the highlighted match. Checks that it
 * shows as selected; tried again (up to three times) if a re-render swallowed the keys.
 */
export async function choose(page: Page, label: string, option: string) {
  const input = field(page, label);
  // The dropdown is rendered elsewhere: the field itself shows only the chosen option's text.
  const selected = page.locator('.ant-select', { has: input }).filter({ hasText: option });
  for (let attempt = 1; ; attempt++) {
    await settled(page);
    await input.focus();
    await input.press('ArrowDown');
    await input.pressSequentially(option);
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option-active', { hasText: option })
      .waitFor({ timeout: 5_000 })
      .then(() => input.press('Enter'))
      .catch(() => undefined);
    try {
      await selected.waitFor({ timeout: 5_000 });
      await input.press('Escape').catch(() => undefined);
      return;
    } catch (error) {
      if (attempt === 3) throw error;
      await input.press('Escape').catch(() => undefined);
    }
  }
}
