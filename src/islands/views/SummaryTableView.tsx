import { useState } from 'preact/hooks';
import { summaryTitle } from '../../core/vocabulary';
import { loadingText } from '../../i18n/loading';
import { text } from '../../i18n/zhCN';
import { useLog } from '../app/logStore';
import { lazy } from '../runtime/lazy';

const SummaryPanel = lazy(() => import('../SummaryPanel').then((module) => module.SummaryPanel), loadingText.parts.summary);
const ProfileForm = lazy(() => import('../ProfileForm').then((module) => module.ProfileForm), loadingText.parts.profile);

/** 汇总表: the year's 自查申报汇总表 (PDF, print view, calendar), and the personal details it carries. */
export function SummaryTableView() {
  const { db, year, report, log, today, readOnly, saveProfile } = useLog();
  // The summary uses the stored profile: while the form below holds unsaved edits, the panel says so.
  const [profileUnsaved, setProfileUnsaved] = useState(false);
  return (
    <>
      <section aria-labelledby="summary-title" class="panel">
        <h2 id="summary-title">{summaryTitle(year)}</h2>
        <SummaryPanel db={db} report={report} entries={log.entries} profile={log.profile} today={today} profileUnsaved={profileUnsaved} />
      </section>
      <section aria-label={text.profileTitle} class="panel">
        <ProfileForm profile={log.profile} disabled={readOnly} onSave={saveProfile} onDirtyChange={setProfileUnsaved} />
      </section>
    </>
  );
}
