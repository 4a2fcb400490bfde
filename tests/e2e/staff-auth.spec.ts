import { expect, test } from '@playwright/test';
import { ADMIN, EDITOR, signIn } from './staff-helpers';

test.describe('staff sign-in', () => {
  test('the staff area sends visitors to sign in, then back where they were going', async ({ page }) => {
    await page.goto('/en/admin/notices');
    await expect(page).toHaveURL(/\/en\/admin\/login\?next=/);
    await page.locator('#email').fill(EDITOR.email);
    await page.locator('#password').fill(EDITOR.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/en\/admin\/notices$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Notices' })).toBeVisible();
  });

  test('a wrong password and an unknown address get the same translated message; the address stays typed', async ({
    page,
  }) => {
    await page.goto('/ja/admin/login');
    for (const email of ['nobody@example.test', 'editor@example.test']) {
      await page.locator('#email').fill(email);
      await page.locator('#password').fill('wrong password, long enough');
      await page.getByRole('button', { name: 'ログイン' }).click();
      await expect(page.locator('#sign-in-error')).toHaveText(
        'メールアドレスまたはパスワードが正しくありません。',
      );
      await expect(page.locator('#email')).toHaveValue(email);
    }
  });

  test('a sign-in that gets no answer says so, keeps the address, and works once the connection is back', async ({
    page,
  }) => {
    await page.goto('/ja/admin/login');
    // Fault injection: the connection drops under the sign-in request.
    await page.route('**/ja/admin/login', (route) =>
      route.request().method() === 'POST' ? route.abort('connectionreset') : route.continue(),
    );
    await page.locator('#email').fill(EDITOR.email);
    await page.locator('#password').fill(EDITOR.password);
    await page.getByRole('button', { name: 'ログイン' }).click();
    await expect(page.locator('#sign-in-error')).toHaveText(
      '通信またはサーバーの一時的な問題により、ログインできませんでした。しばらくしてから、もう一度お試しください。',
    );
    await expect(page.locator('#email')).toHaveValue(EDITOR.email);

    await page.unrouteAll();
    await page.locator('#password').fill(EDITOR.password);
    await page.getByRole('button', { name: 'ログイン' }).click();
    await expect(page).toHaveURL(/\/ja\/admin$/);
  });

  test('the session cookie is HttpOnly and SameSite=Lax; sign-out ends the session', async ({
    page,
    context,
  }) => {
    await signIn(page, EDITOR);
    const cookie = (await context.cookies()).find((c) => c.name === 'portal_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    const token = cookie!.value;

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/en\/admin\/login\?signedOut=1$/);
    await expect(page.getByText('You have signed out.')).toBeVisible();

    // The old token is dead on the server, not just forgotten by the browser.
    await context.addCookies([{ name: 'portal_session', value: token, domain: '127.0.0.1', path: '/' }]);
    await page.goto('/en/admin');
    await expect(page).toHaveURL(/\/en\/admin\/login/);
  });

  test('repeated failures throttle the account with a translated message', async ({ page }) => {
    // A dedicated account, so the throttle does not affect other tests.
    await signIn(page, ADMIN);
    await page.goto('/en/admin/staff');
    const email = `throttle-${Date.now()}@example.test`;
    await page.locator('#new-email').fill(email);
    await page.locator('#new-password').fill('throttle-test-password');
    await page.locator('#new-role').selectOption('editor');
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: `The account ${email} was created.` }),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Sign out' }).click();

    for (let i = 0; i < 10; i++) {
      await page.locator('#email').fill(email);
      await page.locator('#password').fill(`wrong password ${i}!`);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await expect(page.locator('#sign-in-error')).toBeVisible();
      // The form clears the password once the server has answered.
      await expect(page.locator('#password')).toHaveValue('');
    }
    await page.locator('#email').fill(email);
    await page.locator('#password').fill('throttle-test-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.locator('#sign-in-error')).toHaveText(
      'Too many failed attempts. Please wait 15 minutes and try again.',
    );
  });
});

test('a forged X-Forwarded-For does not change the address in the audit log', async ({ page, browser }) => {
  const forger = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': '203.0.113.77' } });
  const attacker = await forger.newPage();
  const address = `nobody-${Date.now().toString(36)}@example.test`;
  await attacker.goto('/en/admin/login');
  await attacker.locator('#email').fill(address);
  await attacker.locator('#password').fill('not a password at all');
  await attacker.locator('form:has(#password) button[type="submit"]').click();
  // The form's own error, once the server has answered (a bare role=alert also matches Next's route
  // announcer at once, and closing the context then could abort the sign-in before it was recorded).
  await expect(attacker.getByRole('alert').and(attacker.locator('#sign-in-error'))).toBeVisible();
  await expect(attacker.locator('#password')).toHaveValue('');
  await forger.close();

  await signIn(page, ADMIN);
  // Filtered by the address: other tests running alongside add entries of their own.
  await page.goto(`/en/admin/audit?actor=${encodeURIComponent(address)}`);
  const entry = page.locator('li, tr').filter({ hasText: address }).first();
  await expect(entry).toBeVisible();
  // The test server is reached directly: the socket's address, never the forged one.
  await expect(entry).toContainText('127.0.0.1');
  await expect(page.locator('main')).not.toContainText('203.0.113.77');
});

test('a server action posted from another site gets 403 with a message in the page’s language', async ({
  request,
}) => {
  for (const [locale, text] of [
    ['en', 'This form was sent from another website'],
    ['ja', 'このフォームは別のウェブサイトから送信された'],
  ] as const) {
    const response = await request.post(`/${locale}/admin/login`, {
      headers: {
        'next-action': '0123456789abcdef',
        origin: 'https://evil.example',
        'content-type': 'text/plain',
      },
      data: '[]',
    });
    expect(response.status()).toBe(403);
    expect(await response.text()).toContain(text);
  }
});

