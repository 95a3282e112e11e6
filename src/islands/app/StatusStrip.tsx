import { useEffect, useRef, useState } from 'preact/hooks';
import { ruleBasisLabel, YEAR_STATUS_LABELS, yearHeadline } from '../../core/rules/describe';
import { yearKeyFigure } from '../../core/rules/keyFigure';
import { KINDS } from '../../core/vocabulary';
import { shellText } from '../../i18n/shell';
import { text } from '../../i18n/zhCN';
import { yearMenuText } from '../../i18n/zhCNYearMenu';
import { UnbreakableText } from '../UnbreakableText';
import { KindMeter } from './KindMeter';
import { useLog } from './logStore';
import { Toast } from './Toast';

/**
 * The year's standing, always in view: the year, its status, the one headline sentence and a meter per kind.
 * Once the page scrolls it folds to one line (the status and the key figure) that opens the whole card again.
 */
export function StatusStrip() {
  const { year, setYear, yearOptions, yearTotals, report, loading, announcement, undo } = useLog();
  const toastShown = announcement !== '' || undo !== null;
  const sentinel = useRef<HTMLDivElement>(null);
  const card = useRef<HTMLElement>(null);
  const [folded, setFolded] = useState(false);
  const [open, setOpen] = useState(false);
  // The whole card's height when it folds: the page keeps that room, so folding never moves what is below it.
  const [reserve, setReserve] = useState(0);
  useEffect(() => {
    // Once the screen above the card has scrolled off the top, the card is stuck at the top: it folds.
    const observer = new IntersectionObserver(([seen]) => {
      const scrolled = seen !== undefined && !seen.isIntersecting && seen.boundingClientRect.top < 0;
      const whole = card.current;
      if (scrolled && whole && !whole.classList.contains('status-strip--folded')) setReserve(whole.offsetHeight);
      setFolded(scrolled);
      if (!scrolled) setOpen(false);
    });
    if (sentinel.current) observer.observe(sentinel.current);
    return () => observer.disconnect();
  }, []);
  const figure = yearKeyFigure(report);
  const state = folded ? (open ? ' status-strip--folded status-strip--open' : ' status-strip--folded') : '';
  return (
    <>
      <div ref={sentinel} class="status-strip__sentinel" aria-hidden="true" />
      <section ref={card} class={`status-strip${state}`} aria-label={shellText.stripLabel(year)} aria-busy={loading}>
        {folded && !loading && (
          <button type="button" class="status-strip__fold" aria-expanded={open} aria-controls="status-strip-details" onClick={() => setOpen(!open)}>
            <span class="status-strip__line">
              <span class={`status-chip status-chip--${report.status}`}>{YEAR_STATUS_LABELS[report.status]}</span>
              {figure !== null && <span class="nowrap">{figure}</span>}
            </span>
          </button>
        )}
        <div id="status-strip-details" class="status-strip__details">
          <div class="status-strip__top">
            <div class="status-strip__year">
              <label for="year-select" class="visually-hidden">
                {text.yearLabel}
              </label>
              <select id="year-select" value={String(year)} onChange={(event) => setYear(Number(event.currentTarget.value))}>
                {yearOptions.map((option) => (
                  <option key={option} value={String(option)}>
                    {yearMenuText.option(option, yearTotals.get(option))}
                  </option>
                ))}
              </select>
            </div>
            {report.basis !== 'notice' && <span class="status-strip__basis">{ruleBasisLabel(report)}</span>}
            <span class={`status-chip status-chip--${report.status}`}>{YEAR_STATUS_LABELS[report.status]}</span>
          </div>
          <div class="status-strip__message">
            <Toast />
            {/* The last action's sentence takes the headline's place for a while: it covers no button and moves nothing below. */}
            {!toastShown && <p class="status-strip__headline">{loading ? text.loading : <UnbreakableText text={yearHeadline(report)} />}</p>}
          </div>
          <div class="status-strip__meters">
            {KINDS.map((kind) => (
              <KindMeter key={kind} label={kind} tally={report[kind]} />
            ))}
            <KindMeter label="total" tally={report.total} />
          </div>
        </div>
      </section>
      {folded && !open && <div class="status-strip__reserve" style={{ height: `calc(${reserve}px - var(--strip-folded))` }} aria-hidden="true" />}
    </>
  );
}
