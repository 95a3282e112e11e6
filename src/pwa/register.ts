import { Workbox, messageSW } from 'workbox-window';
import { KEEP_OFFLINE_MESSAGE } from '../core/offline/offlineFiles';
import type { OfflineDatasetHolder } from './offlineState';

/**
 * The page side of the service worker, on every page: register it, ask it to
 * keep this page (and, on the log, what the log needs) for offline use, say once
 * when pages are kept, offer a waiting update (applied only when the
 * person chooses, and never over unsaved edits), and show when the device is offline.
 */

const MESSAGES = {
  offlineReady: '已可离线阅读：看过的页面，没网时也能打开。',
  updateReady: '有新版本可用。',
  update: '更新',
  later: '稍后',
  unsaved: '有尚未保存的修改。请先保存或取消，再更新。',
  offline: '当前离线：看过的页面照常可用，数据保存在本机。',
} as const;

const OFFLINE_READY_MS = 8000;
// A content page keeps about 25 KB, so it starts soon and a short read is kept too; the log keeps its kit
// (the 1.7 MB PDF font) and waits longer, so that download never competes with the first taps.
const SETTLE_MS = location.pathname.startsWith('/log/') ? 3000 : 1000;

function statusRegion(): HTMLElement | null {
  return document.getElementById('app-status');
}

function show(message: string, actions: { label: string; run: () => void }[] = []): void {
  const region = statusRegion();
  if (!region) return;
  const text = document.createElement('span');
  text.textContent = message;
  const buttons = actions.map(({ label, run }) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = label;
    button.addEventListener('click', run);
    return button;
  });
  region.replaceChildren(text, ...buttons);
  region.hidden = false;
}

function hide(): void {
  const region = statusRegion();
  if (!region) return;
  region.replaceChildren();
  region.hidden = true;
}

/** Forms mark themselves data-unsaved while they hold edits that a reload would lose. */
function hasUnsavedEdits(): boolean {
  return document.querySelector('form[data-unsaved="true"]') !== null;
}

function watchNetwork(): void {
  const badge = document.getElementById('net-status');
  if (!badge) return;
  const update = () => {
    badge.hidden = navigator.onLine;
    badge.textContent = navigator.onLine ? '' : MESSAGES.offline;
  };
  window.addEventListener('online', update);
  window.addEventListener('offline', update);
  update();
}

function register(): void {
  if (!('serviceWorker' in navigator)) return;
  const workbox = new Workbox('/sw.js');
  workbox.addEventListener('activated', (event) => {
    if (event.isUpdate) return;
    show(MESSAGES.offlineReady, [{ label: '知道了', run: hide }]);
    setTimeout(() => {
      if (statusRegion()?.textContent?.startsWith(MESSAGES.offlineReady)) hide();
    }, OFFLINE_READY_MS);
  });
  const applyUpdate = () => {
    if (hasUnsavedEdits()) {
      show(MESSAGES.unsaved, [
        { label: MESSAGES.update, run: applyUpdate },
        { label: MESSAGES.later, run: hide },
      ]);
      return;
    }
    workbox.addEventListener('controlling', () => window.location.reload());
    workbox.messageSkipWaiting();
  };
  workbox.addEventListener('waiting', () => {
    show(MESSAGES.updateReady, [
      { label: MESSAGES.update, run: applyUpdate },
      { label: MESSAGES.later, run: hide },
    ]);
  });
  void workbox.register();
  void keepOffline();
}

/** Asks the worker to keep this page and its files; a failed download is tried again on the next visit. */
async function keepOffline(): Promise<void> {
  const worker = (await navigator.serviceWorker.ready).active;
  if (!worker) return;
  const reply = (await messageSW(worker, { type: KEEP_OFFLINE_MESSAGE, page: location.pathname })) as { ready?: boolean } | undefined;
  (document.documentElement as OfflineDatasetHolder).dataset.offlineFiles = reply?.ready ? 'ready' : 'failed';
}

/**
 * Registering the worker and keeping the page offline start a moment after the
 * page has loaded (SETTLE_MS), when the browser is idle, so on a slow phone they
 * never compete with the first taps.
 */
function whenSettled(run: () => void): void {
  const idle = window.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 1));
  const start = () => setTimeout(() => idle(run, { timeout: 10_000 }), SETTLE_MS);
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}

watchNetwork();
if (import.meta.env.PROD) whenSettled(register);
