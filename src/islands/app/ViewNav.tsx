import { shellText } from '../../i18n/shell';
import { useLog } from './logStore';
import { hashOfView, LOG_VIEWS } from './views';

/** The views, as links (so each has its address and the back button works), with 记一笔 in the middle of the thumb's reach. */
export function ViewNav() {
  const { view, openNewEntry, readOnly } = useLog();
  const links = LOG_VIEWS.map((name) => (
    <a key={name} href={hashOfView(name)} class="view-nav__link" aria-current={view === name ? 'page' : undefined}>
      {shellText.views[name]}
    </a>
  ));
  return (
    <nav class="view-nav" aria-label={shellText.navLabel}>
      {links.slice(0, 2)}
      <button type="button" class="view-nav__add" aria-label={shellText.addEntryLabel} disabled={readOnly} onClick={() => openNewEntry()}>
        <span aria-hidden="true">+</span> {shellText.addEntry}
      </button>
      {links.slice(2)}
    </nav>
  );
}
