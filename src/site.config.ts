import packageJson from '../package.json';

/** Names and navigation in one place; every page reads them from here. */
export const site = {
  name: '学时簿',
  tagline: '河南专业技术人员继续教育学时指南',
  description:
    '河南省专业技术人员继续教育：2025年通知全文、公需科目与专业科目指南、学时申报说明和48家省级继续教育基地名录。',
  /** Shown in the footer; a build label (XUESHIBU_BUILD_LABEL) tells two builds of one version apart. */
  version: process.env['XUESHIBU_BUILD_LABEL'] ? `${packageJson.version}+${process.env['XUESHIBU_BUILD_LABEL']}` : packageJson.version,
  /** The year of the latest notice this site carries; the home page leads with it. */
  currentPolicyYear: 2025,
} as const;

export interface NavItem {
  href: string;
  label: string;
}

export const nav: readonly NavItem[] = [
  { href: '/', label: '首页' },
  { href: '/log/', label: '我的学时' },
  { href: '/policy/2025/', label: '通知全文' },
  { href: '/guide/', label: '学习指南' },
  { href: '/bases/', label: '继续教育基地' },
  { href: '/about/', label: '关于与隐私' },
  { href: '/unit/', label: '单位台账' },
];
