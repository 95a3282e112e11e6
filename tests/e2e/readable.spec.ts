import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { logPage } from './logPage';
import { brokenFigures, smallTargets, smallText } from './readableChecks';
import { seedEntries } from './seedEntries';
import { SITE_PAGES } from './sitePages';
import { pinClock, thisYear } from './testClock';

// Entries here are dated within the current year: the clock is pinned so none is ever in the future.
test.beforeEach(async ({ context }) => pinClock(context));


/** The log's views (the app shell switches them by the URL hash; before it, the hash scrolls). */
const LOG_VIEWS = ['', '#progress', '#entries', '#declare', '#summary', '#data'] as const;

const SCREENS = [
  { name: 'phone 390×844', use: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 } },
  { name: 'desktop 1366×768', use: { viewport: { width: 1366, height: 768 } } },
] as const;

for (const screen of SCREENS) {
  test.describe(screen.name, () => {
    test.use(screen.use);

    test('control: the checks do catch small text, a small target and a broken date', async ({ page }) => {
      await page.goto('/about/');
      await page.evaluate(() => {
        const p = document.createElement('p');
        // Styles through the CSSOM: the page's CSP refuses style attributes in markup.
        p.innerHTML = '<span>小字</span> <a href="/" class="tiny">依</a> <span>2025-03-01</span>';
        const [small, , date] = p.children as unknown as HTMLElement[];
        small!.style.fontSize = '12px';
        date!.style.display = 'inline-block';
        date!.style.width = '3em';
        (p.querySelector('.tiny') as HTMLElement).style.padding = '0';
        // The same 10-unit label in two drawings: shrunk to 10 px in one, enlarged to 20 px in the other.
        const svg = '<svg viewBox="0 0 100 20" width="%w" height="%h"><text y="15" font-size="10" class="%c">公需</text></svg>';
        p.insertAdjacentHTML('beforeend', svg.replace('%w', '100').replace('%h', '20').replace('%c', 'drawn-small') + svg.replace('%w', '200').replace('%h', '40').replace('%c', 'drawn-large'));
        document.querySelector('main')?.append(p);
      });
      expect(await smallText(page)).toEqual(['span 12.0px “小字”', 'text.drawn-small 10.0px “公需”']);
      expect((await smallTargets(page)).some((item) => item.includes('“依”'))).toBe(true);
      expect(await brokenFigures(page)).toEqual(['span “2025-03-01”']);
    });

    test('every page: no visible text under 14 px, no tap target under 44×44 px, no date or 学时 figure broken across lines', async ({ page }) => {
      for (const path of SITE_PAGES) {
        await page.goto(path);
        if (path === '/log/') await expect(page.getByText('正在读取本机数据…')).toHaveCount(0);
        expect(await smallText(page), path).toEqual([]);
        expect(await smallTargets(page), path).toEqual([]);
        expect(await brokenFigures(page), path).toEqual([]);
        // Plain words: no raw paragraph anchor ("#s2-3") or code point ("U+20BB7") shown as text.
        expect(await page.locator('body').innerText(), path).not.toMatch(/#s\d|U\+[0-9A-F]{4}|\.ics|持久保存/);
      }
    });

    test('大字 on every page: no sideways scrolling, and /log/ keeps its targets ≥ 44×44 px', async ({ page }) => {
      await page.addInitScript(() => localStorage.setItem('xueshibu:textSize', 'large'));
      for (const path of SITE_PAGES) {
        await page.goto(path);
        if (path === '/log/') await expect(page.getByText('正在读取本机数据…')).toHaveCount(0);
        expect(await page.evaluate(() => document.documentElement.dataset['textSize']), path).toBe('large');
        expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), path).toBeLessThanOrEqual(0);
        if (path === '/log/') expect(await smallTargets(page)).toEqual([]);
      }
    });

    test('/log/ with entries: every view has text ≥ 14 px and every tap target ≥ 44×44 px', async ({ page }) => {
      const log = logPage(page);
      await log.open();
      await seedEntries(page, thisYear, 8);
      const check = async (name: string) => {
        expect(await smallText(page), name).toEqual([]);
        expect(await smallTargets(page), name).toEqual([]);
        expect(await brokenFigures(page), name).toEqual([]);
        expect(await page.locator('body').innerText(), name).not.toMatch(/#s\d|U\+[0-9A-F]{4}|\.ics|持久保存/);
      };
      for (const view of LOG_VIEWS) {
        await page.goto(`/log/${view}`);
        await expect(page.getByText('正在读取本机数据…')).toHaveCount(0);
        // The view is open: the shell's navigation marks it.
        await expect(page.getByRole('navigation', { name: '学时簿' }).locator('[aria-current="page"]')).toBeVisible();
        if (view === '#entries') await expect(page.getByText('继续教育课程 2', { exact: true })).toBeVisible();
        // The 历年概览 and its charts are drawn once the browser is idle.
        if (view === '' || view === '#progress') await expect(page.locator('.years-chart').first()).toBeVisible();
        await check(view || '/log/');
      }
      // The shell's own controls with the entry form open (a sheet on phones, beside the list on wide screens).
      await page.goto('/log/#entries');
      await log.openForm();
      await check('记一笔');
    });
  });
}

