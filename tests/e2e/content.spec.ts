import { expect, test } from '@playwright/test';
import { readSeed } from '../helpers/content';

const seed = readSeed();

test('/policy/2025/ shows every paragraph of the notice, the signature block and the attachment', async ({ page }) => {
  await page.goto('/policy/2025/');
  const text = (await page.locator('main').innerText()).replace(/\s+/g, '');
  for (const line of seed.noticeLines) {
    expect(text, line.slice(0, 20)).toContain(line.replace(/\s+/g, ''));
  }
  await expect(page.locator('#attachment h2')).toHaveText('河南省专业技术人员继续教育基地名单');
  await expect(page.locator('#attachment li')).toHaveText(seed.bases.map(([, name]) => name));
  await expect(page.locator('main .note').first()).toContainText('公布的文本在标题上方另有一行“附件1”字样');
});

test('a paragraph link opens the notice at that paragraph', async ({ page }) => {
  await page.goto('/policy/2025/#s5-4');
  await expect(page.locator('#s5-4')).toContainText('均不得超过5个工作日');
  await expect(page.locator('#s5-4')).toBeInViewport();
});

test('the home page leads with the current year from the device clock, its deadline and days left, and the 2025 notice’s figures', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-28T10:00:00+08:00'));
  await page.goto('/');
  const current = page.locator('.current-year');
  await expect(current.getByRole('heading', { level: 1 })).toHaveText('2026年度继续教育：至少 90 学时（按2025年通知推定）');
  await expect(current).toContainText('其中公需科目 ≥ 30 学时，专业科目 ≥ 60 学时。');
  await expect(current).toContainText('本站尚未收录2026年度的通知：按2025年通知推定，以当年通知为准。');
  await expect(current).toContainText('学习和学时申报最迟应于2026年12月31日完成（推定），含今天还有 34 天。');
  await expect(current.getByRole('link', { name: '2025年通知全文' })).toHaveAttribute('href', '/policy/2025/');
  await expect(page.locator('main')).not.toContainText('截止日期：2025年12月31日前');

  const figures = page.getByRole('list', { name: '2025年度学时要求' }).getByRole('listitem');
  await expect(figures).toHaveText([/全年合计\s*≥\s*90\s*学时/, /公需科目\s*≥\s*30\s*学时/, /专业科目\s*≥\s*60\s*学时/]);
  await expect(page.locator('main')).toContainText('用人单位、行业主管部门的审核时限均不得超过5个工作日');
  await figures.first().getByRole('link').click();
  await expect(page).toHaveURL(/\/policy\/2025\/#s2-0$/);
});

test('in 2025 the home page shows 2025 under its own notice, not as 推定', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2025-11-27T10:00:00+08:00'));
  await page.goto('/');
  const current = page.locator('.current-year');
  await expect(current.getByRole('heading', { level: 1 })).toHaveText('2025年度继续教育：至少 90 学时');
  await expect(current).toContainText('依据2025年河南省继续教育通知。');
  await expect(current).toContainText('最迟应于2025年12月31日完成，含今天还有 35 天。');
});

test('guidance pages back their claims with links to the notice', async ({ page }) => {
  for (const slug of ['public-subjects', 'professional-subjects', 'hours-and-declaration', 'faq']) {
    await page.goto(`/guide/${slug}/`);
    expect(await page.locator('main a[href^="/policy/2025/#"]').count(), slug).toBeGreaterThanOrEqual(3);
  }
  await page.goto('/guide/hours-and-declaration/');
  await expect(page.locator('main')).toContainText('均不得超过5个工作日');
  await expect(page.locator('main')).toContainText('最迟应于 2025 年 12 月 31 日完成');
});
