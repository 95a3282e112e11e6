import { expect, test } from '@playwright/test';
import { logPage } from './logPage';

// The last night of 2026 on a phone: 2027 has no State Council holiday schedule yet, and 2026 has no
// notice of its own (its figures rest on the 2025 notice). Review limits running into 2027 keep 元旦
// as a day off (全国年节及纪念日放假办法) and say they are estimated.
test.use({ viewport: { width: 390, height: 844 } });

test('a declaration on 2026-12-30 shows review limits on 2027-01-07 with the estimate label; the chase message says 按2025年通知推定', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-12-31T00:30:00+08:00'));
  const log = logPage(page);
  await log.open();
  await log.add({ title: '年末病例讨论研修', kind: '专业科目', way: '研修培训', start: '2026-12-20', end: '2026-12-20', hours: '4', declare: { status: '已申报，用人单位审核中', declaredOn: '2026-12-30' } });
  // Declared on 12-10: its limit (12-17) lies inside 2026's schedule and has passed, so it offers a chase message.
  await log.add({ title: '护理质量专题培训', kind: '专业科目', way: '研修培训', start: '2026-12-05', end: '2026-12-05', hours: '6', declare: { status: '已申报，用人单位审核中', declaredOn: '2026-12-10' } });

  await log.show('申报');
  const pending = page.locator('section[aria-labelledby="declare-pending"]');
  const fresh = pending.locator('li').filter({ hasText: '年末病例讨论研修' });
  await expect(fresh).toContainText('用人单位审核时限至 2027-01-07（节假日安排按推定）');
  // Both limits run from the declaration day (五（四）): the 行业主管部门's is shown too.
  await expect(fresh).toContainText('行业主管部门审核时限至 2027-01-07（节假日安排按推定）');
  await expect(fresh).not.toContainText('2027-01-06');

  const overdue = pending.locator('li').filter({ hasText: '护理质量专题培训' });
  await expect(overdue).toContainText('用人单位审核已超过时限（2026-12-17 届满）');
  const message = overdue.locator('.declare-chase');
  await expect(message).toContainText('（2026年度按2025年通知推定）按此计算，审核时限已于 2026-12-17 届满');
  await expect(message).not.toContainText('节假日安排按推定');
});
