/** A sentence that ends in exactly one full stop (U+3002), whatever the text ended with. */
export function sentence(text: string): string {
  return `${text.replace(/[。.\s]+$/u, '')}。`;
}

/** Words of a failed action in a lazily loaded view: "生成 PDF 失败：…。". */
export const failureWords = {
  failed: (what: string, message: string) => `${what}：${sentence(message)}`,
  unexpected: (what: string) => `${what}：出现了意外错误，请重试；如果反复出现，请刷新页面。`,
} as const;
