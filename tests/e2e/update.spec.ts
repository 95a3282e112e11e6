import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../helpers/content';
import { logPage } from './logPage';
import { serveBuild } from './staticServer';

let work = '';
let v1 = '';
let v2 = '';

test.beforeAll(async () => {
  test.setTimeout(240_000);
  work = mkdtempSync(join(tmpdir(), 'xueshibu-update-'));
  v1 = join(work, 'v1');
  v2 = join(work, 'v2');
  cpSync(join(ROOT, 'dist'), v1, { recursive: true });
  const build = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', v2], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, XUESHIBU_BUILD_LABEL: 'v2', ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (build.status !== 0) throw new Error(`building v2 failed:\n${build.stdout}\n${build.stderr}`);
});

test.afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

test('a new version is offered, waits for unsaved edits, keeps the draft and the data, and runs after accepting', async ({ page }) => {
  const server = await serveBuild(v1);
  try {
    await page.goto(`${server.url}/log/`);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await expect(page.locator('.app-version')).toHaveText('版本 0.1.0');
    const log = logPage(page);
    await expect(page.getByText('正在读取本机数据…')).toHaveCount(0);
    await log.add({ title: '第一版时记下的课程', hours: '4' });
    await expect(log.card('第一版时记下的课程')).toHaveCount(1);
    await log.form.getByLabel('项目名称').fill('还没保存的草稿');

    server.use(v2);
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => registration?.update()));
    const prompt = page.locator('#app-status');
    await expect(prompt).toContainText('有新版本可用', { timeout: 15_000 });

    // An edit in progress blocks the reload until it is saved or cancelled.
    await log.card('第一版时记下的课程').getByRole('button', { name: /^修改/ }).click();
    // Editing takes focus to the form's first field; type only once it is there.
    await expect(log.form.getByLabel('项目名称')).toBeFocused();
    await log.form.getByLabel('学时', { exact: true }).fill('5');
    await prompt.getByRole('button', { name: '更新' }).click();
    await expect(prompt).toContainText('有尚未保存的修改');
    await expect(page.locator('.app-version')).toHaveText('版本 0.1.0');
    await log.form.getByRole('button', { name: '取消修改' }).click();
    await expect(log.form.getByLabel('项目名称')).toHaveValue('还没保存的草稿');

    await prompt.getByRole('button', { name: '更新' }).click();
    await expect(page.locator('.app-version')).toHaveText('版本 0.1.0+v2', { timeout: 15_000 });
    await expect(page.getByText('正在读取本机数据…')).toHaveCount(0);
    await expect(log.form.getByLabel('项目名称')).toHaveValue('还没保存的草稿');
    await expect(log.card('第一版时记下的课程')).toContainText('4 学时');
  } finally {
    await server.close();
  }
});

test('an update accepted on another page brings the kept log up to date, so the log still opens and works offline', async ({ page, context }) => {
  test.setTimeout(90_000);
  const server = await serveBuild(v1);
  const kept = () => expect.poll(() => page.evaluate(() => document.documentElement.dataset['offlineFiles']), { timeout: 30_000 }).toBe('ready');
  try {
    const log = logPage(page);
    await page.goto(`${server.url}/log/`);
    await kept();
    await log.add({ title: '第一版时记下的课程', hours: '4' });
    await page.goto(`${server.url}/policy/2025/`);
    await kept();

    server.use(v2);
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => registration?.update()));
    const prompt = page.locator('#app-status');
    await expect(prompt).toContainText('有新版本可用', { timeout: 15_000 });
    await prompt.getByRole('button', { name: '更新' }).click();
    await expect(page.locator('.app-version')).toHaveText('版本 0.1.0+v2', { timeout: 15_000 });
    await kept();
    // The reloaded page's message also brought the log up to date; its answer comes before that work ends.
    await page.waitForTimeout(3000);

    await context.setOffline(true);
    await page.goto(`${server.url}/log/`);
    await expect(page.locator('.app-version')).toHaveText('版本 0.1.0+v2');
    await expect(page.getByText('正在读取本机数据…')).toHaveCount(0);
    // A view loaded on demand: its chunk of the new build was kept too.
    await log.show('记录');
    await expect(log.card('第一版时记下的课程')).toContainText('4 学时');
  } finally {
    await context.setOffline(false);
    await server.close();
  }
});
