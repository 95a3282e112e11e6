import type { Page } from '@playwright/test';

/**
 * Puts `count` entries of `year` straight into IndexedDB (as the log stores them), then reloads
 * the page so the app reads them: faster than typing 200 entries, and the same data a person has.
 * Every third is a 公需科目, the rest 专业科目, all recorded by the platform; every fifth has a long title.
 */
export async function seedEntries(page: Page, year: number, count: number): Promise<void> {
  await page.evaluate(
    ({ year, count }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('xueshibu');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('entries', 'readwrite');
          const store = tx.objectStore('entries');
          for (let i = 0; i < count; i += 1) {
            const day = String((i % 28) + 1).padStart(2, '0');
            const month = String((i % 12) + 1).padStart(2, '0');
            const date = `${year}-${month}-${day}`;
            const isPublic = i % 3 === 0;
            store.put({
              id: `seed-${year}-${i}`,
              title: i % 5 === 0 ? `第${i + 1}期基层医疗卫生机构护理质量与患者安全管理专题培训班（线下集中授课）` : `继续教育课程 ${i + 1}`,
              kind: isPublic ? 'public' : 'professional',
              way: isPublic ? 'onlineStudy' : 'eLearning',
              startDate: date,
              endDate: date,
              hoursTenths: 15,
              recording: 'platform',
              status: 'notDeclared',
              year,
              createdAt: `${year}-01-01T00:00:00.000Z`,
              updatedAt: `${year}-01-01T00:00:00.000Z`,
            });
          }
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { year, count },
  );
  await page.reload();
}
