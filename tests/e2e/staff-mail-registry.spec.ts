import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';
import { ADMIN, EDITOR, signIn, uniqueSlug, waitForForm } from './staff-helpers';

type Registry = { endpoints: { id: string; port: number }[] };
const portOf = (registry: Registry, id: string) => registry.endpoints.find((e) => e.id === id)?.port;

test.describe('mail server registry editor', () => {
  test('editors cannot open or export it', async ({ page }) => {
    await signIn(page, EDITOR);
    const response = await page.goto('/en/admin/mail-servers');
    expect(response?.status()).toBe(403);
    expect((await page.request.get('/api/admin/mail-registry')).status()).toBe(403);
    await expect(page.getByRole('link', { name: 'Mail servers' })).toHaveCount(0);
  });

  test('an admin edits a port, sees field errors without losing input, then restores the old version (Japanese)', async ({
    page,
  }) => {
    // Unique, so the history shows this run's version once however often the test runs.
    const note = `IMAP port test ${uniqueSlug('registry')}`;
    await signIn(page, ADMIN, 'ja');
    await page.goto('/ja/admin/mail-servers');
    await expect(page.getByRole('heading', { level: 1, name: 'メールサーバーとポリシー' })).toBeVisible();
    await waitForForm(page);
    const before = (await (await page.request.get('/api/admin/mail-registry')).json()) as Registry;
    expect(portOf(before, 'imap')).toBe(143);
    const index = before.endpoints.findIndex((e) => e.id === 'imap');
    const port = page.locator(`[id="endpoints.${index}.port"]`);

    // Public pages served from the cache show the registry, so a save regenerates them.
    const imapRecord = (port: number) =>
      new RegExp(`_imap\\._tcp\\.example\\.test\\. \\d+ IN SRV \\d+ \\d+ ${port} `);
    const zoneFile = async () => (await page.request.get('/ja/guides/dns-records')).text();
    expect(await zoneFile()).toMatch(imapRecord(143));
    await port.fill('70000');
    await page.locator('#note').fill(note);
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await expect(page.getByRole('alert').filter({ hasText: '1件の項目に修正が必要です' })).toBeVisible();
    await expect(page.locator(`[id="endpoints.${index}.port-error"]`)).toHaveText(
      '1～65535のポート番号を入力してください。',
    );
    await expect(port).toHaveValue('70000');
    await expect(port).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#note')).toHaveValue(note);

    await port.fill('1143');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: '保存しました' })).toBeVisible();
    const after = (await (await page.request.get('/api/admin/mail-registry')).json()) as Registry;
    expect(portOf(after, 'imap')).toBe(1143);
    expect(portOf(after, 'imaps')).toBe(portOf(before, 'imaps'));

    expect(await zoneFile()).toMatch(imapRecord(1143));

    await page.reload();
    await expect(page.locator(`[id="endpoints.${index}.port"]`)).toHaveValue('1143');
    await expect(page.getByText(note)).toBeVisible();
    await expectNoAxeViolations(page);
    // The version before this edit is the second in the history.
    await page.locator('#history-heading + ol > li').nth(1).getByRole('button', { name: '復元' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: '以前のバージョンを復元しました' }),
    ).toBeVisible();
    const restored = (await (await page.request.get('/api/admin/mail-registry')).json()) as Registry;
    expect(portOf(restored, 'imap')).toBe(143);
    expect(await zoneFile()).toMatch(imapRecord(143));
  });
});
