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
    ja: `メールアドレスとメールパスワードをご用意ください。メールパスワードは、{{ispName}}からお送りした登録書類に記載されています。

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
9. **保存** をクリックします。ご自分宛てにテストメールを送るか、メール設定チェッカーで設定内容をご確認ください。

**TLS/SSLを使用** にチェックを入れると、ポート \`{{outgoingPort}}\` では **{{outgoingSecurity}}** で接続します。ご利用のネットワークでこのポートが使えない場合は、代わりに \`{{outgoingPortAlt}}\`（{{outgoingSecurityAlt}}）を入力してください。`,
  },
  existingAccount: {
    en: `A Mac that has been set up for a long time may still carry settings that our servers now reject. The old sending port is blocked, POP before SMTP ended on July 14, 2015, and since August 1, 2022 sign-ins without SSL/TLS are refused. Mail's automatic connection management can also fall back to old ports, so we recommend setting the ports by hand.

1. In Mail, choose **Mail** > **Settings** (on macOS Monterey and earlier, **Mail** > **Preferences**) and click **Accounts**.
2. Select your {{ispName}} account and open the **Server Settings** tab.
3. In the incoming mail server section (**Incoming Mail Server (IMAP)** or **(POP)**), check:
   - **User Name**: \`{{username}}\`
   - **Password**: your mail password from the registration documents
   - **Host Name**: \`{{incomingHost}}\`
4. Untick **Automatically manage connection settings** for the incoming server. Set **Port** to \`{{incomingPort}}\`, tick **Use TLS/SSL**, and choose **Password** under **Authentication**.
5. In the **Outgoing Mail Server (SMTP)** section, check **User Name** (\`{{username}}\`), **Password** and **Host Name** (\`{{outgoingHost}}\`). Both user name and password must be filled in: they are what switches on SMTP authentication.
6. Untick **Automatically manage connection settings** for the outgoing server. Set **Port** to \`{{outgoingPort}}\`, tick **Use TLS/SSL**, and choose **Password** under **Authentication**.
7. Click **Save**, then send a test message to yourself. You can check the result with our mail settings checker.

If port \`{{outgoingPort}}\` doesn't work on your network, enter \`{{outgoingPortAlt}}\` for the outgoing server and keep **Use TLS/SSL** ticked ({{outgoingSecurityAlt}}).`,
    ja: `長く使っている Mac では、現在のメールサーバーでは受け付けられない設定が残っていることがあります。迷惑メール対策のため、ポート{{blockedPort}}では送信できません。POP before SMTP は2015年7月14日に終了しました。また、2022年8月1日からは SSL/TLS を使わないログインをお断りしています。「接続設定を自動的に管理」が有効だと古いポートに切り替わることもあるため、ポート番号は手動で設定することをおすすめします。

1. 「メール」App で **メール** > **設定**（macOS Monterey 以前は **メール** > **環境設定**）を選択し、**アカウント** をクリックします。
2. {{ispName}}のアカウントを選択し、**サーバ設定** タブを開きます。
3. 受信用メールサーバ（**受信用メールサーバ (IMAP)** または **(POP)**）の欄で、次の項目を確認します。
   - **ユーザ名**：\`{{username}}\`
   - **パスワード**：登録書類に記載のメールパスワード
   - **ホスト名**：\`{{incomingHost}}\`
4. 受信用メールサーバの **接続設定を自動的に管理** のチェックを外します。**ポート** に \`{{incomingPort}}\` を入力し、**TLS/SSLを使用** にチェックを入れ、**認証** で **パスワード** を選択します。
5. **送信用メールサーバ (SMTP)** の欄で、**ユーザ名**（\`{{username}}\`）、**パスワード**、**ホスト名**（\`{{outgoingHost}}\`）を確認します。ユーザ名とパスワードが入力されていることで SMTP認証が行われますので、空欄にしないでください。
6. 送信用メールサーバの **接続設定を自動的に管理** のチェックを外します。**ポート** に \`{{outgoingPort}}\` を入力し、**TLS/SSLを使用** にチェックを入れ、**認証** で **パスワード** を選択します。
7. **保存** をクリックし、ご自分宛てにテストメールを送信します。メール設定チェッカーでも結果を確認できます。

ご利用のネットワークでポート \`{{outgoingPort}}\` が使えない場合は、送信用メールサーバのポートに \`{{outgoingPortAlt}}\` を入力し、**TLS/SSLを使用** はチェックを入れたままにしてください（{{outgoingSecurityAlt}}）。`,
  },
};
