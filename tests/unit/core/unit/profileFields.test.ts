import { describe, expect, it } from 'vitest';
import { readBackup } from '../../../../src/core/backup/readBackup';
import { writeBackup } from '../../../../src/core/backup/writeBackup';
import { profileSchema } from '../../../../src/core/schemas/profile';
import { sampleBackup } from '../../../helpers/backupFixtures';

describe('the profile\'s unit fields (工号, 证件号码, 科室)', () => {
  it.each<[string, Record<string, unknown>, boolean]>([
    ['none of them (an older profile)', { name: '王喆' }, true],
    ['all of them', { name: '王喆', staffNumber: 'A-1024', idNumber: '41010219800101123x', department: '心内科' }, true],
    ['blank ones', { staffNumber: '', idNumber: ' ', department: '' }, true],
    ['a 证件号码 with other characters', { idNumber: '4101<script>' }, false],
    ['a 证件号码 over 30 characters', { idNumber: '1'.repeat(31) }, false],
    ['a 科室 over 40 characters', { department: '科'.repeat(41) }, false],
    ['a 工号 that is not text', { staffNumber: 1024 }, false],
  ])('%s', (_name, profile, ok) => {
    const parsed = profileSchema.safeParse(profile);
    expect(parsed.success).toBe(ok);
    if (!ok) expect(parsed.error?.issues.some((issue) => /[\u4e00-\u9fff]/.test(issue.message) || issue.code === 'invalid_type')).toBe(true);
  });

  it('travel in a backup and back', () => {
    const backup = sampleBackup();
    const profile = { ...backup.profile, staffNumber: 'A-1024', idNumber: '41010219800101123X', department: '心内科' };
    const read = readBackup(writeBackup({ ...backup, profile }));
    expect(read.ok && read.backup.profile).toEqual(profile);
  });
});
