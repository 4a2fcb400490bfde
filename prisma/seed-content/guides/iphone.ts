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
    ja: `メールアドレスとメールパスワードをご用意ください。メールパスワードは、{{ispName}}からお送りした登録内容のお知らせ（書面）に記載されています。

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
11. 前の画面に戻って **完了** をタップし、設定を保存します。ご自分宛てにテストメールを送るか、メール設定チェックで設定内容をご確認ください。

**SSLを使用** がオンの場合、ポート \`{{outgoingPort}}\` では **{{outgoingSecurity}}** で接続します。ご利用のネットワークでこのポートが使えない場合は、**サーバポート** を \`{{outgoingPortAlt}}\`（{{outgoingSecurityAlt}}）にしてください。`,
  },
  existingAccount: {
    en: `If mail on your iPhone or iPad has stopped sending or receiving, the account probably still uses settings we no longer accept. Since January 1, 2005, sending from customer lines to port {{blockedPort}} of outside mail servers has been blocked against spam, and our outgoing server expects port {{outgoingPort}} ({{outgoingSecurity}}) with SMTP authentication. POP before SMTP ended on July 14, 2015, and since August 1, 2022 we refuse sign-ins that are not protected by SSL/TLS, so incoming mail needs port {{incomingPort}} with {{incomingSecurity}}.

On an iPhone or iPad, the usual causes are **Use SSL** turned off, an old port number, and an outgoing server without a user name and password.

Have your mail password from the registration documents ready. Your user name is \`{{username}}\`.

- On iOS and iPadOS 17 and earlier, the accounts are under **Settings** > **Mail** > **Accounts** instead of **Settings** > **Apps** > **Mail** > **Mail Accounts**.
- On the outgoing server's screen, make sure the user name and password are filled in: empty fields mean no SMTP authentication. Enter the same ones as for incoming mail.
- With **Use SSL** on, port {{outgoingPort}} is used with {{outgoingSecurity}}. If that port is blocked on a network you use, set the outgoing **Server Port** to {{outgoingPortAlt}} ({{outgoingSecurityAlt}}).
- Other servers listed under **Other SMTP Servers** are fine, but the primary server must be ours, with the settings from the steps.
- When you have finished, send a test message to yourself, or check everything at once with our mail settings checker.

Follow the steps below and check or change the items on each screen from top to bottom.`,
    ja: `iPhone・iPad でメールの送受信ができなくなった場合は、現在受け付けていない設定のままになっている可能性があります。迷惑メール対策のため、2005年1月1日から、お客さまの回線から外部のメールサーバーのポート{{blockedPort}}への送信を遮断しており、当社の送信サーバーは、ポート{{outgoingPort}}（{{outgoingSecurity}}）と SMTP認証でご利用いただく必要があります。また、POP before SMTP は2015年7月14日に終了し、2022年8月1日からは SSL/TLS で保護されていないログインをお断りしています。受信サーバーも、ポート{{incomingPort}}（{{incomingSecurity}}）でご利用いただく必要があります。

iPhone・iPad では、「SSLを使用」がオフになっている、ポート番号が古いまま、送信メールサーバにユーザ名とパスワードが入っていない、といったことがよく原因になります。

登録内容のお知らせ（書面）に記載のメールパスワードをお手元にご用意ください。ユーザー名は \`{{username}}\` です。

- iOS・iPadOS 17 以前では、アカウントは「設定」→「アプリ」→「メール」→「メールアカウント」ではなく、「設定」→「メール」→「アカウント」にあります。
- 送信メールサーバの画面で、ユーザ名とパスワードが入力されていることをご確認ください。空欄のままでは SMTP認証が行われません。受信と同じものを入力してください。
- 「SSLを使用」がオンの場合、ポート{{outgoingPort}}では{{outgoingSecurity}}で接続します。ご利用のネットワークでこのポートが使えない場合は、送信側の「サーバポート」を{{outgoingPortAlt}}（{{outgoingSecurityAlt}}）にしてください。
- 「ほかのSMTPサーバ」に別のサーバが登録されていても問題ありませんが、プライマリサーバは当社のサーバにし、手順の設定にしてください。
- 設定が終わったら、ご自分宛てにテストメールを送るか、メール設定チェックでまとめてご確認ください。

以下の手順で、画面の項目を上から順に確認・変更してください。`,
  },
};
