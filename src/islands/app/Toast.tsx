import { shellText } from '../../i18n/shell';
import { text } from '../../i18n/zhCN';
import { useLog } from './logStore';

/**
 * The last action's sentence, said once to screen readers, in the status
 * strip where the headline was: it never covers a button. 撤销删除 stays
 * while the deletion can still be undone; an action (查看2025年度) goes with
 * its sentence; × dismisses it.
 */
export function Toast() {
  const { announcement, announce, toastAction, undo, undoDelete, dismissAnnouncement } = useLog();
  const shown = announcement !== '' || undo !== null;
  return (
    <div class={`toast${shown ? ' toast--shown' : ''}`} role="status" aria-live="polite">
      {shown && (
        <>
          <span class="toast__text">{announcement}</span>
          {toastAction && (
            <button
              type="button"
              onClick={() => {
                toastAction.run();
                // Clears the sentence only: a record whose undo failed stays offered.
                announce('');
              }}
            >
              {toastAction.label}
            </button>
          )}
          {undo && (
            <button type="button" onClick={() => void undoDelete()}>
              {text.undo}
            </button>
          )}
          <button type="button" class="toast__close" aria-label={shellText.dismissToast} onClick={dismissAnnouncement}>
            ×
          </button>
        </>
      )}
    </div>
  );
}
