/**
 * Reads a spreadsheet off the main thread: decoding, parsing and checking
 * 10,000 rows takes longer than a frame, and a hostile file is only refused
 * once it has been read up to a limit. The page stays responsive, and the
 * person can cancel, which terminates this worker.
 */
import { sheetReadingText } from '../../i18n/sheetReading';
import { SheetIntake, type IntakeOutcome, type IntakeRequest } from './sheetIntake';

export type SheetWorkerMessage = { type: 'progress'; fraction: number } | { type: 'done'; outcome: IntakeOutcome };

interface WorkerScope {
  onmessage: ((event: MessageEvent<IntakeRequest>) => void) | null;
  postMessage(message: SheetWorkerMessage): void;
}

const scope = self as unknown as WorkerScope;

let reported = 0;
const intake = new SheetIntake(
  () => crypto.randomUUID(),
  (fraction) => {
    if (fraction - reported >= 0.01) {
      reported = fraction;
      scope.postMessage({ type: 'progress', fraction });
    }
  },
);

scope.onmessage = (event) => {
  reported = 0;
  let outcome: IntakeOutcome;
  try {
    outcome = intake.handle(event.data);
  } catch {
    outcome = { ok: false, message: sheetReadingText.unexpected };
  }
  scope.postMessage({ type: 'done', outcome });
};
