import { expect, type Page } from '@playwright/test';

export interface NewEntry {
  title: string;
  kind?: '公需科目' | '专业科目';
  way?: string;
  start?: string;
  end?: string;
  hours: string;
  provider?: string;
  /** Online study through the platform's 学习入口: the person picks platform recording. */
  platform?: boolean;
  declare?: { status: string; declaredOn?: string; returnedBy?: string; returnedOn?: string; reason?: string };
}

/** Drives the /log/ page the way a person does: by labels and button names. */
export function logPage(page: Page) {
  const form = page.locator('form.entry-form');
  return {
    form,
    async open() {
      await page.goto('/log/');
      await expect(page.getByRole('heading', { name: /年度进度$/ })).toBeVisible();
      await expect(page.getByText('正在读取本机数据…')).toHaveCount(0);
    },
    /** Opens a view of the log by its name in the navigation (进度, 记录, 申报, 汇总表, 数据). */
    async show(view: '进度' | '记录' | '申报' | '汇总表' | '数据') {
      await page.getByRole('navigation', { name: '学时簿' }).getByRole('link', { name: view, exact: true }).click();
      await expect(page.getByRole('navigation', { name: '学时簿' }).getByRole('link', { name: view, exact: true })).toHaveAttribute('aria-current', 'page');
    },
    /**
     * Chooses a year in the status card's menu; scrolled down, the card is folded to one line, so first back to the top as a person would.
     * Just after a save the list scrolls to the saved entry (it takes focus), which may fold the card again: tried until the menu takes the choice.
     */
    async chooseYear(year: number) {
      const menu = page.getByLabel('年度', { exact: true });
      await expect(async () => {
        if (!(await menu.isVisible())) await page.evaluate(() => window.scrollTo(0, 0));
        await menu.selectOption(String(year), { timeout: 1_000 });
      }).toPass({ timeout: 15_000 });
      await expect(menu).toHaveValue(String(year));
    },
    /** Opens the entry form the way a person does: 记一笔, unless it is already open. */
    async openForm() {
      if (!(await form.isVisible())) await page.getByRole('button', { name: /^记一笔/ }).click();
      await expect(form).toBeVisible();
    },
    async add(entry: NewEntry) {
      await this.openForm();
      await form.getByLabel('项目名称').fill(entry.title);
      if (entry.kind) await form.getByLabel(entry.kind).check();
      if (entry.way) await form.getByLabel('学习方式').selectOption({ label: entry.way });
      if (entry.start) await form.getByLabel('开始日期').fill(entry.start);
      if (entry.end) await form.getByLabel('完成日期').fill(entry.end);
      await form.getByLabel('学时', { exact: true }).fill(entry.hours);
      if (entry.provider) await form.getByLabel('机构').fill(entry.provider);
      if (entry.platform) await form.getByLabel('平台学习入口自动记录').check();
      if (entry.declare) {
        await form.getByLabel('申报进度').selectOption({ label: entry.declare.status });
        if (entry.declare.declaredOn) await form.getByLabel('申报日期').fill(entry.declare.declaredOn);
        if (entry.declare.returnedBy) await form.getByLabel('退回方').selectOption({ label: entry.declare.returnedBy });
        if (entry.declare.returnedOn) await form.getByLabel('退回日期').fill(entry.declare.returnedOn);
        if (entry.declare.reason) await form.getByLabel('退回原因').fill(entry.declare.reason);
      }
      await form.getByRole('button', { name: /^保存/ }).click();
      // Wait for the answer (saved, or a message in the form), so the next step never acts on the form being closed.
      const saved = page.locator('.toast').filter({ hasText: `“${entry.title}”` });
      await expect(saved.or(form.locator('.form-message'))).not.toHaveCount(0);
    },
    entryCards: page.locator('.entry-card'),
    card(title: string) {
      return page.locator('.entry-card').filter({ has: page.locator('.entry-card__title', { hasText: title }) });
    },
    progress(label: string) {
      return page.locator('.progress-label').filter({ hasText: label });
    },
    toast: page.locator('.toast'),
  };
}
