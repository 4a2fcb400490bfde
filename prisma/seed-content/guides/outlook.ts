import type { SeedGuide } from './types';

export const guide: SeedGuide = {
  program: 'outlook',
  incoming: ['imap', 'pop3'],
  supported: true,
  name: {
    en: 'Classic Outlook (2016–2021, Microsoft 365)',
    ja: 'クラシック Outlook（2016～2021、Microsoft 365）',
  },
  summary: {
    en: 'For Outlook 2016, 2019 and 2021, and the classic Outlook desktop app included with Microsoft 365, on Windows. You add your {{ispName}} address by IMAP or POP, then make sure sending uses SMTP authentication, encryption and the right ports.',
    ja: 'Windows 版の Outlook 2016／2019／2021、および Microsoft 365 に含まれるデスクトップ版のクラシック Outlook を対象としています。{{ispName}}のメールアドレスを IMAP または POP で追加し、SMTP認証・暗号化・ポート番号が正しく設定されているかを確認します。',
  },
  newAccount: {
    en: `Have your email address and your mail password ready. You'll find the password in the registration documents we sent you.

1. Open Outlook and click **File** > **Add Account**. (If this is the first time you start Outlook, the window for adding an account opens by itself.)
2. Type \`{{emailAddress}}\`. Click **Advanced options**, tick **Let me set up my account manually**, and click **Connect**.
3. On the **Advanced setup** screen, choose the type that matches the {{incomingProtocol}} settings on this page: **IMAP** for IMAP, or **POP** for POP3.
4. Under **Incoming mail**, enter:
   - **Server**: \`{{incomingHost}}\`
   - **Encryption method**: **{{incomingSecurity}}**
   - **Port**: \`{{incomingPort}}\`
   - Leave **Require logon using Secure Password Authentication (SPA)** unticked.
5. Under **Outgoing mail**, enter:
   - **Server**: \`{{outgoingHost}}\`
   - **Encryption method**: **{{outgoingSecurity}}**
   - **Port**: \`{{outgoingPort}}\`
   - Leave **Require logon using Secure Password Authentication (SPA)** unticked.

   Choose the encryption method before you type the port. Outlook may change the port number when you change the encryption.
6. Click **Next**, enter your mail password, and click **Connect**.
7. When **Account successfully added** appears, click **Done**.
8. Outlook normally turns on SMTP authentication by itself, but please confirm it with the steps under “Check or change an existing account” above. Then send a test message to yourself, or check everything at once with our mail settings checker.`,
    ja: `メールアドレスとメールパスワードをご用意ください。メールパスワードは、{{ispName}}からお送りした登録内容のお知らせ（書面）に記載されています。

1. Outlook を起動し、**ファイル** > **アカウントの追加** の順にクリックします（初めて Outlook を起動したときは、アカウント追加の画面が自動的に表示されます）。
2. \`{{emailAddress}}\` を入力します。**詳細オプション** をクリックして **自分で自分のアカウントを手動で設定** にチェックを入れ、**接続** をクリックします。
3. **詳細設定** の画面で、このページの {{incomingProtocol}} の設定に合わせて、IMAP の場合は **IMAP**、POP3 の場合は **POP** を選択します。
4. **受信メール** 欄を次のとおり設定します。
   - **サーバー**：\`{{incomingHost}}\`
   - **暗号化方法**：**{{incomingSecurity}}**
   - **ポート**：\`{{incomingPort}}\`
   - **セキュリティで保護されたパスワード認証 (SPA) でのログオンが必要** はチェックを外したままにします。
5. **送信メール** 欄を次のとおり設定します。
   - **サーバー**：\`{{outgoingHost}}\`
   - **暗号化方法**：**{{outgoingSecurity}}**
   - **ポート**：\`{{outgoingPort}}\`
   - **セキュリティで保護されたパスワード認証 (SPA) でのログオンが必要** はチェックを外したままにします。

   暗号化方法を変えるとポート番号が自動的に書き換わることがあるため、暗号化方法を先に選んでからポート番号を入力してください。
6. **次へ** をクリックし、メールパスワードを入力して **接続** をクリックします。
7. **アカウントが正常に追加されました** と表示されたら、**完了** をクリックします。
8. 通常は SMTP認証も自動で有効になりますが、念のため上の「設定済みのアカウントを確認・変更する」の手順でご確認ください。最後にご自分宛てにテストメールを送るか、メール設定チェックでまとめて確認してください。`,
  },
  existingAccount: {
    en: `If your account was set up years ago, it may still use settings that our servers no longer accept. Since January 1, 2005, sending from customer lines to port {{blockedPort}} of outside mail servers has been blocked against spam, and our outgoing server expects port {{outgoingPort}} ({{outgoingSecurity}}) with SMTP authentication. POP before SMTP ended on July 14, 2015, and since August 1, 2022 we refuse sign-ins that are not protected by SSL/TLS, so incoming mail needs port {{incomingPort}} with {{incomingSecurity}}.

All three matter in Outlook: old accounts often still send to port {{blockedPort}}, have **My outgoing server (SMTP) requires authentication** unticked or **Log on to incoming mail server before sending mail** (the POP before SMTP option) selected, and use no encryption.

Have your mail password from the registration documents ready: Outlook may ask for it when it tests the account. Your user name is \`{{username}}\`.

- In recent Microsoft 365 versions, **Server Settings** under **Account Settings** opens a newer, simpler window. It has no setting for the outgoing server's authentication, so the steps below use the **Change Account** window instead. If **Change** also opens the newer window, go to **File** > **Account Settings** > **Manage Profiles** > **Email Accounts…**, select the account and click **Change**.
- Some versions list **SSL** and **TLS** under **Use the following type of encrypted connection** instead of **SSL/TLS** and **STARTTLS**. There, **SSL** means SSL/TLS and **TLS** means STARTTLS.
- If port {{outgoingPort}} is blocked where you are (some office or hotel networks do this), use port {{outgoingPortAlt}} with {{outgoingSecurityAlt}} for the outgoing server.
- When you have finished, send a test message to yourself, or check everything at once with our mail settings checker.

Follow the steps below and check or change the items on each screen from top to bottom.`,
    ja: `何年も前に設定したアカウントは、現在のメールサーバーでは受け付けられない設定のままになっていることがあります。迷惑メール対策のため、2005年1月1日から、お客さまの回線から外部のメールサーバーのポート{{blockedPort}}への送信を遮断しており、当社の送信サーバーは、ポート{{outgoingPort}}（{{outgoingSecurity}}）と SMTP認証でご利用いただく必要があります。また、POP before SMTP は2015年7月14日に終了し、2022年8月1日からは SSL/TLS で保護されていないログインをお断りしています。受信サーバーも、ポート{{incomingPort}}（{{incomingSecurity}}）でご利用いただく必要があります。

Outlook ではこの3点がすべて関係します。古いアカウントでは、送信のポート番号が{{blockedPort}}のまま、「送信サーバー (SMTP) は認証が必要」にチェックがない、POP before SMTP 用の「メールを送信する前に受信メール サーバーにログオンする」が選ばれている、暗号化の設定がない、といった状態がよく見られます。

登録内容のお知らせ（書面）に記載のメールパスワードをお手元にご用意ください。アカウントのテストの際にパスワードを求められることがあります。ユーザー名（アカウント名）は \`{{username}}\` です。

- Microsoft 365 の新しいバージョンでは、「アカウント設定」の「サーバーの設定」から簡易的な新しい画面が開きます。この画面には送信サーバーの認証の項目がないため、以下の手順では「アカウントの変更」画面を使います。「変更」をクリックしても新しい画面が開く場合は、「ファイル」→「アカウント設定」→「プロファイルの管理」→「電子メール アカウント」の順に開き、アカウントを選んで「変更」をクリックしてください。
- バージョンによっては、「使用する暗号化接続の種類」の一覧に「SSL/TLS」「STARTTLS」ではなく「SSL」「TLS」と表示されます。その場合は「SSL」が SSL/TLS、「TLS」が STARTTLS にあたります。
- 会社やホテルのネットワークなどでポート{{outgoingPort}}が使えない場合は、送信サーバーをポート{{outgoingPortAlt}}、{{outgoingSecurityAlt}}で設定してください。
- 設定が終わったら、ご自分宛てにテストメールを送るか、メール設定チェックでまとめてご確認ください。

以下の手順で、画面の項目を上から順に確認・変更してください。`,
  },
};
