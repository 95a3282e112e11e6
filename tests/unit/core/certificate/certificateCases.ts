import type { CertificateFields } from '../../../../src/core/certificate/extractFields';

export type FieldName = keyof CertificateFields;
export type Variant = 'clean' | 'noisy' | 'digital';

/**
 * One certificate written out as recognised text. `truth` is what the
 * certificate itself says, as the entry would hold it; `unread` names the
 * fields of the truth the reader is expected to leave empty (its limits, kept
 * in view rather than hidden).
 */
export interface CertificateCase {
  name: string;
  variant: Variant;
  text: string;
  truth: Partial<Record<FieldName, string | number>>;
  unread?: FieldName[];
  today?: string;
  ownProviders?: string[];
}

export const TODAY = '2026-06-30';

const platformTruth = {
  title: '2026年度公需科目网络培训',
  kind: 'public',
  way: 'onlineStudy',
  startDate: '2026-03-05',
  endDate: '2026-03-07',
  hoursTenths: 240,
  providerName: '河南省人才交流中心',
  notes: '证书编号：HNJX2026000123',
} as const;

const completionTruth = {
  title: '医院感染防控实务',
  kind: 'professional',
  startDate: '2026-04-10',
  endDate: '2026-04-12',
  hoursTenths: 240,
  providerName: '河南省人民医院',
  notes: '证书编号：JY-2026-0456',
} as const;

const landscapeTruth = {
  title: '新时代专业技术人员创新能力提升',
  kind: 'professional',
  way: 'training',
  startDate: '2026-05-08',
  endDate: '2026-05-09',
  hoursTenths: 160,
  providerName: '河南大学',
  notes: '证书编号：20260520-018',
} as const;

const registerTruth = {
  title: '中小学教师信息技术应用能力提升专题培训',
  kind: 'professional',
  way: 'training',
  startDate: '2026-03-02',
  endDate: '2026-03-06',
  hoursTenths: 400,
  providerName: '洛阳师范学院',
} as const;

const screenshotTruth = {
  title: '数字经济与数字化转型',
  kind: 'public',
  way: 'onlineStudy',
  endDate: '2026-02-18',
  hoursTenths: 60,
  providerName: '河南省继续教育学会',
  notes: '证书编号：GX202602180077',
} as const;

