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
8. Outlook normally turns on SMTP authentication by itself, but please confirm it with steps 1 to 4 of the next section. Then send a test message to yourself, or check everything at once with our mail settings checker.`,
    ja: `メールアドレスとメールパスワードをご用意ください。メールパスワードは、{{ispName}}からお送りした登録書類に記載されています。

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
8. 通常は SMTP認証も自動で有効になりますが、念のため次の「既存のアカウントを確認・変更する」の手順1～4でご確認ください。最後にご自分宛てにテストメールを送るか、メール設定チェッカーでまとめて確認してください。`,
  },
  existingAccount: {
    en: `If your account was set up years ago, it may still use settings that our servers now refuse. The old sending port is blocked against spam, POP before SMTP ended on July 14, 2015, and since August 1, 2022 sign-ins without SSL/TLS are refused. Follow these steps to switch on SMTP authentication and encryption.

1. Click **File** > **Account Settings** > **Account Settings**.
2. On the **Email** tab, select your {{ispName}} address and click **Change**.
3. Check the following:
   - **Incoming mail server**: \`{{incomingHost}}\`
   - **Outgoing mail server (SMTP)**: \`{{outgoingHost}}\`
   - **User Name**: \`{{username}}\`
   - **Password**: your mail password from the registration documents
   - **Require logon using Secure Password Authentication (SPA)**: unticked
4. Click **More Settings** and open the **Outgoing Server** tab. Tick **My outgoing server (SMTP) requires authentication** and select **Use same settings as my incoming mail server**. If **Log on to incoming mail server before sending mail** is selected, change it: that option is the old POP before SMTP method.
5. Open the **Advanced** tab. Under **Server Port Numbers**:
   - **Incoming server ({{incomingProtocol}})**: set the encryption to **{{incomingSecurity}}**, then enter \`{{incomingPort}}\`. For IMAP this is the list **Use the following type of encrypted connection**. For POP3 it's the box **This server requires an encrypted connection (SSL/TLS)**, which you should tick.
   - **Outgoing server (SMTP)**: set **Use the following type of encrypted connection** to **{{outgoingSecurity}}**, then enter \`{{outgoingPort}}\`.
6. Click **OK**, then **Next**. Outlook tests the account. When both tests are complete, click **Close**, then **Finish**.
7. Send a test message to yourself, and check the result with our mail settings checker.

In recent Microsoft 365 versions, **File** > **Account Settings** > **Server Settings** may open a newer window instead. It lists the same items under **Incoming mail** and **Outgoing mail**, including the option that the outgoing server requires authentication.

If port \`{{outgoingPort}}\` is blocked where you are (some office or hotel networks do this), use \`{{outgoingPortAlt}}\` with **{{outgoingSecurityAlt}}** for the outgoing server.`,
    ja: `何年も前に設定したアカウントは、現在のメールサーバーでは受け付けられない設定のままになっていることがあります。迷惑メール対策のため、ポート{{blockedPort}}では送信できません。POP before SMTP は2015年7月14日に終了しました。また、2022年8月1日からは SSL/TLS を使わないログインをお断りしています。次の手順で、SMTP認証と暗号化を有効にしてください。

1. **ファイル** > **アカウント設定** > **アカウント設定** の順にクリックします。
2. **メール** タブで{{ispName}}のメールアドレスを選択し、**変更** をクリックします。
3. 次の項目を確認します。
   - **受信メール サーバー**：\`{{incomingHost}}\`
   - **送信メール サーバー (SMTP)**：\`{{outgoingHost}}\`
   - **アカウント名**：\`{{username}}\`
   - **パスワード**：登録書類に記載のメールパスワード
   - **セキュリティで保護されたパスワード認証 (SPA)** に関するチェック：外す
4. **詳細設定** をクリックし、**送信サーバー** タブを開きます。**送信サーバー (SMTP) は認証が必要** にチェックを入れ、**受信メール サーバーと同じ設定を使用する** を選択します。**メールを送信する前に受信メール サーバーにログオンする** が選ばれている場合は、POP before SMTP 用の古い設定ですので変更してください。
5. **詳細設定** タブを開き、**サーバーのポート番号** 欄を設定します。
   - **受信サーバー ({{incomingProtocol}})**：暗号化を **{{incomingSecurity}}** にしてから、\`{{incomingPort}}\` を入力します。IMAP の場合は **使用する暗号化接続の種類** の一覧で選びます。POP3 の場合は **このサーバーは暗号化された接続 (SSL/TLS) が必要** にチェックを入れます。
   - **送信サーバー (SMTP)**：**使用する暗号化接続の種類** を **{{outgoingSecurity}}** にしてから、\`{{outgoingPort}}\` を入力します。
6. **OK** をクリックし、**次へ** をクリックします。テストが始まり、すべて完了したら **閉じる**、**完了** の順にクリックします。
7. ご自分宛てにテストメールを送信し、メール設定チェッカーでも結果をご確認ください。

Microsoft 365 の新しいバージョンでは、**ファイル** > **アカウント設定** > **サーバーの設定** から新しい画面が開く場合があります。その場合も **受信メール** と **送信メール** の欄に同じ項目（送信サーバーの認証を含む）がありますので、同様に設定してください。

会社やホテルのネットワークなどでポート \`{{outgoingPort}}\` が使えない場合は、送信サーバーをポート \`{{outgoingPortAlt}}\`、**{{outgoingSecurityAlt}}** で設定してください。`,
  },
};
