import { describe, expect, it } from 'vitest';
import { matchPerson, mergePerson, type KnownPerson, type PersonKey, type PersonMatch } from '../../../../src/core/unit/people';

const LEDGER: KnownPerson[] = [
  { personId: 'a', name: '王喆', department: '心内科', staffNumber: 'A-1024', idNumber: '41010219800101123X' },
  { personId: 'b', name: '王喆', department: '外科' },
  { personId: 'c', name: '李娜', department: '儿科', staffNumber: 'B-7' },
  { personId: 'd', name: '张伟' },
  { personId: 'e', name: '刘洋', idNumber: '410102199001011234' },
];

describe('matchPerson', () => {
  it.each<[string, PersonKey, PersonMatch]>([
    ['a name nobody has', { name: '赵敏' }, { kind: 'new' }],
    ['a blank name', { name: '  ' }, { kind: 'unnamed' }],
    ['the same 证件号码 and name', { name: '王喆', idNumber: '41010219800101123x' }, { kind: 'same', personId: 'a', by: 'idNumber' }],
    ['the same 证件号码 in full-width digits', { name: '王 喆', idNumber: '４１０１０２１９８００１０１１２３Ｘ' }, { kind: 'same', personId: 'a', by: 'idNumber' }],
    ['the same 证件号码, having moved 科室', { name: '王喆', idNumber: '41010219800101123X', department: '急诊科' }, { kind: 'same', personId: 'a', by: 'idNumber' }],
    ['the same 工号 and name, no 证件号码', { name: '李娜', staffNumber: 'b-7' }, { kind: 'same', personId: 'c', by: 'staffNumber' }],
    ['a 证件号码 that contradicts the name', { name: '王哲', idNumber: '41010219800101123X' }, { kind: 'ambiguous', reason: 'numberOtherName', candidates: ['a'] }],
    ['a 工号 that contradicts the name', { name: '李雪', staffNumber: 'B-7' }, { kind: 'ambiguous', reason: 'numberOtherName', candidates: ['c'] }],
    ['the same 工号 with another 证件号码', { name: '王喆', staffNumber: 'A-1024', idNumber: '410102198001019999' }, { kind: 'ambiguous', reason: 'numbersContradict', candidates: ['a'] }],
    ['the same name in another 科室', { name: '李娜', department: '内科' }, { kind: 'new' }],
    ['the same name and 科室', { name: '王喆', department: '外科' }, { kind: 'same', personId: 'b', by: 'name' }],
    ['the same name, no ids, two namesakes', { name: '王喆' }, { kind: 'ambiguous', reason: 'sameName', candidates: ['a', 'b'] }],
    ['the same name, only a name known', { name: '张伟', department: '药剂科', staffNumber: 'Z-1' }, { kind: 'same', personId: 'd', by: 'name' }],
    ['the same name, a new 证件号码 another namesake lacks', { name: '王喆', idNumber: '410102198001019999' }, { kind: 'same', personId: 'b', by: 'name' }],
    ['the same name with a different 证件号码', { name: '刘洋', idNumber: '410102199001015678' }, { kind: 'new' }],
    ['the same name and 科室 with a different 证件号码', { name: '王喆', department: '心内科', idNumber: '410102198001019999' }, { kind: 'ambiguous', reason: 'numbersContradict', candidates: ['a'] }],
    ['the same name, another 科室 and 证件号码', { name: '王喆', department: '儿科', idNumber: '410102198001019999' }, { kind: 'new' }],
    ['the same name, a 工号 nobody has, the known one lacks it', { name: '刘洋', staffNumber: 'L-1' }, { kind: 'same', personId: 'e', by: 'name' }],
  ])('%s', (_name, incoming, expected) => {
    expect(matchPerson(incoming, LEDGER)).toEqual(expected);
  });

  it('an empty ledger makes everyone new', () => expect(matchPerson({ name: '王喆', idNumber: '1' }, [])).toEqual({ kind: 'new' }));

  it('a second file of the same person updates, never duplicates', () => {
    const first = { name: '陈静', staffNumber: 'C-1', department: '检验科' };
    const ledger: KnownPerson[] = [{ personId: 'x', ...first }];
    expect(matchPerson({ ...first }, ledger)).toEqual({ kind: 'same', personId: 'x', by: 'staffNumber' });
  });
});

describe('mergePerson', () => {
  it('takes what the file carries and keeps what it leaves out', () => {
    expect(mergePerson(LEDGER[0] as KnownPerson, { name: '王喆', department: ' 急诊科 ', staffNumber: '' })).toEqual({ ...LEDGER[0], department: '急诊科' });
  });
});
