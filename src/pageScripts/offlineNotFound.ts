/**
 * Offline, the service worker answers any page it has not kept with the 404
 * page: then the address is not wrong, the page was never read online, and the
 * page says so in the words its markup carries for that case.
 */
if (!navigator.onLine) {
  for (const element of document.querySelectorAll<HTMLElement>('[data-offline-text]')) {
    element.textContent = element.dataset['offlineText'] ?? element.textContent;
  }
}
