import type { CertificateReading } from './extractFields';

/**
 * Which way up to read a photo, and when a reading is good enough to stop.
 * Upright and upside down look alike to a line detector, as do a quarter turn
 * either way; the engine tells them apart by reading sense or nonsense. So the
 * likely orientation is read first and its opposite only when the first reading
 * found no certificate, or found one with too little confidence.
 */
export function quarterTurnsToTry(linesAcross: boolean): number[] {
  return linesAcross ? [0, 2] : [1, 3];
}

export interface Attempt {
  reading: CertificateReading;
  /** The engine's mean confidence, 0–100. */
  confidence: number;
}

export function sureFieldCount(reading: CertificateReading): number {
  return Object.values(reading.fields).filter((field) => field?.confidence === 'sure').length;
}

/** A reading that found a certificate, with at least two fields filled, read with fair confidence: no other orientation is tried. */
export const CONFIDENT_READING = 60;

export function goodEnough(attempt: Attempt): boolean {
  return attempt.reading.recognised && sureFieldCount(attempt.reading) >= 2 && attempt.confidence >= CONFIDENT_READING;
}

/**
 * A first reading that took this long and found no certificate was reading a
 * picture's texture (a landscape, a room): the other way up would take as long
 * and find nothing. A certificate upside down reads as fast as one upright.
 */
export const SLOW_READING_MS = 10_000;

export function tryAnotherWay(attempt: Attempt, elapsedMs: number): boolean {
  return !goodEnough(attempt) && (attempt.reading.recognised || elapsedMs < SLOW_READING_MS);
}

/** The best of the readings made: a certificate over none, then more fields filled, then more confidence. */
export function bestAttempt(attempts: readonly Attempt[]): Attempt | null {
  let best: Attempt | null = null;
  for (const attempt of attempts) {
    if (!best) {
      best = attempt;
      continue;
    }
    const key = (a: Attempt) => [a.reading.recognised ? 1 : 0, sureFieldCount(a.reading), a.confidence] as const;
    const [r1, f1, c1] = key(attempt);
    const [r2, f2, c2] = key(best);
    if (r1 > r2 || (r1 === r2 && (f1 > f2 || (f1 === f2 && c1 > c2)))) best = attempt;
  }
  return best;
}
