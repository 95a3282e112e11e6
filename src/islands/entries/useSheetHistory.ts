import { useEffect, useRef } from 'preact/hooks';

const MARK = 'entrySheet';

/**
 * While the phone's entry sheet is open it owns one history entry, so the
 * browser's back button closes the sheet instead of leaving the view; closing
 * it any other way takes that entry back off. `history.back()` is answered
 * later (popstate), so a sheet opened again before that answer waits for it
 * instead of being closed by it.
 */
export function useSheetHistory(open: boolean, close: () => void): void {
  const pushed = useRef(false);
  const backPending = useRef(false);
  const openRef = useRef(open);
  const closeRef = useRef(close);
  openRef.current = open;
  closeRef.current = close;

  const push = () => {
    history.pushState({ [MARK]: true }, '');
    pushed.current = true;
  };

  useEffect(() => {
    const onPop = () => {
      if (backPending.current) {
        // Our own back() has landed: the sheet may have been opened again meanwhile.
        backPending.current = false;
        if (openRef.current) push();
        return;
      }
      // Still on the sheet's own entry (a fragment navigation's late popstate): nothing to close.
      if (!pushed.current || (history.state as Record<string, unknown> | null)?.[MARK]) return;
      pushed.current = false;
      closeRef.current();
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  useEffect(() => {
    if (open && !pushed.current && !backPending.current) push();
    else if (!open && pushed.current) {
      pushed.current = false;
      if ((history.state as Record<string, unknown> | null)?.[MARK]) {
        backPending.current = true;
        history.back();
      }
    }
  }, [open]);
}
