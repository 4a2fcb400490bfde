/** `taro@example.test` → `t***@example.test`: enough for support to recognise, not to harvest. */
export function maskEmail(email: string | undefined): string {
  if (!email) return '';
  const [local = '', domain = ''] = email.split('@');
  return `${local.slice(0, 1)}***@${domain}`;
}
