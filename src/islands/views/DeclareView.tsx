import { useMemo } from 'preact/hooks';
import { declareChecklist } from '../../core/declare/checklist';
import { declarationWindow } from '../../core/declare/declarationWindow';
import { DEFAULT_UPLOAD_LIMIT } from '../../core/declare/uploadLimit';
import type { EvidenceMeta } from '../../db/database';
import { loadReconciliation, loadUploadLimit } from '../../db/declareSettings';
import { evidenceOfEntries } from '../../db/evidence';
import { declareText as t } from '../../i18n/declareView';
import { useLog } from '../app/logStore';
import { ChecklistRow } from '../declare/ChecklistRow';
import { LimitSetting } from '../declare/LimitSetting';
import { PackPanel } from '../declare/PackPanel';
import { PendingReviews } from '../declare/PendingReviews';
import { ReconcilePanel } from '../declare/ReconcilePanel';
import { liveValue, useLive } from '../hooks/useLive';
import { UnbreakableText } from '../UnbreakableText';
import '../../styles/declare.css';

/** 申报: the year's declaration helper (issue 16). Reads everything from `useLog()`. */
export function DeclareView() {
  const { db, year, log, report, loading } = useLog();
  const checklist = useMemo(() => declareChecklist(log.entries, year, report.deadline?.declareBy ?? null, report.pendingReviews), [log.entries, year, report]);
  const declaring = declarationWindow(report);
  const ids = checklist.items.map((item) => item.entry.id);
  const evidence = liveValue(
    useLive(() => evidenceOfEntries(db, ids), [db, ids.join(',')]),
    [] as EvidenceMeta[],
  );
  const limit = liveValue(useLive(() => loadUploadLimit(db), [db]), DEFAULT_UPLOAD_LIMIT);
  const saved = useLive(() => loadReconciliation(db, year), [db, year]);

  if (loading) return <p role="status">{t.loading}</p>;
  return (
    <section class="declare" aria-labelledby="declare-title">
      <h2 id="declare-title">{t.title(year)}</h2>
      {declaring.closed && declaring.declareBy === null ? (
        <p class="note" data-testid="declare-closed">
          <UnbreakableText text={t.closedNoDeadline(year)} />
        </p>
      ) : declaring.closed && declaring.declareBy !== null && declaring.cite !== null ? (
        <p class="note" data-testid="declare-closed">
          <UnbreakableText text={t.closedIntro(year, declaring.declareBy, declaring.cite, declaring.assumedFrom)} />{' '}
          <a class="cite-link" href={`/policy/${declaring.cite.policyYear}/#${declaring.cite.id}`}>
            {t.closedCiteLink}
          </a>
        </p>
      ) : (
        <p>{t.intro}</p>
      )}
      <section aria-labelledby="declare-list">
        <h3 id="declare-list">{t.listTitle}</h3>
        <p data-testid="declare-summary"><UnbreakableText text={t.listSummary(checklist.returned.count, checklist.returned.tenths, checklist.notDeclared.count, checklist.notDeclared.tenths)} /></p>
        {checklist.items.length === 0 ? (
          <p>{t.listEmpty}</p>
        ) : (
          <>
            <p class="field__hint">{t.listOrder}</p>
            <ol class="declare-list">
              {checklist.items.map((item) => (
                <ChecklistRow key={item.entry.id} item={item} evidence={evidence.filter((meta) => meta.entryId === item.entry.id)} limit={limit} closed={declaring.closed} declareBy={declaring.closed ? declaring.declareBy : null} />
              ))}
            </ol>
          </>
        )}
      </section>
      <PendingReviews pending={checklist.pending} />
      <PackPanel items={checklist.items} limit={limit} />
      <LimitSetting limit={limit} />
      {saved.status === 'ready' && <ReconcilePanel key={`${year}-${saved.value?.on ?? ''}`} saved={saved.value} />}
    </section>
  );
}
