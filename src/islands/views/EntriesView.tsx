import { useLog } from '../app/logStore';
import { entryListText } from '../../i18n/entryList';
import { EntryList } from '../entries/EntryList';
import { EntrySheet } from '../entries/EntrySheet';
import { useMedia } from '../hooks/useMedia';

/** The width from which the form stands beside the list instead of opening over it. */
export const WIDE = '(min-width: 1024px)';

/** 记录: the year's entries; the form beside them on a wide screen, as a sheet over them on a phone. */
export function EntriesView() {
  const { year } = useLog();
  const wide = useMedia(WIDE);
  return (
    <div class={wide ? 'entries-view entries-view--wide' : 'entries-view'}>
      <section aria-labelledby="list-title" class="panel entries-view__list">
        <h2 id="list-title">{entryListText.listTitle(year)}</h2>
        <EntryList />
      </section>
      <EntrySheet wide={wide} />
    </div>
  );
}
