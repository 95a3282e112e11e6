import { describe, expect, it } from 'vitest';
import { chineseMessage } from '../../../src/core/failureMessage';

describe('chineseMessage: only our own Chinese messages reach the person', () => {
  it.each([
    { name: 'our own error', error: new Error('本机存储空间不足，本次没有保存。'), expected: '本机存储空间不足，本次没有保存。' },
    { name: 'a thrown Chinese string', error: '凭证文件无法读取', expected: '凭证文件无法读取' },
    { name: 'a library’s English', error: new TypeError('Failed to fetch dynamically imported module'), expected: null },
    { name: 'a DOMException', error: new DOMException('QuotaExceededError', 'QuotaExceededError'), expected: null },
    { name: 'mixed: Chinese with an English detail is ours', error: new Error('读取失败（NotReadableError）'), expected: '读取失败（NotReadableError）' },
    { name: 'nothing at all', error: undefined, expected: null },
    { name: 'an object that only looks like an error', error: { message: '假的中文' }, expected: null },
    { name: 'a number', error: 42, expected: null },
  ])('$name', ({ error, expected }) => {
    expect(chineseMessage(error)).toBe(expected);
  });
});
