import type { SeedGuide } from './types';

export const guide: SeedGuide = {
  program: 'outlook-2013',
  incoming: ['imap', 'pop3'],
  supported: true,
  name: {
    en: 'Outlook 2010 / 2013',
    ja: 'Outlook 2010／2013',
  },
  summary: {
    en: 'For Outlook 2010 and Outlook 2013 on Windows. You add your {{ispName}} address by IMAP or POP, then make sure sending uses SMTP authentication, encryption and the right ports. Microsoft no longer updates these versions, so please plan to move to a current version of Outlook or to Thunderbird.',
    ja: 'Windows 版の Outlook 2010、Outlook 2013 を対象としています。{{ispName}}のメールアドレスを IMAP または POP で追加し、SMTP認証・暗号化・ポート番号が正しく設定されているかを確認します。これらのバージョンは Microsoft による更新が終了していますので、新しいバージョンの Outlook や Thunderbird への移行もご検討ください。',
  },
  newAccount: {
    en: `Have your email address and your mail password ready. You'll find the password in the registration documents we sent you.

1. Open Outlook, click the **File** tab, then **Info** > **Add Account**. (The first time you start Outlook, a startup wizard opens instead: click **Next**, choose **Yes** and click **Next** again.)
2. Select **Manual setup or additional server types** (in Outlook 2010, **Manually configure server settings or additional server types**) and click **Next**.
3. Select **POP or IMAP** (in Outlook 2010, **Internet E-mail**) and click **Next**.
4. Fill in the form:
   - **Your Name**: the name people see when you write to them
   - **E-mail Address**: \`{{emailAddress}}\`
   - **Account Type**: **IMAP** for IMAP, or **POP3** for POP3, matching the {{incomingProtocol}} settings on this page
   - **Incoming mail server**: \`{{incomingHost}}\`
   - **Outgoing mail server (SMTP)**: \`{{outgoingHost}}\`
   - **User Name**: \`{{username}}\`
   - **Password**: your mail password
   - Leave **Require logon using Secure Password Authentication (SPA)** unticked.
5. Click **More Settings**. On the **Outgoing Server** tab, tick **My outgoing server (SMTP) requires authentication** and select **Use same settings as my incoming mail server**.
6. Open the **Advanced** tab and set the encryption and the port numbers. In these versions, **SSL** in the list **Use the following type of encrypted connection** means SSL/TLS and **TLS** means STARTTLS. Choose the type first and type the port after it, because Outlook may change the port when you change the type.
   - For POP3: tick **This server requires an encrypted connection (SSL)**, then enter \`{{incomingPort}}\` in **Incoming server (POP3)**.
   - For IMAP: under the incoming port, choose the type for {{incomingSecurity}} (**SSL** for SSL/TLS, **TLS** for STARTTLS), then enter \`{{incomingPort}}\` in **Incoming server (IMAP)**.
   - For sending: under **Outgoing server (SMTP)**, choose the type for {{outgoingSecurity}} (**TLS** for STARTTLS, **SSL** for SSL/TLS), then enter \`{{outgoingPort}}\` in **Outgoing server (SMTP)**.

   Click **OK**.
7. Click **Next**. Outlook tests the account. When every task shows **Completed**, click **Close**, then **Finish**.
8. Send a test message to yourself, or check everything at once with our mail settings checker.

If port {{outgoingPort}} is blocked on your network (some office or hotel networks do this), set the outgoing server to port \`{{outgoingPortAlt}}\` with {{outgoingSecurityAlt}} (**SSL** in the list).`,
    ja: `メールアドレスとメールパスワードをご用意ください。メールパスワードは、{{ispName}}からお送りした登録内容のお知らせ（書面）に記載されています。

1. Outlook を起動し、「ファイル」タブ →「情報」→「アカウントの追加」の順にクリックします（初めて Outlook を起動したときは、スタートアップの画面が表示されます。「次へ」をクリックし、「はい」を選んでもう一度「次へ」をクリックしてください）。
2. 「自分で電子メールやその他のサービスを使うための設定をする（手動設定）」を選び、「次へ」をクリックします。
3. 「POP または IMAP」（Outlook 2010 では「インターネット電子メール」）を選び、「次へ」をクリックします。
4. 次のとおり入力します。
   - 「名前」：メールの相手に表示される名前
   - 「電子メール アドレス」：\`{{emailAddress}}\`
   - 「アカウントの種類」：このページの {{incomingProtocol}} の設定に合わせて、IMAP の場合は「IMAP」、POP3 の場合は「POP3」
   - 「受信メール サーバー」：\`{{incomingHost}}\`
   - 「送信メール サーバー (SMTP)」：\`{{outgoingHost}}\`
   - 「アカウント名」：\`{{username}}\`
   - 「パスワード」：メールパスワード
   - 「メール サーバーがセキュリティで保護されたパスワード認証 (SPA) に対応している場合には、チェック ボックスをオンにしてください」は、チェックを入れないままにします。
5. 「詳細設定」をクリックします。「送信サーバー」タブで「送信サーバー (SMTP) は認証が必要」にチェックを入れ、「受信メール サーバーと同じ設定を使用する」を選びます。
6. 「詳細設定」タブを開き、暗号化とポート番号を設定します。これらのバージョンの「使用する暗号化接続の種類」の一覧では、「SSL」が SSL/TLS、「TLS」が STARTTLS にあたります。種類を変えるとポート番号が書き換わることがあるため、先に種類を選んでからポート番号を入力してください。
   - POP3 の場合：「このサーバーは暗号化された接続 (SSL) が必要」にチェックを入れてから、「受信サーバー (POP3)」に \`{{incomingPort}}\` を入力します。
   - IMAP の場合：受信のポート番号の下の「使用する暗号化接続の種類」で、{{incomingSecurity}} にあたる項目（SSL/TLS は「SSL」、STARTTLS は「TLS」）を選んでから、「受信サーバー (IMAP)」に \`{{incomingPort}}\` を入力します。
   - 送信：「送信サーバー (SMTP)」の下の「使用する暗号化接続の種類」で、{{outgoingSecurity}} にあたる項目（STARTTLS は「TLS」、SSL/TLS は「SSL」）を選んでから、「送信サーバー (SMTP)」に \`{{outgoingPort}}\` を入力します。

   最後に「OK」をクリックします。
7. 「次へ」をクリックします。アカウント設定のテストが始まり、すべての状況が「完了」になったら、「閉じる」、「完了」の順にクリックします。
8. ご自分宛てにテストメールを送るか、メール設定チェックでまとめてご確認ください。

会社やホテルのネットワークなどでポート{{outgoingPort}}が使えない場合は、送信サーバーをポート \`{{outgoingPortAlt}}\`、{{outgoingSecurityAlt}}（一覧では「SSL」）で設定してください。`,
  },
  existingAccount: {
    en: `An account set up in Outlook 2010 or 2013 is often many years old and may still use settings that our servers no longer accept. Since January 1, 2005, sending from customer lines to port {{blockedPort}} of outside mail servers has been blocked against spam, and our outgoing server expects port {{outgoingPort}} ({{outgoingSecurity}}) with SMTP authentication. POP before SMTP ended on July 14, 2015, and since August 1, 2022 we refuse sign-ins that are not protected by SSL/TLS, so incoming mail needs port {{incomingPort}} with {{incomingSecurity}}.

All three matter in these versions: look out for port {{blockedPort}}, an unticked **My outgoing server (SMTP) requires authentication**, **Log on to incoming mail server before sending mail** (the POP before SMTP option) and encryption set to **None**.

Have your mail password from the registration documents ready: Outlook may ask for it when it tests the account. Your user name is \`{{username}}\`.

- In Outlook 2010 and 2013, the list **Use the following type of encrypted connection** offers **SSL** and **TLS**: **SSL** means SSL/TLS and **TLS** means STARTTLS. Choose the type first and type the port number after it, because Outlook may change the port when you change the type.
- Microsoft no longer updates Outlook 2010 and 2013. When you can, please move to a current version of Outlook or to Thunderbird.
- If port {{outgoingPort}} is blocked where you are (some office or hotel networks do this), use port {{outgoingPortAlt}} with {{outgoingSecurityAlt}} (**SSL** in the list) for the outgoing server.
- When you have finished, send a test message to yourself, or check everything at once with our mail settings checker.

Follow the steps below and check or change the items on each screen from top to bottom.`,
    ja: `Outlook 2010・2013 で設定したアカウントは、設定から年月がたち、現在のメールサーバーでは受け付けられない設定のままになっていることがあります。迷惑メール対策のため、2005年1月1日から、お客さまの回線から外部のメールサーバーのポート{{blockedPort}}への送信を遮断しており、当社の送信サーバーは、ポート{{outgoingPort}}（{{outgoingSecurity}}）と SMTP認証でご利用いただく必要があります。また、POP before SMTP は2015年7月14日に終了し、2022年8月1日からは SSL/TLS で保護されていないログインをお断りしています。受信サーバーも、ポート{{incomingPort}}（{{incomingSecurity}}）でご利用いただく必要があります。

これらのバージョンではこの3点がすべて関係します。送信のポート番号が{{blockedPort}}のまま、「送信サーバー (SMTP) は認証が必要」にチェックがない、POP before SMTP 用の「メールを送信する前に受信メール サーバーにログオンする」が選ばれている、暗号化が「なし」になっている、といった点にご注意ください。

登録内容のお知らせ（書面）に記載のメールパスワードをお手元にご用意ください。アカウントのテストの際にパスワードを求められることがあります。ユーザー名（アカウント名）は \`{{username}}\` です。

- Outlook 2010・2013 の「使用する暗号化接続の種類」の一覧では、「SSL」が SSL/TLS、「TLS」が STARTTLS にあたります。種類を変えるとポート番号が書き換わることがあるため、先に種類を選んでからポート番号を入力してください。
- Outlook 2010・2013 は、Microsoft による更新が終了しています。できるだけ早めに、新しいバージョンの Outlook や Thunderbird への移行をご検討ください。
- 会社やホテルのネットワークなどでポート{{outgoingPort}}が使えない場合は、送信サーバーをポート{{outgoingPortAlt}}、{{outgoingSecurityAlt}}（一覧では「SSL」）で設定してください。
- 設定が終わったら、ご自分宛てにテストメールを送るか、メール設定チェックでまとめてご確認ください。

以下の手順で、画面の項目を上から順に確認・変更してください。`,
  },
};
