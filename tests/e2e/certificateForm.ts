import type { Page } from '@playwright/test';

/** Every control of the entry form with its value (radios and checkboxes: whether checked), the file input aside. */
export function formFields(page: Page): Promise<string[]> {
  return page.locator('form.entry-form').evaluate((form: HTMLFormElement) =>
    [...form.elements]
      .filter((element): element is HTMLInputElement => element instanceof HTMLInputElement || element instanceof HTMLSelectElement || element instanceof HTMLTextAreaElement)
      .filter((element) => element.type !== 'file')
      .map((element) => `${element.name || element.id}=${element.type === 'radio' || element.type === 'checkbox' ? `${element.value}:${element.checked}` : element.value}`),
  );
}

/** How many records each of the log's stores holds, read straight from IndexedDB. */
export function stored(page: Page): Promise<Record<string, number>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, number>>((resolve, reject) => {
        const request = indexedDB.open('xueshibu');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const names = ['entries', 'evidence', 'evidenceData'];
          const tx = db.transaction(names);
          const counts: Record<string, number> = {};
          for (const name of names) {
            const count = tx.objectStore(name).count();
            count.onsuccess = () => (counts[name] = count.result);
          }
          tx.oncomplete = () => {
            db.close();
            resolve(counts);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}
