import type { SeedGuide } from './types';

export const guide: SeedGuide = {
  program: 'iphone',
  incoming: ['imap', 'pop3'],
  supported: true,
  name: {
    en: 'iPhone and iPad (Mail)',
    ja: 'iPhone／iPad（メール）',
  },
  summary: {
    en: 'For the built-in Mail app on iPhone and iPad with iOS and iPadOS 18 and later, where accounts are under Settings > Apps > Mail. Older versions keep them under Settings > Mail > Accounts; the steps are otherwise the same. You add your {{ispName}} address and then check SSL and the ports.',
    ja: 'iOS／iPadOS 18 以降の iPhone・iPad に標準搭載の「メール」App を対象としています（アカウントは「設定」>「アプリ」>「メール」にあります）。それより前のバージョンでは「設定」>「メール」>「アカウント」にありますが、操作の流れは同じです。{{ispName}}のメールアドレスを追加し、SSL とポート番号を確認します。',
  },
  newAccount: {
    en: `Have your email address and your mail password ready. The password is in the registration documents we sent you.

1. Open **Settings** and tap **Apps** > **Mail** > **Mail Accounts** > **Add Account**. (On iOS 17 and earlier: **Settings** > **Mail** > **Accounts** > **Add Account**.)
2. Tap **Other**, then **Add Mail Account**.
3. Enter **Name** (shown to the people you write to), **Email** (\`{{emailAddress}}\`), **Password** (your mail password) and a **Description** such as "{{ispName}}". Tap **Next**.
4. At the top, choose how mail is received: **IMAP** or **POP**. Pick {{incomingProtocol}}, as in the settings on this page.
5. Under **Incoming Mail Server**, enter **Host Name** \`{{incomingHost}}\`, **User Name** \`{{username}}\` and your mail **Password**.
6. Under **Outgoing Mail Server**, enter **Host Name** \`{{outgoingHost}}\`, **User Name** \`{{username}}\` and your mail **Password**. Don't leave the user name and password empty here: the outgoing server needs them for SMTP authentication.
7. Tap **Next**. When the account has been checked, tap **Save**.
8. Now check the ports. Go back to **Mail Accounts** and tap the new account. For an IMAP account, tap **Account** (your address) to see its details.
9. Tap **SMTP** under **Outgoing Mail Server**, then the server under **Primary Server**. Turn on **Use SSL**, set **Authentication** to **Password**, and set **Server Port** to \`{{outgoingPort}}\`. Tap **Done**.
10. Back on the account screen, tap **Advanced**. Under **Incoming Settings**, turn on **Use SSL**, set **Authentication** to **Password**, and set **Server Port** to \`{{incomingPort}}\`.
11. Go back and tap **Done** to save. Send a test message to yourself, or check the settings with our mail settings checker.

With **Use SSL** on, port \`{{outgoingPort}}\` is used with **{{outgoingSecurity}}**. If that port is blocked on a network you use, set **Server Port** to \`{{outgoingPortAlt}}\` ({{outgoingSecurityAlt}}) instead.`,
    ja: `メールアドレスとメールパスワードをご用意ください。メールパスワードは、{{ispName}}からお送りした登録書類に記載されています。

1. **設定** を開き、**アプリ** > **メール** > **メールアカウント** > **アカウントを追加** の順にタップします（iOS 17 以前は **設定** > **メール** > **アカウント** > **アカウントを追加**）。
2. **その他** をタップし、**メールアカウントを追加** をタップします。
3. **名前**（メールの相手に表示される名前）、**メール**（\`{{emailAddress}}\`）、**パスワード**（メールパスワード）、**説明**（「{{ispName}}」など、わかりやすい名前）を入力し、**次へ** をタップします。
4. 画面上部で、受信方式（**IMAP** または **POP**）を選びます。このページの設定と同じ {{incomingProtocol}} を選んでください。
5. **受信メールサーバ** の欄に、**ホスト名**（\`{{incomingHost}}\`）、**ユーザ名**（\`{{username}}\`）、**パスワード**（メールパスワード）を入力します。
6. **送信メールサーバ** の欄に、**ホスト名**（\`{{outgoingHost}}\`）、**ユーザ名**（\`{{username}}\`）、**パスワード**（メールパスワード）を入力します。SMTP認証に使いますので、こちらのユーザ名とパスワードも必ず入力してください。
7. **次へ** をタップし、確認が終わったら **保存** をタップします。
8. 続いてポート番号を確認します。**メールアカウント** の画面に戻り、追加したアカウントをタップします。IMAP の場合は、さらに **アカウント**（メールアドレス）をタップします。
9. **送信メールサーバ** の **SMTP** をタップし、**プライマリサーバ** のサーバをタップします。**SSLを使用** をオンにし、**認証** を **パスワード**、**サーバポート** を \`{{outgoingPort}}\` にして、**完了** をタップします。
10. アカウントの画面に戻り、**詳細** をタップします。**受信設定** の **SSLを使用** をオンにし、**認証** を **パスワード**、**サーバポート** を \`{{incomingPort}}\` にします。
11. 前の画面に戻って **完了** をタップし、設定を保存します。ご自分宛てにテストメールを送るか、メール設定チェッカーで設定内容をご確認ください。

**SSLを使用** がオンの場合、ポート \`{{outgoingPort}}\` では **{{outgoingSecurity}}** で接続します。ご利用のネットワークでこのポートが使えない場合は、**サーバポート** を \`{{outgoingPortAlt}}\`（{{outgoingSecurityAlt}}）にしてください。`,
  },
  existingAccount: {
    en: `If mail on your iPhone or iPad stopped sending, the account probably still uses settings we no longer accept. The old sending port is blocked, POP before SMTP ended on July 14, 2015, and since August 1, 2022 sign-ins without SSL/TLS are refused.

1. Open **Settings** and tap **Apps** > **Mail** > **Mail Accounts** (on iOS 17 and earlier: **Settings** > **Mail** > **Accounts**), then tap your {{ispName}} account.
2. For an IMAP account, tap **Account** (your address). For a POP account, the details are shown straight away.
3. Check **Host Name** under **Incoming Mail Server** (\`{{incomingHost}}\`), **User Name** (\`{{username}}\`) and **Password** (your mail password from the registration documents).
4. Under **Outgoing Mail Server**, tap **SMTP**, then tap the server under **Primary Server**.
5. Make sure **Server** is on, and check **Host Name** (\`{{outgoingHost}}\`), **User Name** (\`{{username}}\`) and **Password**. Empty user name or password fields mean SMTP authentication is off, so fill them in.
6. Turn on **Use SSL**, set **Authentication** to **Password**, and set **Server Port** to \`{{outgoingPort}}\`. Tap **Done**.
7. Back on the account screen, tap **Advanced**. Under **Incoming Settings**, turn on **Use SSL**, set **Authentication** to **Password**, and set **Server Port** to \`{{incomingPort}}\`.
8. Go back and tap **Done**. Send a test message to yourself, and check the result with our mail settings checker.

If the SMTP list shows other servers under **Other SMTP Servers**, that's fine, but the primary server must be ours with the settings above. If port \`{{outgoingPort}}\` is blocked on a network you use, set **Server Port** to \`{{outgoingPortAlt}}\` ({{outgoingSecurityAlt}}).`,
    ja: `iPhone・iPad でメールが送信できなくなった場合、現在受け付けていない設定のままになっている可能性があります。迷惑メール対策のため、ポート{{blockedPort}}では送信できません。POP before SMTP は2015年7月14日に終了しました。また、2022年8月1日からは SSL/TLS を使わないログインをお断りしています。

1. **設定** を開き、**アプリ** > **メール** > **メールアカウント**（iOS 17 以前は **設定** > **メール** > **アカウント**）の順にタップし、{{ispName}}のアカウントをタップします。
2. IMAP の場合は **アカウント**（メールアドレス）をタップします。POP の場合は、そのまま設定内容が表示されます。
3. **受信メールサーバ** の **ホスト名**（\`{{incomingHost}}\`）、**ユーザ名**（\`{{username}}\`）、**パスワード**（登録書類に記載のメールパスワード）を確認します。
4. **送信メールサーバ** の **SMTP** をタップし、**プライマリサーバ** のサーバをタップします。
5. **サーバ** がオンになっていることを確認し、**ホスト名**（\`{{outgoingHost}}\`）、**ユーザ名**（\`{{username}}\`）、**パスワード** を確認します。ユーザ名やパスワードが空欄の場合は SMTP認証が行われませんので、入力してください。
6. **SSLを使用** をオンにし、**認証** を **パスワード**、**サーバポート** を \`{{outgoingPort}}\` にして、**完了** をタップします。
7. アカウントの画面に戻り、**詳細** をタップします。**受信設定** の **SSLを使用** をオンにし、**認証** を **パスワード**、**サーバポート** を \`{{incomingPort}}\` にします。
8. 前の画面に戻って **完了** をタップします。ご自分宛てにテストメールを送信し、メール設定チェッカーでも結果をご確認ください。

**ほかのSMTPサーバ** に別のサーバが登録されていても問題ありませんが、プライマリサーバは上記の設定にしてください。ご利用のネットワークでポート \`{{outgoingPort}}\` が使えない場合は、**サーバポート** を \`{{outgoingPortAlt}}\`（{{outgoingSecurityAlt}}）にしてください。`,
  },
};
