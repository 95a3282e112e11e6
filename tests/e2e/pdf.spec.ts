import { execFileSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { solidPng } from './fixtures';
import { logPage } from './logPage';
import { readDownloadedPdf } from './pdfReader';
import { seedEntries } from './seedEntries';
import { pinClock, TEST_NOW, thisYear } from './testClock';

/** The day the browser makes the PDF on (the specs run it in Asia/Shanghai), as the file name writes it. */
const madeOn = TEST_NOW.toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' }).replaceAll('-', '');

// Entries here are dated within the current year: the clock is pinned so none is ever in the future.
test.beforeEach(async ({ context }) => pinClock(context));


test('the summary PDF downloads from /log/ and reads back with the name, the entries and the page numbers', async ({ page }) => {
  const log = logPage(page);
  await log.open();
  await log.show('汇总表');
  await page.getByLabel('姓名').fill('王喆');
  await page.getByLabel('工作单位').fill('郑州市第一人民医院');
  await page.getByRole('button', { name: '保存个人信息' }).click();
  await expect(page.getByText('个人信息已保存。')).toBeVisible();
  await log.add({ title: '网络安全与数据保护', hours: '12.5', platform: true });
  await log.add({ title: '基层义诊与健康宣教', kind: '专业科目', way: '服务基层', start: `${thisYear}-01-09`, end: `${thisYear}-01-09`, hours: '20', declare: { status: '已申报，用人单位审核中', declaredOn: `${thisYear}-01-10` } });
  await expect(page.locator('.status__headline')).toContainText('20 学时审核中');
  const headline = await page.locator('.status__headline').innerText();

  await log.show('汇总表');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '生成 PDF' }).click();
  const download = await downloading;
  // Each person's form, each day's, has its own name.
  expect(download.suggestedFilename()).toBe(`${thisYear}年度继续教育学时自查申报汇总表-王喆-${madeOn}.pdf`);
  const pdf = await readDownloadedPdf(download);
  expect(pdf.text).toContain(`${thisYear}年度继续教育学时自查申报汇总表`);
  // The dashboard's verdict stays on screen; the form states the figures.
  expect(pdf.text).not.toContain(headline.replace(/\s+/g, ''));
  expect(pdf.text).toContain('科目要求已计入审核中待申报被退回差');
  if (thisYear !== 2025) expect(pdf.text).toContain('按2025年通知推定，以当年通知为准');
  expect(pdf.text).toContain('姓名：王喆');
  expect(pdf.text).toContain('网络安全与数据保护');
  expect(pdf.text).toContain('基层义诊与健康宣教');
  expect(pdf.text).toContain('公需科目小计：1项，共12.5学时');
  expect(pdf.text).toContain('专业科目小计：1项，共20学时');
  expect(pdf.text).toContain(`第1页/共${pdf.pages}页`);
  expect(pdf.bytes.toString('latin1')).not.toMatch(/\/JavaScript|\/JS\b|\/AA\b|\/OpenAction/);
  await expect(page.locator('.summary-status')).toContainText('已生成');
});

test('a character the font lacks is named with where it occurs, and can be printed as □', async ({ page }) => {
  const log = logPage(page);
  await log.open();
  await log.add({ title: '𠮷野家餐饮安全培训', hours: '3' });
  await log.show('汇总表');
  await page.getByRole('button', { name: '生成 PDF' }).click();
  const alert = page.locator('.unprintable');
  await expect(alert).toContainText('𠮷');
  // In plain words: the character itself, never its code point.
  await expect(alert).toContainText('“𠮷”这个字无法打印');
  await expect(alert).not.toContainText('U+');
  await expect(alert).toContainText('项目名称“𠮷野家餐饮安全培训”');
  const downloading = page.waitForEvent('download');
  await alert.getByRole('button', { name: '用□代替并继续' }).click();
  const pdf = await readDownloadedPdf(await downloading);
  expect(pdf.text).toContain('□野家餐饮安全培训');
});

test('evidence photos can be appended, one per page, each captioned', async ({ page }) => {
  const log = logPage(page);
  await log.open();
  await log.add({ title: '职业道德讲座', hours: '6' });
  await log.card('职业道德讲座').getByRole('button', { name: /凭证（0）/ }).click();
  await log.card('职业道德讲座').getByLabel('选择图片或 PDF').setInputFiles({ name: '证书.png', mimeType: 'image/png', buffer: solidPng(300, 200, [30, 90, 160]) });
  await expect(log.card('职业道德讲座').getByRole('button', { name: /凭证（1）/ })).toBeVisible();
  await log.show('汇总表');
  await page.getByLabel('附上凭证图片').selectOption('1');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '生成 PDF' }).click();
  const pdf = await readDownloadedPdf(await downloading);
  expect(pdf.text).toContain('凭证：职业道德讲座（证书.png）');
  expect(pdf.pages).toBeGreaterThanOrEqual(2);
});

