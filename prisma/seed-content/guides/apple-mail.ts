import type { SeedGuide } from './types';

export const guide: SeedGuide = {
  program: 'apple-mail',
  incoming: ['imap', 'pop3'],
  supported: true,
  name: {
    en: 'Apple Mail (macOS)',
    ja: 'Mac のメール（macOS）',
  },
  summary: {
    en: 'For the Mail app on current versions of macOS, where accounts are managed in System Settings > Internet Accounts and in Mail > Settings > Accounts. On macOS Monterey and earlier, Settings is called Preferences. You add your {{ispName}} address and set the ports and encryption by hand.',
    ja: '最新の macOS の「メール」App を対象としています（アカウントは「システム設定」>「インターネットアカウント」と「メール」>「設定」>「アカウント」で管理します。macOS Monterey 以前では「設定」は「環境設定」という名前です）。{{ispName}}のメールアドレスを追加し、ポート番号と暗号化を手動で設定します。',
  },
  newAccount: {
    en: `Have your email address and your mail password ready. The password is in the registration documents we sent you.

1. Open Mail and choose **Mail** > **Add Account** from the menu bar. (You can also start from **System Settings** > **Internet Accounts** > **Add Account**.)
2. Select **Other Mail Account…** and click **Continue**.
3. Enter **Name** (shown to the people you write to), **Email Address** (\`{{emailAddress}}\`) and **Password** (your mail password), then click **Sign In**.
4. Mail can't find our settings by itself, so it shows more fields. Fill them in:
   - **User Name**: \`{{username}}\`
   - **Account Type**: **IMAP** for IMAP, or **POP** for POP3, matching the {{incomingProtocol}} settings on this page
   - **Incoming Mail Server**: \`{{incomingHost}}\`
   - **Outgoing Mail Server**: \`{{outgoingHost}}\`
5. Click **Sign In**. Choose the apps to use with this account (for example **Mail**), then click **Done**.
6. Now set the ports. Choose **Mail** > **Settings**, click **Accounts**, select the new account and open the **Server Settings** tab.
7. Under the incoming mail server, untick **Automatically manage connection settings**. Set **Port** to \`{{incomingPort}}\`, tick **Use TLS/SSL** and set **Authentication** to **Password**.
8. Under **Outgoing Mail Server (SMTP)**, untick **Automatically manage connection settings** too. Set **Port** to \`{{outgoingPort}}\`, tick **Use TLS/SSL**, set **Authentication** to **Password**, and check that **User Name** is \`{{username}}\` and the password is filled in.
9. Click **Save**. Send a test message to yourself, or check everything with our mail settings checker.

Mail uses **{{outgoingSecurity}}** on port \`{{outgoingPort}}\` when **Use TLS/SSL** is ticked. If that port is blocked on your network, enter \`{{outgoingPortAlt}}\` ({{outgoingSecurityAlt}}) instead.`,
    ja: `メールアドレスとメールパスワードをご用意ください。メールパスワードは、{{ispName}}からお送りした登録内容のお知らせ（書面）に記載されています。

1. 「メール」App を開き、メニューバーから **メール** > **アカウントを追加** を選択します（**システム設定** > **インターネットアカウント** > **アカウントを追加** からも始められます）。
2. **その他のメールアカウント…** を選択し、**続ける** をクリックします。
3. **名前**（メールの相手に表示される名前）、**メールアドレス**（\`{{emailAddress}}\`）、**パスワード**（メールパスワード）を入力し、**サインイン** をクリックします。
4. サーバー情報を自動では見つけられないため、入力欄が追加で表示されます。次のとおり入力します。
   - **ユーザ名**：\`{{username}}\`
   - **アカウントの種類**：このページの {{incomingProtocol}} の設定に合わせて、IMAP の場合は **IMAP**、POP3 の場合は **POP**
   - **受信用メールサーバ**：\`{{incomingHost}}\`
   - **送信用メールサーバ**：\`{{outgoingHost}}\`
5. **サインイン** をクリックします。このアカウントで使う App（**メール** など）を選び、**完了** をクリックします。
6. 続いてポート番号を設定します。**メール** > **設定** を選択して **アカウント** をクリックし、追加したアカウントを選んで **サーバ設定** タブを開きます。
7. 受信用メールサーバの欄で **接続設定を自動的に管理** のチェックを外します。**ポート** に \`{{incomingPort}}\` を入力し、**TLS/SSLを使用** にチェックを入れ、**認証** を **パスワード** にします。
8. **送信用メールサーバ (SMTP)** の欄でも **接続設定を自動的に管理** のチェックを外します。**ポート** に \`{{outgoingPort}}\` を入力し、**TLS/SSLを使用** にチェックを入れ、**認証** を **パスワード** にします。**ユーザ名** が \`{{username}}\` で、パスワードが入力されていることも確認してください。
9. **保存** をクリックします。ご自分宛てにテストメールを送るか、メール設定チェックで設定内容をご確認ください。

**TLS/SSLを使用** にチェックを入れると、ポート \`{{outgoingPort}}\` では **{{outgoingSecurity}}** で接続します。ご利用のネットワークでこのポートが使えない場合は、代わりに \`{{outgoingPortAlt}}\`（{{outgoingSecurityAlt}}）を入力してください。`,
  },
  existingAccount: {
    en: `A Mac that has been in use for a long time may still carry settings that our servers now refuse. Since January 1, 2005, sending from customer lines to port {{blockedPort}} of outside mail servers has been blocked against spam, and our outgoing server expects port {{outgoingPort}} ({{outgoingSecurity}}) with SMTP authentication. POP before SMTP ended on July 14, 2015, and since August 1, 2022 we refuse sign-ins that are not protected by SSL/TLS, so incoming mail needs port {{incomingPort}} with {{incomingSecurity}}.

All three can matter in Mail. With **Automatically manage connection settings** ticked, Mail may also fall back to old ports by itself, so the steps set the ports by hand.

Have your mail password from the registration documents ready. Your user name is \`{{username}}\`.

- On macOS Monterey and earlier, **Mail** > **Settings…** is called **Mail** > **Preferences…**.
- Mail has no separate STARTTLS choice: with **Use TLS/SSL** ticked, it uses {{outgoingSecurity}} on port {{outgoingPort}}.
- Under **Outgoing Mail Server (SMTP)**, the user name and password must not be empty: Mail uses them for SMTP authentication. Enter the same ones as for incoming mail.
- If port {{outgoingPort}} doesn't work on your network, use port {{outgoingPortAlt}} for the outgoing server and keep **Use TLS/SSL** ticked ({{outgoingSecurityAlt}}).
- When you have finished, send a test message to yourself, or check everything at once with our mail settings checker.

Follow the steps below and check or change the items on each screen from top to bottom.`,
    ja: `長くお使いの Mac では、現在のメールサーバーで受け付けられない設定が残っていることがあります。迷惑メール対策のため、2005年1月1日から、お客さまの回線から外部のメールサーバーのポート{{blockedPort}}への送信を遮断しており、当社の送信サーバーは、ポート{{outgoingPort}}（{{outgoingSecurity}}）と SMTP認証でご利用いただく必要があります。また、POP before SMTP は2015年7月14日に終了し、2022年8月1日からは SSL/TLS で保護されていないログインをお断りしています。受信サーバーも、ポート{{incomingPort}}（{{incomingSecurity}}）でご利用いただく必要があります。

「メール」App ではこの3点がいずれも関係することがあります。また、「接続設定を自動的に管理」が有効だと古いポートに切り替えて接続することもあるため、手順ではポート番号を手動で設定します。

登録内容のお知らせ（書面）に記載のメールパスワードをお手元にご用意ください。ユーザー名は \`{{username}}\` です。

- macOS Monterey 以前では、「メール」→「設定…」は「メール」→「環境設定…」という名前です。
- 「メール」App には STARTTLS を選ぶ項目がありません。「TLS/SSLを使用」にチェックを入れると、ポート{{outgoingPort}}では{{outgoingSecurity}}で接続します。
- 「送信用メールサーバ (SMTP)」のユーザ名とパスワードは SMTP認証に使われますので、空欄にせず、受信と同じものを入力してください。
- ご利用のネットワークでポート{{outgoingPort}}が使えない場合は、送信用メールサーバのポートを{{outgoingPortAlt}}にし、「TLS/SSLを使用」はチェックを入れたままにしてください（{{outgoingSecurityAlt}}）。
- 設定が終わったら、ご自分宛てにテストメールを送るか、メール設定チェックでまとめてご確認ください。

以下の手順で、画面の項目を上から順に確認・変更してください。`,
  },
};
