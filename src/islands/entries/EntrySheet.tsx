import { useEffect, useRef } from 'preact/hooks';
import { entryFormText } from '../../i18n/entryFields';
import { shellText } from '../../i18n/shell';
import { useLog, type FormState } from '../app/logStore';
import { EntryForm } from '../entryForm/EntryForm';
import { useSheetHistory } from './useSheetHistory';

const NEW: FormState = { mode: 'new', template: null };

function formKey(form: FormState): string {
  if (form.mode === 'edit') return `edit-${form.entry.id}`;
  if (form.mode === 'new' && form.template) return `like-${form.template.id}`;
  return 'new';
}

const focusTitle = (root: HTMLElement | null) => requestAnimationFrame(() => root?.querySelector<HTMLInputElement>('input[name="title"]')?.focus());

/**
 * Where the entry form lives: on a wide screen always beside the list (a blank
 * new entry when nothing is open); on a phone a modal sheet, opened by 记一笔 or
 * 编辑, closed by its button, Esc or the browser's back.
 */
export function EntrySheet({ wide }: { wide: boolean }) {
  const { form, closeForm } = useLog();
  const dialog = useRef<HTMLDialogElement>(null);
  const aside = useRef<HTMLElement>(null);
  const open = form.mode !== 'closed';
  useSheetHistory(open && !wide, closeForm);

  useEffect(() => {
    const sheet = dialog.current;
    if (!sheet) return;
    if (open && !sheet.open) sheet.showModal();
    if (!open && sheet.open) sheet.close();
  }, [open, wide]);
  useEffect(() => {
    if (open) focusTitle(wide ? aside.current : dialog.current);
  }, [form, wide]);

  const shown = open ? form : NEW;
  const title = form.mode === 'edit' ? entryFormText.formEditTitle(form.entry.title) : entryFormText.formAddTitle;
  if (wide) {
    return (
      <aside ref={aside} class="panel entries-view__form" aria-label={title}>
        <EntryForm key={formKey(shown)} form={shown} />
      </aside>
    );
  }
  return (
    <dialog ref={dialog} class="entry-sheet" aria-label={title} onClose={() => {
        // The close event arrives a task later: a sheet opened again meanwhile stays open.
        if (!dialog.current?.open) closeForm();
      }}>
      <div class="entry-sheet__bar">
        <button type="button" class="entry-sheet__close" onClick={closeForm}>
          {shellText.closeSheet}
        </button>
      </div>
      {open && <EntryForm key={formKey(form)} form={form} />}
    </dialog>
  );
}
