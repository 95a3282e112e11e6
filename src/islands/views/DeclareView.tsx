import { declarePlaceholder } from '../../i18n/declareView';

/** 申报: the year's declaration helper (issue 16). Reads everything from `useLog()`. */
export function DeclareView() {
  return <p>{declarePlaceholder}</p>;
}
