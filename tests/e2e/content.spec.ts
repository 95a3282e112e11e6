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

test('the home page states 90 / 30 / 60, the 2025-12-31 deadline and the 5-working-day reviews', async ({ page }) => {
  await page.goto('/');
  const figures = page.getByRole('list', { name: '2025年度学时要求' }).getByRole('listitem');
  await expect(figures).toHaveText([/全年合计\s*≥ 90\s*学时/, /公需科目\s*≥ 30\s*学时/, /专业科目\s*≥ 60\s*学时/]);
  await expect(page.locator('main')).toContainText('截止日期：2025年12月31日前');
  await expect(page.locator('main')).toContainText('各不超过5个工作日');
  await expect(page.locator('main')).toContainText('按2025年通知推定，以当年通知为准');
  await figures.first().getByRole('link').click();
  await expect(page).toHaveURL(/\/policy\/2025\/#s2-0$/);
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