test('/log/ panels opened on demand (evidence, the print view, the unprintable-character alert, a spreadsheet import) keep text ≥ 14 px and targets ≥ 44×44 px', async ({ page }) => {
  const log = logPage(page);
  await log.open();
  await log.add({ title: '𠮷野家餐饮安全培训', hours: '3' });
  await log.show('记录');
  await log.card('𠮷野家餐饮安全培训').getByRole('button', { name: /凭证（0）/ }).click();
  await expect(log.card('𠮷野家餐饮安全培训').getByLabel('选择图片或 PDF')).toBeAttached();
  expect(await smallText(page)).toEqual([]);
  expect(await smallTargets(page)).toEqual([]);
  await log.show('汇总表');
  await page.evaluate(() => {
    window.print = () => undefined;
  });
  await page.getByRole('button', { name: '网页版打印', exact: true }).click();
  await expect(page.getByRole('article', { name: `${thisYear}年度继续教育学时自查申报汇总表` })).toBeVisible();
  await page.getByRole('button', { name: '生成 PDF' }).click();
  await expect(page.locator('.unprintable')).toContainText('“𠮷”这个字无法打印');
  expect(await smallText(page)).toEqual([]);
  expect(await smallTargets(page)).toEqual([]);
  await log.show('数据');
  // A spreadsheet import's preview, with its column menus and its list of rows in error.
  const sheet = ['名称,类别,方式,日期,学时', `安全生产法规,公需,线上学习,${thisYear}/3/1,6`, `,公需,线上学习,${thisYear}/3/2,6`].join('\r\n');
  await page.getByLabel('从表格导入').setInputFiles({ name: '我的学时.csv', mimeType: 'text/csv', buffer: Buffer.from(`\ufeff${sheet}`, 'utf8') });
  await expect(page.getByRole('region', { name: '表格导入预览' })).toContainText('共 2 行');
  expect(await smallText(page)).toEqual([]);
  expect(await smallTargets(page)).toEqual([]);
});

