/**
 * Enter pressed to confirm characters in a Chinese IME must not submit a form.
 * `isComposing` covers Chromium and Firefox; Safari reports the confirming
 * keydown with isComposing false but the legacy keyCode 229, so both are checked.
 */
export function preventImeEnter(event: KeyboardEvent): void {
  if (event.key === 'Enter' && (event.isComposing || event.keyCode === 229)) event.preventDefault();
}
