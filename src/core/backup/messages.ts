import { MAX_ENTRY_TENTHS } from '../hours/parseHours';

/**
 * Chinese wording for what a schema found wrong in a backup. Our schemas carry
 * Chinese messages; zod's built-in ones (an unknown key, a value outside an
 * enum, a wrong type) are English and are replaced here, so no English from a
 * library reaches the person.
 */

const HAN = /[\u4e00-\u9fff]/;

/** Chinese names of the manifest's fields, for messages that point at one. */
const FIELD_NAMES: Record<string, string> = {
  format: '格式标识',
  version: '格式版本',
  exportedAt: '导出时间',
  appVersion: '应用版本',
  profile: '个人信息',
  entries: '记录',
  evidence: '凭证',
  id: '编号',
  entryId: '所属记录编号',
  name: '文件名',
  type: '文件类型',
  size: '文件大小',
  addedAt: '添加时间',
  path: '文件路径',
  createdAt: '创建时间',
  updatedAt: '修改时间',
  hoursTenths: '学时',
};

export interface SchemaIssue {
  code?: string;
  path: readonly PropertyKey[];
  message: string;
  keys?: readonly string[];
}

/** "凭证 第 1 项 文件类型" for ['evidence', 0, 'type']. */
export function describePath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '备份';
  return path.map((part) => (typeof part === 'number' ? `第 ${part + 1} 项` : (FIELD_NAMES[String(part)] ?? `“${String(part)}”`))).join(' ');
}

/** One schema issue as a Chinese sentence without a final 。 (the caller ends the sentence). */
export function issueMessage(issue: SchemaIssue): string {
  const where = describePath(issue.path);
  if (HAN.test(issue.message)) return `${where}：${trimStop(issue.message)}`;
  switch (issue.code) {
    case 'unrecognized_keys':
      return `${where}中有本应用不认识的字段${(issue.keys ?? []).map((key) => `“${key}”`).join('、')}`;
    case 'invalid_type':
      return `${where}缺失或类型不对`;
    case 'invalid_value':
      return `${where}的取值不在允许的范围内`;
    case 'too_big':
      return `${where}过大或过长`;
    case 'too_small':
      return `${where}过小或过短`;
    case 'invalid_format':
      return `${where}的格式不正确`;
    default:
      return `${where}的内容有误`;
  }
}

/** Drops a final 。 (or several), so joining sentences never doubles it. */
export function trimStop(message: string): string {
  return message.replace(/[。.\s]+$/u, '');
}

/** Says why a stored hoursTenths is not a number of 学时 before the schema gives a vaguer reason. */
export function hoursProblem(value: unknown): string | undefined {
  if (value === undefined) return '缺少学时';
  if (typeof value === 'string') return `学时须为数字，这里是文本“${value.slice(0, 20)}”`;
  if (typeof value !== 'number') return '学时须为数字';
  if (!Number.isFinite(value)) return '学时超出可表示的数值范围';
  if (value > MAX_ENTRY_TENTHS) return '学时过大，单条记录不超过 9999.9 学时';
  if (!Number.isInteger(value)) return '学时在备份中须以 0.1 学时为单位的整数保存，这里不是整数';
  return undefined;
}
