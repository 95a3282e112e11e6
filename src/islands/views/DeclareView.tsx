// LEAD NOTE (helper: read /work/tools/common.md in full before anything else; it has the project's conventions, how to run tests on your port 4331 without touching playwright.config.ts, and what not to run. Then delete this comment.)
import { declarePlaceholder } from '../../i18n/declareView';

/** 申报: the year's declaration helper (issue 16). Reads everything from `useLog()`. */
export function DeclareView() {
  return <p>{declarePlaceholder}</p>;
}
