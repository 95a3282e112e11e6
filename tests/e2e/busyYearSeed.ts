import type { Page } from '@playwright/test';

const LONG_TITLE = '第12期基层医疗卫生机构护理质量与患者安全管理专题培训班（线下集中授课，含结业考核）';
const CODED_TITLE = '急危重症ECMO与CRRT联合应用技术培训（课程编号HNRSJXJY2026ZY000123456）';
const LONG_PROVIDER = '河南省卫生健康委员会继续医学教育中心（河南省医学会继续教育部）';

/**
 * A year as a busy person has it, straight into IndexedDB (as the log stores them), then a reload:
 * credited, under review (用人单位 and 行业主管部门), returned by each reviewer, still to declare and
 * recorded by the platform, with long titles, a long course code, long providers, notes and reasons;
 * and a few entries of the year before, so the 历年概览 has rows to compare.
 */
export async function seedBusyYear(page: Page, year: number): Promise<void> {
  const on = (month: number, day: number, y = year) => `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const stamp = `${year}-01-01T00:00:00.000Z`;
  const base = (id: string, title: string, endDate: string, hoursTenths: number) => ({
    id,
    title,
    kind: 'professional',
    way: 'training',
    startDate: endDate,
    endDate,
    hoursTenths,
    recording: 'declare',
    status: 'notDeclared',
    providerName: LONG_PROVIDER,
    year: Number(endDate.slice(0, 4)),
    createdAt: stamp,
    updatedAt: stamp,
  });
  const entries = [
    { ...base('credited', LONG_TITLE, on(1, 8), 120), status: 'approved', declaredOn: on(1, 10), employerApprovedOn: on(1, 12), approvedOn: on(1, 20) },
    { ...base('credited-public', '专业技术人员职业道德与诚信建设公需科目网络课程', on(2, 3), 125), kind: 'public', way: 'onlineStudy', recording: 'platform' },
    { ...base('employer-review', CODED_TITLE, on(3, 2), 45), status: 'declared', declaredOn: on(3, 4) },
    { ...base('authority-review', '院内学术报告：慢性心力衰竭患者的全程管理与社区随访实践', on(3, 18), 20), status: 'employerApproved', declaredOn: on(3, 20), employerApprovedOn: on(3, 25) },
    {
      ...base('returned-employer', '急救技能培训（心肺复苏与自动体外除颤器使用）', on(4, 1), 60),
      status: 'returned',
      declaredOn: on(4, 2),
      returnedOn: on(4, 7),
      returnedBy: 'employer',
      returnReason: '证书照片不清晰，培训学时与证书所载学时不一致，请补充加盖公章的学时证明后重新申报。',
    },
    {
      ...base('returned-authority', '护理质量管理', on(4, 12), 25),
      status: 'returned',
      declaredOn: on(4, 14),
      returnedOn: on(4, 28),
      returnedBy: 'authority',
      returnReason: '学时与证书不符',
      previousRounds: [{ declaredOn: on(4, 13), returnedOn: on(4, 13), returnedBy: 'employer', reason: '缺少培训通知' }],
    },
    { ...base('to-declare', LONG_TITLE.replace('第12期', '第13期'), on(5, 6), 80), notes: '与本院同事共同参加；结业证书原件由科室统一保管，申报前须向科室秘书借阅并复印留存。' },
    { ...base('to-declare-public', '数字经济与人工智能应用公需科目线下专题讲座', on(5, 9), 30), kind: 'public', way: 'inPerson' },
    { ...base('last-year', LONG_TITLE, on(6, 1, year - 1), 400), status: 'approved', declaredOn: on(6, 2, year - 1), approvedOn: on(6, 20, year - 1) },
    { ...base('last-year-public', '职业道德网络课程', on(3, 1, year - 1), 300), kind: 'public', way: 'onlineStudy', recording: 'platform' },
  ];
  await page.evaluate(
    (entries) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('xueshibu');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('entries', 'readwrite');
          for (const entry of entries) tx.objectStore('entries').put(entry);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    entries,
  );
  await page.reload();
}
