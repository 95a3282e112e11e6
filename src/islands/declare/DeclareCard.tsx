import { cardFields } from '../../core/declare/cardFields';
import type { ChecklistItem } from '../../core/declare/checklist';
import type { UploadLimit } from '../../core/declare/uploadLimit';
import type { EvidenceMeta } from '../../db/database';
import { declareText as t } from '../../i18n/declareView';
import { useLog } from '../app/logStore';
import { CopyField } from './CopyField';
import { DeclareDate } from './DeclareDate';
import { EvidenceFiles } from './EvidenceFiles';

/** The 申报卡: the entry's own data field by field with copy buttons, its evidence against the upload limit, and the declaration date. */
export function DeclareCard({ item, limit, evidence, closed = false, declareBy = null }: { item: ChecklistItem; limit: UploadLimit; evidence: readonly EvidenceMeta[]; closed?: boolean; declareBy?: string | null }) {
  const { announce } = useLog();
  const headingId = `declare-card-${item.entry.id}`;
  return (
    <section class="declare-card" aria-labelledby={headingId}>
      <h4 id={headingId}>{t.cardTitle(item.entry.title)}</h4>
      <p class="field__hint">{t.cardHint}</p>
      <dl class="declare-fields">
        {cardFields(item.entry).map(({ field, value }) => (
          <CopyField key={field} label={field === 'startDate' || field === 'endDate' ? t.dateLabel(t.cardLabels[field]) : t.cardLabels[field]} value={value} announce={announce} />
        ))}
      </dl>
      <h5>{t.evidenceTitle}</h5>
      <EvidenceFiles entry={item.entry} number={item.number} items={evidence} limit={limit} />
      <DeclareDate entry={item.entry} closed={closed} closedDeclareBy={declareBy} />
    </section>
  );
}
