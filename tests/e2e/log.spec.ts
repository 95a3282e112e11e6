import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { solidPng } from './fixtures';
import { logPage } from './logPage';
import { TECHNICAL_WORDS } from '../helpers/plainWords';
import { primaryText } from './primaryText';
import { pinClock, thisYear } from './testClock';

// Entries here are dated within the current year: the clock is pinned so none is ever in the future.
test.beforeEach(async ({ context }) => pinClock(context));

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * axe's violations on the page as a person finds it at the top: scrolled, a row of controls can sit half under the
 * stuck status card, which axe's target-size counts against whatever the test last scrolled to.
 */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(() => window.scrollTo(0, 0));
  return new AxeBuilder({ page }).withTags(TAGS).analyze().then((result) => result.violations.map((violation) => violation.id));
}

test('add a 公需 and a 专业 entry, edit, delete and undo, and find everything after a reload', async ({ page }) => {
  const log = logPage(page);
  await log.open();
  await expect(log.progress('公需科目')).toContainText('公需科目 已计入 0 / 30 学时');

  await log.add({ title: '数字技术与网络安全', hours: '12.5', platform: true });
  await expect(log.toast).toContainText('已保存“数字技术与网络安全”');
  await log.show('进度');
  await expect(log.progress('公需科目')).toContainText('公需科目 已计入 12.5 / 30 学时');

  await log.add({
    title: '临床新技术研修班',
    kind: '专业科目',
    way: '研修培训',
    start: `${thisYear}-01-04`,
    end: `${thisYear}-01-04`,
    hours: '24',
    provider: '河南省人民医院',
    declare: { status: '已申报，用人单位审核中', declaredOn: `${thisYear}-01-05` },
  });
  await expect(log.card('临床新技术研修班')).toContainText('已申报，用人单位审核中');
  await log.show('进度');
  await expect(log.progress('专业科目')).toContainText('专业科目 已计入 0 / 60 学时');
  await expect(page.locator('.progress-row').filter({ hasText: '专业科目' })).toContainText('审核中 24 学时');
  await expect(log.progress('合计')).toContainText('合计 已计入 12.5 / 90 学时');

  await log.show('记录');
  await log.card('数字技术与网络安全').getByRole('button', { name: '修改“数字技术与网络安全”' }).click();
  // Editing takes focus to the form's first field; type only once it is there.
  await expect(log.form.getByLabel('项目名称')).toBeFocused();
  await expect(log.form.getByLabel('项目名称')).toHaveValue('数字技术与网络安全');
  await log.form.getByLabel('学时', { exact: true }).fill('30');
  await log.form.getByRole('button', { name: '保存修改' }).click();
  await log.show('进度');
  await expect(log.progress('公需科目')).toContainText('公需科目 已计入 30 / 30 学时');
  await expect(log.progress('公需科目')).toContainText('已达标');

  await log.show('记录');
  await log.card('临床新技术研修班').getByRole('button', { name: '删除“临床新技术研修班”' }).click();
  await expect(log.card('临床新技术研修班')).toHaveCount(0);
  await expect(log.toast).toContainText('已删除“临床新技术研修班”');
  await log.toast.getByRole('button', { name: '撤销删除' }).click();
  await expect(log.card('临床新技术研修班')).toHaveCount(1);

  await page.reload();
  await log.open();
  await log.show('记录');
  await expect(log.entryCards).toHaveCount(2);
  await expect(log.card('临床新技术研修班')).toContainText('24 学时');
  await log.show('进度');
  await expect(log.progress('公需科目')).toContainText('公需科目 已计入 30 / 30 学时');
});

