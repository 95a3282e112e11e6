import { expect, test } from '@playwright/test';
import { logPage } from './logPage';

test('two tabs editing one entry: the later save from a stale form is refused, both versions are shown, and the person chooses', async ({ context }) => {
  const tabA = await context.newPage();
  const a = logPage(tabA);
  await a.open();
  await a.add({ title: '急救技能培训', hours: '4', platform: true });
  await expect(a.card('急救技能培训')).toContainText('4 学时');

  // Tab A opens the entry for editing first.
  await a.card('急救技能培训').getByRole('button', { name: '修改“急救技能培训”' }).click();
  // Editing takes focus to the form's first field; type only once it is there.
  await expect(a.form.getByLabel('项目名称')).toBeFocused();
  await a.form.getByLabel('备注').fill('带教老师签字');

  // Meanwhile tab B changes the hours and saves.
  const tabB = await context.newPage();
  const b = logPage(tabB);
  await b.open();
  await b.show('记录');
  await b.card('急救技能培训').getByRole('button', { name: '修改“急救技能培训”' }).click();
  // Editing takes focus to the form's first field; type only once it is there.
  await expect(b.form.getByLabel('项目名称')).toBeFocused();
  await b.form.getByLabel('学时', { exact: true }).fill('9');
  await b.form.getByRole('button', { name: '保存修改' }).click();
  await expect(b.card('急救技能培训')).toContainText('9 学时');

  // Tab A saves its stale form: refused, nothing overwritten, both versions side by side.
  await tabA.bringToFront();
  await expect(a.form.getByLabel('备注')).toHaveValue('带教老师签字');
  await a.form.getByRole('button', { name: '保存修改' }).click();
  await expect(a.form.getByRole('alert')).toContainText('这条记录刚在其他标签页保存过新的内容');
  const compare = a.form.getByRole('group', { name: '其他标签页已保存了这条记录的新版本：' });
  await expect(compare.getByRole('row', { name: /学时/ })).toContainText('9 学时');
  await expect(compare.getByRole('row', { name: /学时/ })).toContainText('4 学时');
  await expect(a.card('急救技能培训')).toContainText('9 学时');

  // Taking the saved version keeps B's hours; the note is added on top and saved.
  await compare.getByRole('button', { name: '改用已保存的版本' }).click();
  await expect(a.form.getByLabel('学时', { exact: true })).toHaveValue('9');
  await a.form.getByLabel('备注').fill('带教老师签字');
  await a.form.getByRole('button', { name: '保存修改' }).click();
  await expect(a.toast).toContainText('已修改“急救技能培训”');
  await expect(a.card('急救技能培训')).toContainText('9 学时');
  await tabB.reload();
  await b.open();
  await b.show('记录');
  await b.card('急救技能培训').getByRole('button', { name: '修改“急救技能培训”' }).click();
  // Editing takes focus to the form's first field; type only once it is there.
  await expect(b.form.getByLabel('项目名称')).toBeFocused();
  await expect(b.form.getByLabel('备注')).toHaveValue('带教老师签字');
  await expect(b.form.getByLabel('学时', { exact: true })).toHaveValue('9');
});
