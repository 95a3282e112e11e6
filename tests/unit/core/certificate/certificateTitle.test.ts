import { describe, expect, it } from 'vitest';
import { ALL_LABELS, labelledValues } from '../../../../src/core/certificate/certificateLabels';
import { readCertificateTitle } from '../../../../src/core/certificate/certificateTitle';
import { normaliseLines } from '../../../../src/core/certificate/normalizeOcrText';

function read(text: string) {
  const lines = normaliseLines(text, ALL_LABELS);
  const title = readCertificateTitle(lines, labelledValues(lines));
  return title === undefined ? null : [title.value, title.confidence];
}

describe('项目名称 on a certificate', () => {
  it.each([
    ['培训项目：人工智能基础', ['人工智能基础', 'sure']],
    ['课程名称：《数据安全》', ['数据安全', 'sure']],
    ['学习内容：乡村振兴专题', ['乡村振兴专题', 'sure']],
    ['项目：职业道德', ['职业道德', 'sure']],
    ['项目管理能力提升培训班', null],
    ['兹证明张三参加了《医院感染防控实务》培训', ['医院感染防控实务', 'sure']],
    ['兹证明张三参加了“创新能力提升”培训', ['创新能力提升', 'sure']],
    ['参加了《医院感染\n防控实务》培训', ['医院感染防控实务', 'sure']],
    ['项目名称：《医院感染\n防控实务》', ['医院感染防控实务', 'sure']],
    ['项目名称：乡村振兴战略与\n基层治理能力提升培训', ['乡村振兴战略与基层治理能力提升培训', 'sure']],
    ['项目名称：信息技术应用能力提升\n专题培训', ['信息技术应用能力提升专题培训', 'sure']],
    ['项目名称：乡村振兴战略\n许昌学院', ['乡村振兴战略', 'sure']],
    ['项目名称：乡村振兴战略\n特发此证', ['乡村振兴战略', 'sure']],
    ['项目名称：数字经济\n课程类型：公需课', ['数字经济', 'sure']],
    ['兹证明张三参加了2026年度公需科目培训，成绩合格', ['2026年度公需科目培训', 'unsure']],
    ['根据《专业技术人员继续教育规定》，张三参加了《医院感染防控实务》培训', ['医院感染防控实务', 'sure']],
    ['依据《专业技术人员继续教育规定》\n《医院感染防控实务》', ['医院感染防控实务', 'unsure']],
    ['依据《专业技术人员继续教育规定》颁发', null],
    ['《医院感染防控实务》', ['医院感染防控实务', 'sure']],
    ['培训项目：人工智能基础 培训时间 2026年3月5日', ['人工智能基础', 'sure']],
    ['培训项目：人工智能基础 学时 24', ['人工智能基础', 'sure']],
    ['培 训 项 目 ： 人 工 智 能 基 础 培 训 时 间 2 0 2 6 年 3 月 5 日', ['人工智能基础培训时间2026年3月5日', 'unsure']],
    ['项目名称：X', null],
    ['结业证书', null],
  ])('%s → %j', (text, expected) => expect(read(text)).toEqual(expected));
});