test.describe('the 标准 / 大字 switch', () => {
  /** The computed size of the first paragraph of the main column, in px. */
  const bodyTextPx = (page: Page) => page.locator('main p').first().evaluate((p) => parseFloat(getComputedStyle(p).fontSize));

  test('大字 enlarges the text, holds across reloads and pages, and is set before the page is drawn', async ({ page }) => {
    // Records whether <html> already carried 大字 when <body> was created, i.e. before anything could be painted.
    await page.addInitScript(() => {
      const observer = new MutationObserver(() => {
        if (!document.body) return;
        (window as unknown as { __largeAtBody?: boolean }).__largeAtBody = document.documentElement.dataset['textSize'] === 'large';
        observer.disconnect();
      });
      observer.observe(document, { childList: true, subtree: true });
    });
    await page.goto('/about/');
    expect(await bodyTextPx(page)).toBe(16);
    const group = page.getByRole('group', { name: '文字大小' });
    await expect(group.getByRole('button', { name: '标准' })).toHaveAttribute('aria-pressed', 'true');

    await group.getByRole('button', { name: '大字' }).click();
    await expect(group.getByRole('button', { name: '大字' })).toHaveAttribute('aria-pressed', 'true');
    await expect(group.getByRole('button', { name: '标准' })).toHaveAttribute('aria-pressed', 'false');
    expect(await bodyTextPx(page)).toBe(20);

    await page.reload();
    expect(await page.evaluate(() => (window as unknown as { __largeAtBody?: boolean }).__largeAtBody)).toBe(true);
    expect(await bodyTextPx(page)).toBe(20);
    await expect(page.getByRole('group', { name: '文字大小' }).getByRole('button', { name: '大字' })).toHaveAttribute('aria-pressed', 'true');

    await page.goto('/log/');
    await expect(page.getByText('正在读取本机数据…')).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { __largeAtBody?: boolean }).__largeAtBody)).toBe(true);
    expect(await page.locator('main h1').evaluate((h) => parseFloat(getComputedStyle(h).fontSize))).toBeGreaterThan(28);
    expect(await smallTargets(page)).toEqual([]);

    await page.getByRole('group', { name: '文字大小' }).getByRole('button', { name: '标准' }).click();
    await page.goto('/about/');
    expect(await page.evaluate(() => (window as unknown as { __largeAtBody?: boolean }).__largeAtBody)).toBe(false);
    expect(await bodyTextPx(page)).toBe(16);
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`axe finds nothing in 大字 (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/');
      await page.getByRole('group', { name: '文字大小' }).getByRole('button', { name: '大字' }).click();
      for (const path of ['/', '/policy/2025/', '/log/']) {
        await page.goto(path);
        if (path === '/log/') await expect(page.getByText('正在读取本机数据…')).toHaveCount(0);
        expect(await page.evaluate(() => document.documentElement.dataset['textSize'])).toBe('large');
        const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
        expect(result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`), path).toEqual([]);
      }
    });
  }
});

test.describe('the home page heading on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

  /** Words the heading must never split across lines. */
  const WORDS = ['继续教育', '至少 90 学时', '推定'];

  /** Lines the heading takes (its content height over its line height), and for each word the lines it is drawn on. */
  const headingLines = (page: Page) =>
    page.locator('#current-year-heading').evaluate((heading, words) => {
      const style = getComputedStyle(heading);
      const content = heading.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
      const lines = Math.round(content / parseFloat(style.lineHeight));
      // A no-break space counts as a space: the words are looked up as a person reads them.
      const text = (heading.textContent ?? '').replace(/\u00a0/g, ' ');
      // Each character's line (its top), in the order of the heading's text.
      const tops: number[] = [];
      const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (let at = 0; at < (node.textContent ?? '').length; at += 1) {
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + 1);
          tops.push(Math.round(range.getBoundingClientRect().bottom));
        }
      }
      const wordLines = Object.fromEntries(
        words.map((word) => {
          const at = text.indexOf(word);
          return [word, at < 0 ? 0 : new Set(tops.slice(at, at + word.length).filter((_, index) => word[index] !== ' ')).size];
        }),
      );
      return { lines, wordLines, text };
    }, WORDS);

  for (const [size, most] of [['标准', 3], ['大字', 4]] as const) {
    test(`${size}: the year's heading takes at most ${most} lines and splits no word (“推定” stays whole)`, async ({ page }) => {
      // A year with no notice of its own, so the heading carries its 推定 label.
      await page.clock.setFixedTime(new Date('2026-11-28T10:00:00+08:00'));
      if (size === '大字') await page.addInitScript(() => localStorage.setItem('xueshibu:textSize', 'large'));
      await page.goto('/');
      const heading = await headingLines(page);
      expect(heading.text).toContain('推定');
      expect(heading.lines, heading.text).toBeLessThanOrEqual(most);
      expect(heading.wordLines).toEqual(Object.fromEntries(WORDS.map((word) => [word, 1])));
    });
  }
});