test('a plain HTML form posted from another site gets the same translated 403 as a scripted one', async ({
  request,
}) => {
  for (const [locale, text] of [
    ['en', 'This form was sent from another website'],
    ['ja', 'このフォームは別のウェブサイトから送信された'],
  ] as const) {
    // What a hostile page's <form method=post> sends: no Next-Action header, the action in a field.
    for (const page of [`/${locale}/subscribe`, `/${locale}/admin/login`]) {
      const response = await request.post(page, {
        headers: { origin: 'https://evil.example' },
        multipart: { $ACTION_ID_0123456789abcdef0123456789abcdef01234567: '', email: 'x@example.test' },
        maxRedirects: 0,
      });
      expect([page, response.status()]).toEqual([page, 403]);
      expect(await response.text()).toContain(text);
    }
  }
});

test('a staff action without a session and without a Referer sends to sign-in in the page’s own language', async ({
  page,
  browser,
}) => {
  await signIn(page, ADMIN);
  await page.goto('/en/admin/staff');
  const editorRow = page.getByRole('listitem').filter({ hasText: EDITOR.email });
  const captured = page.waitForRequest((r) => r.method() === 'POST' && Boolean(r.headers()['next-action']));
  await editorRow.getByRole('button', { name: 'Change role' }).click();
  const action = await captured;
  await expect(page.getByText('Done.')).toBeVisible();

  const anonymous = await browser.newContext();
  const headers = Object.fromEntries(
    Object.entries(action.headers()).filter(([name]) => !['cookie', 'referer'].includes(name)),
  );
  const response = await anonymous.request.post('/en/admin/staff', {
    headers,
    data: action.postData()!,
    maxRedirects: 0,
  });
  // Next answers a server action's redirect with 303 and the target in x-action-redirect.
  const target = response.headers()['x-action-redirect'] ?? response.headers()['location'] ?? '';
  expect(target).toMatch(/^\/en\/admin\/login/);
  await anonymous.close();
});

test('sign-in with an unusable return address or control characters in the address fails safely', async ({
  page,
}) => {
  // Correct credentials with a return address a redirect cannot carry: signed in, sent to the staff home.
  for (const next of ['/en/admin/%E3%81%82', '/en/admin/x%0d%0aSet-Cookie:%20a=b', '/en/admin/%00']) {
    await page.context().clearCookies();
    const response = await page.goto(`/en/admin/login?next=${encodeURIComponent(decodeURIComponent(next))}`);
    expect(response?.status()).toBe(200);
    await page.locator('#email').fill(ADMIN.email);
    await page.locator('#password').fill(ADMIN.password);
    await page.locator('form:has(#password) button[type="submit"]').click();
    await expect(page).toHaveURL(/\/en\/admin$/);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  // A line break typed into the address is refused like a wrong password, and never reaches the log.
  await page.context().clearCookies();
  await page.goto('/en/admin/login');
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-hydrated'));
  await page.locator('#email').evaluate((input: HTMLInputElement) => {
    input.type = 'text';
  });
  await page.locator('#email').fill('forged\r\nauth.sign-in admin@example.test');
  await page.locator('#password').fill('not a password at all');
  await page.locator('form:has(#password) button[type="submit"]').click();
  await expect(page.locator('#sign-in-error')).toBeVisible();
  await signIn(page, ADMIN);
  await page.goto(`/en/admin/audit?actor=${encodeURIComponent('forged')}`);
  await expect(page.locator('main')).not.toContainText('auth.sign-in admin@example.test');
});

test.describe('roles', () => {
  test('an editor cannot open admin pages and does not see them in the menu', async ({ page }) => {
    await signIn(page, EDITOR);
    await expect(
      page.getByRole('navigation', { name: 'Staff menu' }).getByRole('link', { name: 'Staff accounts' }),
    ).toHaveCount(0);
    const response = await page.goto('/en/admin/staff');
    expect(response?.status()).toBe(403);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('You do not have access to this page');
    // The 403 page speaks the language of the address it answers.
    expect((await page.goto('/ja/admin/staff'))?.status()).toBe(403);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('このページを表示する権限がありません');
  });
});

test.describe('authorization inside admin actions', () => {
  test('an editor replaying an admin action is refused and nothing changes', async ({ page, browser }) => {
    // Capture a real admin action (ending the demo editor's sessions) as the admin…
    await signIn(page, ADMIN);
    await page.goto('/en/admin/staff');
    const editorRow = page.getByRole('listitem').filter({ hasText: EDITOR.email });
    const request = page.waitForRequest((r) => r.method() === 'POST' && Boolean(r.headers()['next-action']));
    await editorRow.getByRole('button', { name: 'Change role' }).click();
    const captured = await request;
    await expect(page.getByText('Done.')).toBeVisible();

    // …then send it again as the editor, asking to make the editor an admin.
    const editorContext = await browser.newContext();
    const editorPage = await editorContext.newPage();
    await signIn(editorPage, EDITOR);
    const cookie = (await editorContext.cookies()).find((c) => c.name === 'portal_session')!;
    const headers = { ...captured.headers(), cookie: `portal_session=${cookie.value}` };
    const body = captured.postData()!.replace(/name="role"\r\n\r\neditor/, 'name="role"\r\n\r\nadmin');
    const response = await editorPage.request.post('/en/admin/staff', {
      headers,
      data: body,
      maxRedirects: 0,
    });
    expect(response.status()).toBe(403);

    await page.reload();
    await expect(page.getByRole('listitem').filter({ hasText: EDITOR.email })).toContainText('Editor');
    await editorContext.close();
  });
});
