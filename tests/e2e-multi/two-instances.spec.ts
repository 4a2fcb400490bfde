import { expect, test } from '@playwright/test';
import { EDITOR, signIn, uniqueSlug, waitForForm } from '../e2e/staff-helpers';

const port = Number(process.env.MULTI_PORT || 3200);
const instances = [port + 1, port + 2].map((p) => `http://127.0.0.1:${p}`);

test('two instances behind one proxy behave as one site', async ({ page, request }) => {
  // The proxy alternates: consecutive requests really reach both instances.
  const upstreams = new Set<string>();
  for (let i = 0; i < 4; i++) upstreams.add((await request.get('/en')).headers()['x-portal-upstream'] ?? '');
  expect(upstreams.size).toBe(2);

  // Both instances have the notices index cached before the change.
  const slug = uniqueSlug('multi');
  const title = `Two-instance notice ${slug}`;
  for (const origin of instances) {
    const before = await request.get(`${origin}/en/notices`);
    expect(await before.text()).not.toContain(title);
  }

  // Sessions live in the database: signed in through the proxy, the editor works on either instance.
  await signIn(page, EDITOR);
  await page.goto('/en/admin/notices/new');
  await waitForForm(page);
  await page.locator('#slug').fill(slug);
  await page.locator('[id="en.title"]').fill(title);
  await page.locator('[id="en.body"]').fill('Published on one instance, visible on both.');
  await page.locator('[id="ja.title"]').fill(`二台構成のお知らせ ${slug}`);
  await page.locator('[id="ja.body"]').fill('一台で公開し、両方に表示されます。');
  await page.locator('#status').selectOption('published');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page).toHaveURL(/\?saved=1$/, { timeout: 15_000 });
  const saved = Date.now();

  // Within two seconds every instance serves the new notice.
  for (const origin of instances) {
    await expect
      .poll(async () => (await request.get(`${origin}/en/notices`)).text(), {
        timeout: Math.max(100, 2_000 - (Date.now() - saved)),
        intervals: [100],
      })
      .toContain(title);
  }
  for (const origin of instances) {
    const cookies = await page.context().cookies();
    const session = cookies.find((c) => c.name.includes('portal_session'));
    const admin = await request.get(`${origin}/en/admin/notices`, {
      headers: { cookie: `${session?.name}=${session?.value}` },
      maxRedirects: 0,
    });
    expect([origin, admin.status()]).toEqual([origin, 200]);
  }
});

test('a guide saved on one instance leaves no stale cached copy on the other', async ({ page, request }) => {
  // The plain guide is served from each instance's page cache (both HIT before the save).
  const guide = '/en/guides/becky';
  for (const origin of instances) {
    await request.get(`${origin}${guide}`);
    expect((await request.get(`${origin}${guide}`)).headers()['x-nextjs-cache']).toBe('HIT');
  }

  await signIn(page, EDITOR);
  await page.goto('/en/admin/guides/becky');
  await expect(page.getByRole('button', { name: 'Save', exact: true })).toBeEnabled();
  const marker = uniqueSlug('guide');
  const summary = page.locator('[id="en.summary"]');
  await summary.fill(`${await summary.inputValue()} Reviewed ${marker}.`);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible({ timeout: 15_000 });
  const saved = Date.now();

  for (const origin of instances) {
    await expect
      .poll(async () => (await request.get(`${origin}${guide}`)).text(), {
        timeout: Math.max(100, 2_000 - (Date.now() - saved)),
        intervals: [100],
      })
      .toContain(`Reviewed ${marker}.`);
  }
});
