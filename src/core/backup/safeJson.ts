/** Keys that could reach an object's prototype if data were ever merged into an object; a backup never needs them. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type JsonResult = { ok: true; value: unknown } | { ok: false; message: string };

/** How deep objects and arrays may nest; a backup needs four levels, an attack needs thousands. */
export const MAX_JSON_DEPTH = 32;

/** Nesting depth of JSON text, counted without parsing it (so a million '[' cannot overflow the parser's stack). */
function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (inString) {
      if (char === '\\') index += 1;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{' || char === '[') {
      depth += 1;
      if (depth > deepest) deepest = depth;
    } else if (char === '}' || char === ']') depth -= 1;
  }
  return deepest;
}

function forbiddenKeyIn(value: unknown): string | undefined {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const current = stack.pop();
    if (current === null || typeof current !== 'object') continue;
    for (const key of Object.keys(current)) {
      if (FORBIDDEN_KEYS.has(key)) return key;
      stack.push((current as Record<string, unknown>)[key]);
    }
  }
  return undefined;
}

/**
 * Parses JSON from an untrusted file: bounded nesting, and no __proto__,
 * constructor or prototype keys anywhere (zod's objects would drop them
 * silently, so they are refused here, before any schema sees the data).
 * `what` names the file in the messages (备份 unless said).
 */
export function parseUntrustedJson(text: string, what = '备份'): JsonResult {
  if (nestingDepth(text) > MAX_JSON_DEPTH) return { ok: false, message: `数据嵌套过深（超过 ${MAX_JSON_DEPTH} 层），不是有效的${what}` };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, message: `${what}内容不是有效的 JSON，文件可能已损坏` };
  }
  const key = forbiddenKeyIn(value);
  if (key !== undefined) return { ok: false, message: `${what}中含有不允许的字段名“${key}”，已拒绝导入` };
  return { ok: true, value };
}