test('the print view shows the same summary as HTML', async ({ page }) => {
  const log = logPage(page);
  await log.open();
  await log.add({ title: '绿色低碳知识', hours: '4' });
  await expect(page.locator('.status__headline')).toContainText('4 学时待申报');
  const headline = await page.locator('.status__headline').innerText();
  await page.evaluate(() => {
    window.print = () => undefined;
  });
  await log.show('汇总表');
  await page.getByRole('button', { name: '网页版打印', exact: true }).click();
  const view = page.getByRole('article', { name: `${thisYear}年度继续教育学时自查申报汇总表` });
  await expect(view).toContainText('绿色低碳知识');
  await expect(view).not.toContainText(headline);
  await expect(view.getByRole('columnheader', { name: '差', exact: true })).toBeVisible();
  await expect(view).toContainText('本人承诺以上内容真实有效');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { name: /年度进度$/ })).toBeHidden();
});

/** The PDF's text as pdftotext draws it, one string per page, lines kept. */
function pdfLines(path: string): string[] {
  return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).split('\f').filter((page) => page.trim() !== '');
}

/** A closing mark where a line, or a run of text, begins: what Chinese line breaking forbids. */
const CLOSING_AT_START = /(^|\s)[、，。；：）」』》！？]/m;
/** Words of the screen, not of a signed form: status words, advice, countdowns. */
const ADVICE = /有风险|未达标|进行中|本站建议|还有\d+天|最后一天|尽快申报|状态：/;

test('the form states each entry’s dates, declaration and review, the phone number, and no advice; the signature block stays with the table', async ({ page }) => {
  const log = logPage(page);
  await log.open();
  await log.show('汇总表');
  await page.getByLabel('姓名').fill('张晓燕');
  await page.getByLabel('联系电话').fill('0371-6666 8888');
  await page.getByRole('button', { name: '保存个人信息' }).click();
  await expect(page.getByText('个人信息已保存。')).toBeVisible();
  await log.add({ title: '数字经济公需课', hours: '10', platform: true, start: `${thisYear}-01-05`, end: `${thisYear}-01-05` });
  await log.add({ title: '心血管介入诊疗进修', kind: '专业科目', way: '研修培训', start: `${thisYear}-03-02`, end: `${thisYear}-03-27`, hours: '40', declare: { status: '已申报，用人单位审核中', declaredOn: `${thisYear}-04-01` } });
  const reason = '证书缺少培训机构盖章，学时证明与通知要求不符，请补充盖章的学时证明后重新申报';
  await log.add({ title: '护理质量管理', kind: '专业科目', way: '研修培训', start: `${thisYear}-04-10`, end: `${thisYear}-04-10`, hours: '8', declare: { status: '被退回', declaredOn: `${thisYear}-04-12`, returnedBy: '用人单位', returnedOn: `${thisYear}-04-15`, reason } });

  await log.show('汇总表');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '生成 PDF' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`${thisYear}年度继续教育学时自查申报汇总表-张晓燕-${madeOn}.pdf`);
  const pdf = await readDownloadedPdf(download);
  expect(pdf.text).toContain('联系电话：0371-66668888');
  expect(pdf.text).toContain(`${thisYear}-03-02至${thisYear}-03-27`);
  expect(pdf.text).toContain(`${thisYear}-04-01`);
  expect(pdf.text).toContain(`${thisYear}-04-12`);
  expect(pdf.text).toContain(`退回原因：${reason}`);
  expect(pdf.text).toContain('起止日期项目名称学习方式机构学时申报日期审核情况');
  expect(pdf.text).not.toMatch(ADVICE);
  // A year without its own notice is labelled 推定 on the form too.
  if (thisYear !== 2025) expect(pdf.text).toContain('按2025年通知推定');

  const pages = pdfLines(await download.path());
  for (const text of pages) expect(text).not.toMatch(CLOSING_AT_START);
  const signed = pages.find((text) => text.includes('用人单位审核意见')) ?? '';
  expect(signed.replace(/\s+/g, '')).toContain('护理质量管理');
});

test('in a 200-entry year the signature block shares its page with the end of the table', async ({ page }) => {
  test.setTimeout(90_000);
  const log = logPage(page);
  await log.open();
  await seedEntries(page, thisYear, 200);
  await log.show('汇总表');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '生成 PDF' }).click();
  const download = await downloading;
  const pages = pdfLines(await download.path());
  expect(pages.length).toBeGreaterThan(3);
  for (const text of pages) expect(text).not.toMatch(CLOSING_AT_START);
  const signed = (pages.find((text) => text.includes('用人单位审核意见')) ?? '').replace(/\s+/g, '');
  // The last table's header (repeated on a continued page) and its rows come before the block on the same page.
  expect(signed).toMatch(/（二）专业科目(（续）)?起止日期项目名称/);
  expect(signed).toMatch(/继续教育课程|专题培训班/);
  expect(signed.indexOf('专业科目小计')).toBeLessThan(signed.indexOf('用人单位审核意见'));
  expect((await readDownloadedPdf(download)).text).not.toMatch(ADVICE);
});
