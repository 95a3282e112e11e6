/**
 * How sure the reader is of a value. The form fills only 'sure' values: a field
 * the reader is unsure of stays empty rather than wrong, and the person sees
 * the unsure value only as a hint.
 */
export type Confidence = 'sure' | 'unsure';

export interface Suggestion<T> {
  value: T;
  confidence: Confidence;
}

export function sure<T>(value: T): Suggestion<T> {
  return { value, confidence: 'sure' };
}

export function unsure<T>(value: T): Suggestion<T> {
  return { value, confidence: 'unsure' };
}
