import { describe, expect, it } from 'vitest';
import { markdownToPlainText, renderMarkdown } from '@/lib/markdown/render-markdown';

describe('renderMarkdown', () => {
  it('renders GitHub-flavoured Markdown: headings, lists, tables, code', () => {
    const html = renderMarkdown(
      '## Ports\n\n- `587` STARTTLS\n\n| Port | Use |\n| --- | --- |\n| 465 | SMTP |\n',
    );
    expect(html).toContain('<h2>Ports</h2>');
    expect(html).toContain('<code>587</code>');
    expect(html).toMatch(/<div class="table-scroll"><table>/);
    expect(html).toContain('<td>465</td>');
  });

  it('drops raw HTML and script', () => {
    const html = renderMarkdown('Hello <script>alert(1)</script><img src=x onerror="alert(2)"> world');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('onerror');
    expect(html).toContain('Hello');
  });

  it('refuses javascript: links but keeps https and mailto', () => {
    const html = renderMarkdown(
      '[a](javascript:alert(1)) [b](https://example.test/) [c](mailto:support@example.test)',
    );
    expect(html).not.toContain('javascript:');
    expect(html).toContain('href="https://example.test/"');
    expect(html).toContain('rel="noopener noreferrer"');
    expect(html).toContain('href="mailto:support@example.test"');
  });

  it('keeps Japanese text intact', () => {
    expect(renderMarkdown('**送信サーバー（SMTP）**の設定')).toBe(
      '<p><strong>送信サーバー（SMTP）</strong>の設定</p>',
    );
  });
});

describe('markdownToPlainText', () => {
  it('strips markup and shortens with an ellipsis', () => {
    expect(markdownToPlainText('## Title\n\nSome **bold** & `code`.')).toBe('Title Some bold & code.');
    expect(markdownToPlainText('a '.repeat(200), 20)).toMatch(/…$/);
    expect(markdownToPlainText('a '.repeat(200), 20).length).toBeLessThanOrEqual(20);
  });
});
