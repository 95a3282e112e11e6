import { expect, test } from '@playwright/test';
import { solidPng } from './fixtures';
import { logPage } from './logPage';

test('a truncated JPEG and a GIF/HTML polyglot are refused when added, with a Chinese message next to the button', async ({ page }) => {
  const log = logPage(page);
  await log.open();
  await log.add({ title: '职业道德讲座', hours: '3' });
  const card = log.card('职业道德讲座');
  await card.getByRole('button', { name: /凭证（0）/ }).click();
  const panel = card.locator('.evidence');
  // A real JPEG from the browser's own encoder, then cut in half.
  const jpeg = await page.evaluate(async () => {
    const canvas = new OffscreenCanvas(200, 150);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no canvas');
    for (let x = 0; x < 200; x += 10) {
      context.fillStyle = `rgb(${x}, ${255 - x}, 90)`;
      context.fillRect(x, 0, 10, 150);
    }
    const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 });
    return [...new Uint8Array(await blob.arrayBuffer())];
  });
  const truncated = Buffer.from(jpeg.slice(0, Math.floor(jpeg.length / 3)));
  await panel.getByLabel('选择图片或 PDF').setInputFiles({ name: '截断的证书.jpg', mimeType: 'image/jpeg', buffer: truncated });
  await expect(panel.getByRole('alert')).toContainText('“截断的证书.jpg”无法作为图片打开');
  await expect(panel.getByRole('alert')).not.toContainText('。。');
  const polyglot = Buffer.concat([Buffer.from('GIF89a'), Buffer.from('<html><body><script>alert(1)</script></body></html>')]);
  await panel.getByLabel('选择图片或 PDF').setInputFiles({ name: '图片.gif', mimeType: 'image/gif', buffer: polyglot });
  await expect(panel.getByRole('alert')).toContainText('“图片.gif”无法作为图片打开');
  await expect(card.getByRole('button', { name: /凭证（0）/ })).toBeVisible();
  await panel.getByLabel('选择图片或 PDF').setInputFiles({ name: '好的证书.png', mimeType: 'image/png', buffer: solidPng(40, 30, [200, 30, 30]) });
  await expect(card.getByRole('button', { name: /凭证（1）/ })).toBeVisible();
  await expect(panel.getByRole('alert')).toHaveCount(0);
});