export const CASES: CertificateCase[] = [
  // 学时证明 printed from a platform.
  {
    name: 'platform 学时证明',
    variant: 'clean',
    text: `专业技术人员继续教育学时证明
姓名：张三 身份证号：410102198001011234
培训项目：2026年度公需科目网络培训
科目类别：公需科目
学习方式：在线学习
培训时间：2026年3月5日至2026年3月7日
学时：24
施教机构：河南省人才交流中心
证书编号：HNJX2026000123
打印日期：2026年3月10日`,
    truth: platformTruth,
  },
  {
    name: 'platform 学时证明, OCR blanks, full-width figures and O/l slips',
    variant: 'noisy',
    text: `专 业 技 术 人 员 继 续 教 育 学 时 证 明
姓 名 ： 张 三
培 训 项 目 ： 2O26年度公需科目网络培训
科 目 类 别 ： 公 需 科 目
学 习 方 式 ： 在 线 学 习
培 训 时 间 ： ２０２６年３月５日 至 ２０２６年３月７日
学 时 ： ２4
施 教 机 构 ： 河 南 省 人 才 交 流 中 心
证 书 编 号 ： HNJX2026000123
打 印 日 期 ： 2026年3月l0日`,
    truth: platformTruth,
  },
  {
    name: 'platform 学时证明, labels and values on separate lines',
    variant: 'digital',
    text: `专业技术人员继续教育学时证明
培训项目
2026年度公需科目网络培训
科目类别
公需科目
学习方式
在线学习
培训时间
2026-03-05 至 2026-03-07
学时
24
施教机构
河南省人才交流中心
证书编号
HNJX2026000123
打印日期
2026-03-10`,
    truth: platformTruth,
  },
  {
    name: 'platform 学时证明 with 课时数 and slashes',
    variant: 'digital',
    text: `继续教育学时证明
项目名称：2026年度公需科目网络培训
科目类别：公需科目 学习方式：在线学习
学习期间：2026/03/05~2026/03/07
课时数 24
施教机构：河南省人才交流中心
编号：HNJX2026000123`,
    truth: platformTruth,
  },
  {
    name: 'platform 学时证明, l for 1 in the hours and a dash range',
    variant: 'noisy',
    text: `继续教育学时证明
项目名称:2026年度公需科目网络培训
科目类别:公需科目
学习方式:在线学习
培训时间:2026.3.5—2026.3.7
学时:24
施教机构:河南省人才交流 中心
编号:HNJX2026000123`,
    truth: platformTruth,
  },
  // 结业证书 with the main sentence.
  {
    name: '结业证书',
    variant: 'clean',
    text: `结业证书
张三同志：
于2026年4月10日至12日参加了《医院感染防控实务》专业科目培训，
完成全部课程，考核合格，共计24学时，特发此证。
主办单位：河南省人民医院
编号：JY-2026-0456
2026年4月15日`,
    truth: completionTruth,
  },
  {
    name: '结业证书, the title broken over two lines',
    variant: 'noisy',
    text: `结 业 证 书
张 三 同 志 :
于 2026 年 4 月 10 日 至 12 日 参 加 了 《 医 院 感 染
防 控 实 务 》 专 业 科 目 培 训 ,
完 成 全 部 课 程 , 考 核 合 格 , 共 计 2 4 学 时 , 特 发 此 证 。
主 办 单 位 : 河 南 省 人 民 医 院
编 号 : JY-2026-0456
２０２６年４月１５日`,
    truth: completionTruth,
  },
  {
    name: '结业证书 with the full range written twice',
    variant: 'digital',
    text: `结业证书
张三 同志于2026年4月10日至2026年4月12日参加了“医院感染防控实务”专业科目培训，共计24学时。
主办单位：河南省人民医院
证书编号：JY-2026-0456
发证日期：2026年4月15日`,
    truth: completionTruth,
  },
  {
    name: '结业证书, 年 for the start and only 月日 for the end',
    variant: 'clean',
    text: `结业证书
兹证明张三于2026年4月10日—4月12日参加《医院感染防控实务》专业科目培训，共计 24 学时。
主办单位：河南省人民医院
No.JY-2026-0456`,
    truth: completionTruth,
  },
  {
    name: '结业证书 whose hours read l2 and 2O26',
    variant: 'noisy',
    text: `结业证书
于2O26年4月10日至12日参加了《医院感染防控实务》专业科目培训,共计 24 学时。
主办单位:河南省人民医院
编号:JY-2026-0456`,
    truth: completionTruth,
  },
  // 培训证书 in landscape.
  {
    name: '培训证书 landscape',
    variant: 'clean',
    text: `培训证书
兹证明 李四 参加了
“新时代专业技术人员创新能力提升”
专业科目面授培训，学习期间表现良好，成绩合格。
培训时间：2026.05.08-2026.05.09
学时：16
河南大学继续教育学院
2026年5月20日
No. 20260520-018`,
    truth: landscapeTruth,
  },
  {
    name: '培训证书 landscape, OCR reads the seal line with a slip',
    variant: 'noisy',
    text: `培 训 证 书
兹 证 明 李 四 参 加 了
“ 新 时 代 专 业 技 术 人 员 创 新 能 力 提 升 ”
专 业 科 目 面 授 培 训 , 学 习 期 间 表 现 良 好 , 成 绩 合 格 。
培 训 时 间 : 2026.05.08 - 2026.05.09
学 时 : l6
河 南 大 学 继 续 教 育 学 院
２０２６年５月２０日
No. 20260520-018`,
    truth: landscapeTruth,
  },
  {
    name: '培训证书 landscape with 5月8日至9日 and the year only on the issue date',
    variant: 'clean',
    text: `培训证书
李四同志于5月8日至9日参加“新时代专业技术人员创新能力提升”专业科目集中培训，共16学时。
施教机构：河南大学
2026年5月20日
No.20260520-018`,
    truth: landscapeTruth,
  },
  {
    name: '培训证书 landscape, 《》 and 到',
    variant: 'digital',
    text: `培训证书
李四：
你于2026年5月8日到2026年5月9日参加《新时代专业技术人员创新能力提升》培训（专业科目，面授），
共计16学时，成绩合格。
培训机构：河南大学
证书编号：20260520-018`,
    truth: landscapeTruth,
  },
  // 学时登记表 flattened: each cell on its own line.
  {
    name: '学时登记表 flattened, the title over two cells',
    variant: 'clean',
    text: `河南省专业技术人员继续教育学时登记表
姓名
王五
工作单位
某市第一中学
项目名称
中小学教师信息技术应用能力提升
专题培训
科目类别
专业科目
学习方式
集中培训
开始日期
2026-03-02
结束日期
2026-03-06
学时数
40
培训机构
洛阳师范学院`,
    truth: registerTruth,
  },
  {
    name: '学时登记表 flattened, noisy',
    variant: 'noisy',
    text: `河 南 省 专 业 技 术 人 员 继 续 教 育 学 时 登 记 表
姓 名
王 五
项 目 名 称
中 小 学 教 师 信 息 技 术 应 用 能 力 提 升
专 题 培 训
科 目 类 别
专 业 科 目
学 习 方 式
集 中 培 训
开 始 日 期
２０２６－０３－０２
结 束 日 期
2026-O3-06
学 时 数
4O
培 训 机 构
洛 阳 师 范 学 院`,
    truth: registerTruth,
  },
  {
    name: '学时登记表, one row per line with two cells',
    variant: 'digital',
    text: `继续教育学时登记表
姓名：王五 工作单位：某市第一中学
项目名称：中小学教师信息技术应用能力提升专题培训
科目类别：专业科目 学习方式：集中培训
开始日期：2026年3月2日 结束日期：2026年3月6日
学时数：40 培训机构：洛阳师范学院`,
    truth: registerTruth,
  },
  {
    name: '学时登记表 listing courses with a total',
    variant: 'clean',
    text: `继续教育学时登记表
项目名称：中小学教师信息技术应用能力提升专题培训
科目类别：专业科目
学习方式：集中培训
起止日期：2026年3月2日至3月6日
模块一 16学时
模块二 24学时
合计 40学时
培训机构：洛阳师范学院`,
    truth: registerTruth,
  },
  // A phone's screenshot of the platform's web page.
  {
    name: 'phone screenshot',
    variant: 'clean',
    text: `9:41 5G 85%
< 学习记录
我的证书
课程名称：数字经济与数字化转型
课程类型：公需课
学时：6.0学时
学分：0.5
完成时间：2026-02-18 15:32
学习方式：线上学习
发证机构：河南省继续教育学会
证书编号：GX202602180077
返回 分享`,
    truth: screenshotTruth,
  },
  {
    name: 'phone screenshot, noisy',
    variant: 'noisy',
    text: `9:4l 5G 85%
< 学 习 记 录
课 程 名 称 : 数 字 经 济 与 数 字 化 转 型
课 程 类 型 : 公 需 课
学 时 : 6.O 学 时
学 分 : O.5
完 成 时 间 : 2O26-02-18 15:32
学 习 方 式 : 线 上 学 习
发 证 机 构 : 河 南 省 继 续 教 育 学 会
证 书 编 号 : GX202602180077`,
    truth: screenshotTruth,
  },
  {
    name: 'phone screenshot whose provider OCR misread by one character',
    variant: 'noisy',
    text: `我的证书
课程名称：数字经济与数字化转型
公需课 线上学习
学时 6
完成时间：2026/2/18
发证机构：河南省继续教肓学会
证书编号：GX202602180077`,
    truth: screenshotTruth,
  },
  // Refusals and edges.
  {
    name: 'credits only: no 学时',
    variant: 'clean',
    text: `继续教育证书
兹证明张三参加《工程伦理》专业科目培训，考核合格，获得2学分。
主办单位：华北水利水电大学
2026年5月6日`,
    truth: { title: '工程伦理', kind: 'professional', providerName: '华北水利水电大学' },
  },
  {
    name: 'credits in a labelled cell only',
    variant: 'digital',
    text: `学习证明
课程名称：工程伦理
学分：2
完成日期：2026-05-06`,
    truth: { title: '工程伦理', endDate: '2026-05-06' },
  },
  {
    name: 'study dates after today',
    variant: 'clean',
    text: `培训证书
项目名称：智慧水利专题研修
培训时间：2026年9月1日至2026年9月3日
学时：24
施教机构：华北水利水电大学`,
    truth: { title: '智慧水利专题研修', hoursTenths: 240, providerName: '华北水利水电大学' },
  },
  {
    name: 'an impossible date (2月30日)',
    variant: 'noisy',
    text: `培训证书
项目名称：智慧水利专题研修
培训时间：2026年2月28日至2026年2月30日
学时：24`,
    truth: { title: '智慧水利专题研修', hoursTenths: 240 },
  },
  {
    name: 'issue date only: not the end date',
    variant: 'clean',
    text: `结业证书
项目名称：安全生产管理培训
学时：8
发证日期：2026年3月20日`,
    truth: { title: '安全生产管理培训', hoursTenths: 80 },
  },
  {
    name: 'a bare 日期 is not the end date',
    variant: 'digital',
    text: `学时证明
项目名称：安全生产管理培训
学时：8
日期：2026-03-20`,
    truth: { title: '安全生产管理培训', hoursTenths: 80 },
  },
  {
    name: 'a single 培训日期 is the day of study',
    variant: 'clean',
    text: `学时证明
项目名称：安全生产管理培训
培训日期：2026年3月20日
学时：8`,
    truth: { title: '安全生产管理培训', startDate: '2026-03-20', endDate: '2026-03-20', hoursTenths: 80 },
  },
  {
    name: '于…参加 on one day',
    variant: 'clean',
    text: `证书
张三于2026年3月20日参加《安全生产管理》专题讲座，计4学时。`,
    truth: { title: '安全生产管理', startDate: '2026-03-20', endDate: '2026-03-20', hoursTenths: 40 },
  },
  {
    name: '3月5日至7日 with no year anywhere: the year is a guess',
    variant: 'clean',
    text: `培训证明
张三于3月5日至7日参加《急救技能》培训，共计12学时。`,
    truth: { title: '急救技能', hoursTenths: 120, startDate: '2026-03-05', endDate: '2026-03-07' },
    unread: ['startDate', 'endDate'],
  },
  {
    name: 'a December course on a certificate issued in January',
    variant: 'clean',
    text: `培训证明
张三于12月28日至30日参加《急救技能》培训，共计12学时。
2026年1月5日`,
    truth: { title: '急救技能', hoursTenths: 120, startDate: '2025-12-28', endDate: '2025-12-30' },
    unread: ['startDate', 'endDate'],
  },
  {
    name: 'a provider OCR left between two bases',
    variant: 'noisy',
    text: `结业证书
项目名称：职业教育教学能力提升培训
学时：32
施教机构：沿阳职业技术学院`,
    truth: { title: '职业教育教学能力提升培训', hoursTenths: 320 },
  },
  {
    name: 'a base whose name holds another base',
    variant: 'clean',
    text: `培训证书
项目名称：体育教学专题培训
学时：12
施教机构：郑州大学体育学院`,
    truth: { title: '体育教学专题培训', hoursTenths: 120, providerName: '郑州大学体育学院' },
  },
  {
    name: 'a provider neither a base nor the person’s, cleanly printed',
    variant: 'digital',
    text: `学时证明
项目名称：基层卫生服务能力培训
学时：10
主办单位：郑州市卫生健康委员会`,
    truth: { title: '基层卫生服务能力培训', hoursTenths: 100, providerName: '郑州市卫生健康委员会' },
    unread: ['providerName'],
  },
  {
    name: 'the person’s own provider read with a slip',
    variant: 'noisy',
    text: `学时证明
项目名称：基层卫生服务能力培训
学时：10
主办单位：郑州市卫生健康委贝会`,
    truth: { title: '基层卫生服务能力培训', hoursTenths: 100, providerName: '郑州市卫生健康委员会' },
    ownProviders: ['郑州市卫生健康委员会'],
  },
  {
    name: 'both kinds named: no kind',
    variant: 'clean',
    text: `学时证明
项目名称：公需科目与专业科目综合培训
学时：20`,
    truth: { title: '公需科目与专业科目综合培训', hoursTenths: 200 },
  },
  {
    name: '网络 as a subject does not make the study online',
    variant: 'clean',
    text: `培训证书
项目名称：网络安全技术专题培训
科目类别：专业科目
学习方式：面授
学时：16`,
    truth: { title: '网络安全技术专题培训', kind: 'professional', way: 'training', hoursTenths: 160 },
  },
  {
    name: '进修 of 专业科目',
    variant: 'clean',
    text: `进修结业证书
项目名称：临床药学进修
科目类别：专业科目
进修时间：2026年1月5日至2026年3月31日
学时：90`,
    truth: { title: '临床药学进修', kind: 'professional', way: 'training', startDate: '2026-01-05', endDate: '2026-03-31', hoursTenths: 900 },
  },
  {
    name: 'online without a kind: the way depends on it',
    variant: 'clean',
    text: `学时证明
课程名称：人工智能通识
在线学习，学时：3`,
    truth: { title: '人工智能通识', hoursTenths: 30 },
  },
  {
    name: 'two different hours with no total',
    variant: 'clean',
    text: `学时证明
课程名称：人工智能通识
本课程 3学时
本年度已获 27学时`,
    truth: { title: '人工智能通识' },
  },
  {
    name: 'hours with one decimal',
    variant: 'digital',
    text: `学时证明
课程名称：人工智能通识
学时：12.5`,
    truth: { title: '人工智能通识', hoursTenths: 125 },
  },
  {
    name: 'a value broken over a line before the next label',
    variant: 'noisy',
    text: `学时证明
项目名称：乡村振兴战略与
基层治理能力提升培训
学时：12`,
    truth: { title: '乡村振兴战略与基层治理能力提升培训', hoursTenths: 120 },
  },
  {
    name: 'a title followed by the seal’s line is not joined to it',
    variant: 'clean',
    text: `培训证书
项目名称：乡村振兴战略与基层治理
学时：12
许昌学院`,
    truth: { title: '乡村振兴战略与基层治理', hoursTenths: 120, providerName: '许昌学院' },
  },
  {
    name: 'a hospital named after its university is not the university',
    variant: 'clean',
    text: `结业证书
项目名称：临床护理质量管理培训
学时：12
主办单位：郑州大学第一附属医院`,
    truth: { title: '临床护理质量管理培训', hoursTenths: 120, providerName: '郑州大学第一附属医院' },
    unread: ['providerName'],
  },
  {
    name: 'the year’s sum beside the course’s 学时',
    variant: 'digital',
    text: `学时证明
课程名称：人工智能通识
学时：3
本年度累计学时：72`,
    truth: { title: '人工智能通识' },
  },
  {
    name: 'a note on checking the certificate online is not the way of study',
    variant: 'clean',
    text: `结业证书
项目名称：职业道德与法规
科目类别：公需科目
学时：6
完成日期：2026年4月2日
本证书可扫码线上查验`,
    truth: { title: '职业道德与法规', kind: 'public', hoursTenths: 60, endDate: '2026-04-02' },
  },
  {
    name: 'the person’s employer is a provider they know, and no provider is labelled',
    variant: 'clean',
    text: `培训证书
项目名称：教学能力提升专题培训
学时：16
工作单位：郑州大学`,
    truth: { title: '教学能力提升专题培训', hoursTenths: 160 },
    ownProviders: ['郑州大学'],
  },
  {
    name: 'a project number is not the certificate’s number',
    variant: 'digital',
    text: `学时证明
项目名称：教学能力提升专题培训
项目编号：XM2026-01
学时：16
证书编号：ZS2026-0099`,
    truth: { title: '教学能力提升专题培训', hoursTenths: 160, notes: '证书编号：ZS2026-0099' },
  },
  {
    name: 'the rules the certificate is issued under, quoted before the course',
    variant: 'clean',
    text: `结业证书
根据《河南省专业技术人员继续教育条例》，张三同志于2026年4月10日至12日参加了《医院感染防控实务》专业科目培训，共计24学时。
主办单位：河南省人民医院
编号：JY-2026-0456`,
    truth: completionTruth,
  },
  // Harder OCR: what a phone photo of a real page often gives.
  {
    name: 'a label misread (项目 as 项日) and 学时 as 学吋',
    variant: 'noisy',
    text: `继 续 教 育 学 时 证 明
培 训 项 日 : 2026年度公需科目网络培训
科 目 类 别 : 公 需 科 目
学 习 方 式 : 在 线 学 习
培 训 时 间 : 2026年3月5日 至 2026年3月7日
学 吋 : 24
施 教 机 构 : 河 南 省 人 才 交 流 中 心
证 书 编 号 : HNJX2026000123`,
    truth: platformTruth,
    unread: ['title', 'hoursTenths'],
  },
  {
    name: 'the provider broken over two lines',
    variant: 'noisy',
    text: `继续教育学时证明
培训项目:2026年度公需科目网络培训
科目类别:公需科目 学习方式:在线学习
培训时间:2026.03.05-2026.03.07
学时:24
施教机构:河南省人才交流
中心
编号:HNJX2026000123`,
    truth: platformTruth,
  },
  {
    name: 'a table with a header row',
    variant: 'noisy',
    text: `继续教育学时登记表
序号 课程名称 科目类别 学时 完成日期
1 人工智能通识 公需科目 3 2026-03-05`,
    truth: { title: '人工智能通识', kind: 'public', hoursTenths: 30, endDate: '2026-03-05' },
    unread: ['title', 'hoursTenths', 'endDate'],
  },
  {
    name: 'No. read as N0.',
    variant: 'noisy',
    text: `培训证书
兹证明李四参加了“新时代专业技术人员创新能力提升”专业科目面授培训。
培训时间:2026.05.08-2026.05.09
学时:16
河南大学继续教育学院
N0. 20260520-018`,
    truth: landscapeTruth,
  },
  {
    name: 'a numeric date spaced out by OCR',
    variant: 'noisy',
    text: `学时证明
课程名称:人工智能通识
学时:3
完成日期:2026 . 03 . 05`,
    truth: { title: '人工智能通识', hoursTenths: 30, endDate: '2026-03-05' },
  },
  {
    name: 'a seal line misread into another base’s name',
    variant: 'noisy',
    text: `培训证书
项目名称:职业教育教学能力提升培训
学时:32
信阳职业技术学院`,
    truth: { title: '职业教育教学能力提升培训', hoursTenths: 320, providerName: '信阳职业技术学院' },
  },
  {
    name: 'an unknown provider read with a slip',
    variant: 'noisy',
    text: `学时证明
项目名称:基层卫生服务能力培训
学时:10
主办单位:郑州市卫生健康委贝会`,
    truth: { title: '基层卫生服务能力培训', hoursTenths: 100, providerName: '郑州市卫生健康委员会' },
    unread: ['providerName'],
  },
  {
    name: 'an unknown provider read with a slip that keeps its ending',
    variant: 'noisy',
    text: `学时证明
项目名称:基层卫生服务能力培训
学时:10
主办单位:郑州市卫生健廉委员会`,
    truth: { title: '基层卫生服务能力培训', hoursTenths: 100, providerName: '郑州市卫生健康委员会' },
    unread: ['providerName'],
  },
  {
    name: 'the training period and the issue date on one line',
    variant: 'noisy',
    text: `结业证书
项目名称:安全生产管理培训 学时:8
培训时间:2026年3月16日至3月18日 发证日期:2026年3月20日`,
    truth: { title: '安全生产管理培训', hoursTenths: 80, startDate: '2026-03-16', endDate: '2026-03-18' },
  },
];

/** Text that is not a certificate: a landscape's OCR, a receipt, a blank page. */
export const NOT_CERTIFICATES: [string, string][] = [
  ['a landscape photo', 'l1l 0O\n~~ ^^ 山 水\n||| ..\n风景 2O2 6\n'],
  ['a blank page', '   \n\n  '],
  ['a shop receipt', '超市购物小票\n矿泉水 2.00\n合计 12.50\n2026-03-05 18:20'],
  ['stray characters', 'ＡＢＣ １２３ ！？'],
];
