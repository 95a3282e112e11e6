import { useLog } from '../app/logStore';
import { FailedUndo } from './FailedUndo';
import { SpaceFullNotice } from './SpaceFullNotice';

/** A full device's notices: an undo that could not put its record back, and the way out of a refused write. */
export function FullDevice() {
  const { undoFailed, spaceFull } = useLog();
  return (
    <>
      {undoFailed && <FailedUndo />}
      {spaceFull && <SpaceFullNotice />}
    </>
  );
}
