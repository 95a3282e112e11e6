import { FORMAT_DETAILS_LABEL } from '../i18n/formatDetails';

/** The technical detail of a file control, closed until asked for, so the hint beside it stays in plain words. */
export function FormatDetails({ text }: { text: string }) {
  return (
    <details class="format-details">
      <summary>{FORMAT_DETAILS_LABEL}</summary>
      <p>{text}</p>
    </details>
  );
}