test('invalid input gets a Chinese message at the field and saves nothing', async ({ page }) => {
  const log = logPage(page);
  await log.open();
  await log.add({ title: '   ', hours: '0' });
  await expect(log.form.getByText('请填写项目名称')).toBeVisible();
  await expect(log.form.getByText('学时须大于 0')).toBeVisible();
  await expect(log.form.getByLabel('项目名称')).toBeFocused();
  await expect(log.form.getByLabel('项目名称')).toHaveAttribute('aria-invalid', 'true');

  await log.add({ title: '倒着的日期', hours: '-3', start: `${thisYear}-05-10`, end: `${thisYear}-05-01` });
  await expect(log.form.getByText('完成日期不能早于开始日期')).toBeVisible();
  await expect(log.form.getByText('学时须大于 0')).toBeVisible();

  await log.add({ title: '太早的日期', hours: '12.55', start: '1999-12-31', end: '1999-12-31' });
  await expect(log.form.getByText('开始日期须在 2000 年至 2100 年之间')).toBeVisible();
  await expect(log.form.getByText('学时最多保留一位小数')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  await page.reload();
  await log.open();
  await log.show('记录');
  await expect(log.entryCards).toHaveCount(0);
  await expect(page.getByText('这一年还没有记录')).toBeVisible();
});

test('Enter while composing Chinese does not submit the form', async ({ page }) => {
  const log = logPage(page);
  await log.open();
  await log.openForm();
  const prevented = await log.form.getByLabel('项目名称').evaluate((input) => {
    const composing = new KeyboardEvent('keydown', { key: 'Enter', isComposing: true, bubbles: true, cancelable: true });
    const plain = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
    input.dispatchEvent(composing);
    input.dispatchEvent(plain);
    return [composing.defaultPrevented, plain.defaultPrevented];
  });
  expect(prevented).toEqual([true, false]);
});

test('attach a photo, see its thumbnail after a reload, and refuse a huge or fake image', async ({ page }) => {
  const log = logPage(page);
  await log.open();
  await log.add({ title: '职业道德讲座', hours: '6' });
  const card = log.card('职业道德讲座');
  await card.getByRole('button', { name: /凭证（0）/ }).click();
  const panel = card.locator('section.evidence');
  await panel.getByLabel('选择图片或 PDF').setInputFiles({ name: '证书.png', mimeType: 'image/png', buffer: solidPng(40, 30, [200, 30, 30]) });
  await expect(panel.getByRole('img', { name: '证书.png 的缩略图' })).toBeVisible();
  await expect(card.getByRole('button', { name: /凭证（1）/ })).toBeVisible();

  await panel.getByLabel('选择图片或 PDF').setInputFiles({ name: '大照片.jpg', mimeType: 'image/jpeg', buffer: Buffer.alloc(30 * 1024 * 1024, 0xff) });
  await expect(panel.getByRole('alert')).toContainText('“大照片.jpg”有 30 兆字节，单个凭证文件不能超过 10 兆字节');
  await panel.getByLabel('选择图片或 PDF').setInputFiles({ name: '假图片.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('MZ this is not a picture') });
  await expect(panel.getByRole('alert')).toContainText('“假图片.jpg”不是本站能读取的图片或 PDF 文件');
  expect(await axeViolations(page)).toEqual([]);
  // Plain words beside the controls and in the refusals; the types and MB only under 文件格式说明 (the person's own file names aside).
  expect((await primaryText(panel)).replace(/证书\.png|大照片\.jpg|假图片\.jpg/g, '')).not.toMatch(TECHNICAL_WORDS);
  await expect(panel.locator('details')).toContainText('支持 JPEG、PNG、WebP、GIF 图片和 PDF，单个文件不超过 10 MB。');

  await page.reload();
  await log.open();
  await log.show('记录');
  await log.card('职业道德讲座').getByRole('button', { name: /凭证（1）/ }).click();
  const thumbnail = log.card('职业道德讲座').getByRole('img', { name: '证书.png 的缩略图' });
  await expect(thumbnail).toBeVisible();
  expect(await thumbnail.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(40);
  await log.show('数据');
  await expect(page.getByText(/凭证文件共 \d+ 千字节/)).toBeVisible();
});

test('entries of another year are reachable through the year switcher', async ({ page }) => {
  const log = logPage(page);
  await log.open();
  await expect(page.getByLabel('年度', { exact: true })).toHaveValue(String(thisYear));
  await log.add({ title: '2025年公需课', hours: '30', start: '2025-06-01', end: '2025-06-01', platform: true });
  // Saving an entry of another year leaves the chosen year, says where the entry went, and offers one tap there.
  await expect(page.locator('.toast')).toContainText('已保存“2025年公需课”到2025年度。');
  await expect(page.getByLabel('年度', { exact: true })).toHaveValue(String(thisYear));
  await page.locator('.toast').getByRole('button', { name: '查看2025年度' }).click();
  await expect(page.getByLabel('年度', { exact: true })).toHaveValue('2025');
  await log.show('进度');
  await expect(page.getByRole('heading', { name: '2025年度进度' })).toBeVisible();
  await expect(log.progress('公需科目')).toContainText('公需科目 已计入 30 / 30 学时');
  await expect(page.locator('.dashboard')).not.toContainText('推定');
  await log.show('记录');
  await page.getByLabel('年度', { exact: true }).selectOption(String(thisYear));
  await expect(log.entryCards).toHaveCount(0);
  await page.getByLabel('年度', { exact: true }).selectOption('2025');
  await expect(log.card('2025年公需课')).toHaveCount(1);
});

test('the dashboard shows the deadline, the site’s advised day (marked as advice) and an assumed rule for a year without a notice', async ({ page }) => {
  const log = logPage(page);
  await log.open();
  const dashboard = page.locator('.dashboard');
  await expect(dashboard).toContainText(`${thisYear}年12月31日`);
  if (thisYear !== 2025) {
    await expect(dashboard).toContainText('按2025年通知推定，以当年通知为准');
    // The strip that stays in view says it too, not only the dashboard.
    await expect(page.locator('.status-strip')).toContainText('按2025年通知推定');
  }
  await expect(dashboard).toContainText('本站建议：');
  await expect(dashboard.getByRole('link', { name: '依据' }).first()).toHaveAttribute('href', /\/policy\/2025\/#s2-3$/);
});

test('axe: /log/ empty and with entries has no violations; the page works on a phone', async ({ page }) => {
  const log = logPage(page);
  await log.open();
  expect(await axeViolations(page)).toEqual([]);
  await log.add({ title: '应急管理知识', hours: '8' });
  await log.add({
    title: '服务基层',
    kind: '专业科目',
    way: '服务基层',
    start: `${thisYear}-01-09`,
    end: `${thisYear}-01-09`,
    hours: '20',
    declare: { status: '被退回', declaredOn: `${thisYear}-01-10`, returnedBy: '用人单位', returnedOn: `${thisYear}-01-12`, reason: '证书照片模糊' },
  });
  await expect(log.entryCards).toHaveCount(2);
  expect(await axeViolations(page)).toEqual([]);
  await page.setViewportSize({ width: 360, height: 740 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('when another tab upgrades the database, this page turns read-only and says so', async ({ page, context }) => {
  const log = logPage(page);
  await log.open();
  await log.add({ title: '升级前的记录', hours: '5' });
  await expect(log.card('升级前的记录')).toHaveCount(1);
  const other = await context.newPage();
  await other.goto('/about/');
  await other.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('xueshibu', 100);
        request.onsuccess = () => {
          request.result.close();
          resolve();
        };
        request.onerror = () => reject(request.error);
      }),
  );
  await expect(page.getByRole('alert').filter({ hasText: '本应用已在另一个标签页更新' })).toBeVisible();
  await expect(log.form.getByRole('button', { name: /^保存/ })).toBeDisabled();
  await expect(log.card('升级前的记录')).toHaveCount(1);
});

test('a year of 10,000 entries (the log’s limit) renders one page at a time, stays usable, and refuses one more with a message', async ({ page }) => {
  const log = logPage(page);
  await log.open();
  await page.evaluate(
    (year) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('xueshibu');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('entries', 'readwrite');
          const store = tx.objectStore('entries');
          for (let i = 0; i < 10_000; i += 1) {
            const day = String((i % 28) + 1).padStart(2, '0');
            const month = String((i % 12) + 1).padStart(2, '0');
            const date = `${year}-${month}-${day}`;
            store.put({
              id: `bulk-${i}`,
              title: `批量课程 ${i}`,
              kind: i % 3 === 0 ? 'public' : 'professional',
              way: i % 3 === 0 ? 'onlineStudy' : 'eLearning',
              startDate: date,
              endDate: date,
              hoursTenths: 10,
              recording: 'platform',
              status: 'notDeclared',
              year,
              createdAt: '2026-01-01T00:00:00.000Z',
              updatedAt: '2026-01-01T00:00:00.000Z',
            });
          }
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    thisYear,
  );
  await page.reload();
  await log.open();
  await log.show('记录');
  await expect(page.locator('.list-count')).toHaveText('共 10000 条', { timeout: 15_000 });
  await expect(log.entryCards).toHaveCount(50);
  await expect(page.getByText('第 1 / 200 页')).toBeVisible();
  await log.show('进度');
  await expect(log.progress('合计')).toContainText('合计 已计入 10000 / 90 学时');
  await log.show('记录');
  await page.getByRole('button', { name: '下一页' }).click();
  await expect(page.getByText('第 2 / 200 页')).toBeVisible();
  await page.getByLabel('科目类别', { exact: true }).selectOption({ label: '公需科目' });
  await expect(page.locator('.list-count')).toHaveText('共 10000 条，符合筛选 3334 条');
  await log.add({ title: '第一万零一条', hours: '2' });
  await expect(log.form.getByRole('alert')).toContainText('本机最多保存 10000 条记录，已达上限，本次没有保存。');
  await expect(page.locator('.list-count')).toContainText('共 10000 条');
  await expect(log.form.getByLabel('项目名称')).toHaveValue('第一万零一条');
});

test('offline study can never be saved as platform-recorded, and a saved entry leaks nothing into the next', async ({ page }) => {
  const log = logPage(page);
  await log.open();
  await log.openForm();
  // Online study: platform recording is offered, never preselected.
  await expect(log.form.getByLabel('平台学习入口自动记录')).not.toBeChecked();
  await log.form.getByLabel('学习方式').selectOption({ label: '线下面授' });
  await expect(log.form.getByLabel('平台学习入口自动记录')).toHaveCount(0);
  await expect(log.form).toContainText('记录方式：需申报');

  await log.add({ title: '线下安全培训', way: '线下面授', start: `${thisYear}-01-04`, end: `${thisYear}-01-04`, hours: '30', declare: { status: '已申报，用人单位审核中', declaredOn: `${thisYear}-01-05` } });
  await expect(log.card('线下安全培训')).toContainText('已申报，用人单位审核中');
  await log.show('进度');
  await expect(log.progress('公需科目')).toContainText('公需科目 已计入 0 / 30 学时');
  await expect(page.locator('.progress-row').filter({ hasText: '公需科目' })).toContainText('审核中 30 学时');

  await log.show('记录');
  // The form is back to its neutral start: nothing of the last entry carries over.
  await expect(log.form.getByLabel('学习方式')).toHaveValue('onlineStudy');
  await expect(log.form.getByLabel('申报进度')).toHaveValue('notDeclared');
  await expect(log.form.getByLabel('申报日期')).toHaveCount(0);
  await expect(log.form.getByLabel('需申报')).toBeChecked();

  await log.add({ title: '下一条', hours: '2' });
  await expect(log.card('下一条')).toContainText('待申报');
});

test('a returned entry is declared again: the 退回 and its reason stay in its history, and a new review starts', async ({ page }) => {
  const log = logPage(page);
  await log.open();
  await log.add({
    title: '病例讨论会',
    kind: '专业科目',
    way: '实践操作',
    start: `${thisYear}-01-04`,
    end: `${thisYear}-01-04`,
    hours: '8',
    declare: { status: '被退回', declaredOn: `${thisYear}-01-05`, returnedBy: '行业主管部门', returnedOn: `${thisYear}-01-07`, reason: '缺少考核证明' },
  });
  await expect(log.card('病例讨论会')).toContainText('行业主管部门退回原因：缺少考核证明');
  await log.show('进度');
  await expect(page.locator('.progress-row').filter({ hasText: '专业科目' })).toContainText('被退回 8 学时');

  await log.show('记录');
  await log.card('病例讨论会').getByRole('button', { name: '修改“病例讨论会”' }).click();
  // Editing takes focus to the form's first field; type only once it is there.
  await expect(log.form.getByLabel('项目名称')).toBeFocused();
  await log.form.getByRole('button', { name: '已修改，重新申报' }).click();
  await expect(log.form.getByLabel('申报进度')).toHaveValue('declared');
  await expect(log.form).toContainText('被行业主管部门退回：缺少考核证明');
  await log.form.getByRole('button', { name: '保存修改' }).click();
  await expect(log.card('病例讨论会')).toContainText('此前被退回 1 次');
  await log.show('进度');
  await expect(page.locator('.progress-row').filter({ hasText: '专业科目' })).toContainText('审核中 8 学时');

  // A 退回 without a reason is refused at the field, and nothing is stored.
  await log.add({ title: '无原因', kind: '专业科目', start: `${thisYear}-01-04`, end: `${thisYear}-01-04`, hours: '1', declare: { status: '被退回', declaredOn: `${thisYear}-01-05`, returnedBy: '用人单位', returnedOn: `${thisYear}-01-06` } });
  await expect(log.form.getByText('请填写退回原因')).toBeVisible();
  await expect(log.card('无原因')).toHaveCount(0);
});

/** The hours of the draft stored in IndexedDB, or null when there is none (runs in the page). */
function storedDraftHours(): Promise<string | null> {
  return new Promise((resolve) => {
    const open = indexedDB.open('xueshibu');
    open.onsuccess = () => {
      const request = open.result.transaction('settings').objectStore('settings').get('entryDraft');
      request.onsuccess = () => {
        resolve((request.result as { value?: { hours?: string } } | undefined)?.value?.hours ?? null);
        open.result.close();
      };
    };
  });
}

test('a half-filled new entry survives closing the tab: the draft lives in IndexedDB', async ({ context }) => {
  const first = await context.newPage();
  const log = logPage(first);
  await log.open();
  await log.openForm();
  await log.form.getByLabel('项目名称').fill('写了一半的记录');
  await log.form.getByLabel('学时', { exact: true }).fill('7.5');
  await expect.poll(() => first.evaluate(storedDraftHours)).toBe('7.5');
  await first.close();

  const second = await context.newPage();
  const again = logPage(second);
  await again.open();
  await again.openForm();
  await expect(again.form.getByLabel('项目名称')).toHaveValue('写了一半的记录');
  await expect(again.form.getByLabel('学时', { exact: true })).toHaveValue('7.5');
  // A form that opens filled says why, and how to start afresh.
  await expect(again.form.getByText('已填入上次没有保存的内容')).toBeVisible();
  await again.form.getByRole('button', { name: '清空' }).click();
  await expect(again.form.getByText('已填入上次没有保存的内容')).toHaveCount(0);
  await expect.poll(() => second.evaluate(storedDraftHours)).toBeNull();
  await second.reload();
  await again.open();
  await again.openForm();
  await expect(again.form.getByLabel('项目名称')).toHaveValue('');
});
